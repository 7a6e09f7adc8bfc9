// What the not-empty rule's case tables share: the rule run on one draft, the text a finding
// covers, and a French and English pair as a list.
import { rule } from "../../src/rules/not-empty/index.js";
import type { Lang } from "../../src/types.js";
import { makeContext } from "./context.js";

export function check(text: string, lang: Lang) {
  return rule.check(makeContext(text, { lang, locale: lang }));
}

export const slice = (text: string, f: { start?: number; end?: number }) => text.slice(f.start ?? 0, f.end ?? 0);

export const both = (fr: string, en: string) => [[fr, "fr"], [en, "en"]] as const;
