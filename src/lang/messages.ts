// Each rule keeps its messages beside it as a table (key → locale → text with {params});
// this fills one in. A missing key shows the key rather than crashing a run.
import type { Lang } from "../types.js";

export type MessageTable = Record<string, Record<Lang, string>>;
export type MessageParams = Record<string, string | number>;

// Templates split once at their {params}: literal, name, literal, name, literal… (findings are
// written for many drafts of a batch, the same few templates each time).
const PARAM = /\{(\w+)\}/;
const compiled = new Map<string, string[]>();

function partsOf(template: string): string[] {
  let parts = compiled.get(template);
  if (!parts) compiled.set(template, (parts = template.split(PARAM)));
  return parts;
}

export function formatMessage(table: MessageTable, locale: Lang, key: string, params: MessageParams = {}): string {
  const entry = table[key];
  if (!entry) return key;
  const parts = partsOf(entry[locale]);
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) out += String(params[parts[i]!] ?? `{${parts[i]}}`) + parts[i + 1]!;
  return out;
}

/**
 * The singular or the plural for a count, as CLDR's plural rules have it for whole numbers:
 * English says `1 draft`, `0 drafts`; French says `0 brouillon`, `1 brouillon`, `2 brouillons`.
 * (Intl.PluralRules says the same, at the cost of loading its locale data in every run.)
 */
export function pluralForm<T>(locale: Lang, n: number, one: T, other: T): T {
  return n === 1 || (locale === "fr" && n === 0) ? one : other;
}

/** Quoted words for a message: « taux », « BCE » in French, "rate", "ECB" in English. */
export function quoteList(words: readonly string[], locale: Lang, max = 3): string {
  // A string built in a loop: no intermediate arrays whose kind V8's tiers disagree on (see docs/decisions.md).
  let out = "";
  let count = 0;
  for (let i = 0; i < words.length && count < max; i++) {
    const w = words[i]!;
    if (words.indexOf(w) < i) continue;
    out += (count++ === 0 ? "" : ", ") + (locale === "fr" ? `« ${w} »` : `“${w}”`);
  }
  return out;
}
