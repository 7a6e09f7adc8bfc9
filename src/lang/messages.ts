// Each rule keeps its messages beside it as a table (key → locale → text with {params});
// this fills one in. A missing key shows the key rather than crashing a run.
import type { Lang } from "../types.js";

export type MessageTable = Record<string, Record<Lang, string>>;
export type MessageParams = Record<string, string | number>;

export function formatMessage(table: MessageTable, locale: Lang, key: string, params: MessageParams = {}): string {
  const entry = table[key];
  if (!entry) return key;
  return entry[locale].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/** Quoted words for a message: « taux », « BCE » in French, "rate", "ECB" in English. */
export function quoteList(words: readonly string[], locale: Lang, max = 3): string {
  const unique = [...new Set(words)].slice(0, max);
  const quoted = unique.map((w) => (locale === "fr" ? `« ${w} »` : `“${w}”`));
  return quoted.join(locale === "fr" ? ", " : ", ");
}
