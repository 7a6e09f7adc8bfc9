// Pack patterns as they read folded text (src/text/normalize.ts, foldSameLength: lower case, no
// accents, same offsets), so that `préfère` also matches `prefere` typed without accents and no
// case-insensitive Unicode pattern has to be compiled (one took V8 some 45 ms, the folded one 6).
import { alternationOf } from "./alternation.js";
import { compiledNow } from "./native-regexp.js";
import { foldSameLength } from "./normalize.js";

/** The letters of folded French and English text (`foldSameLength` keeps `œ`, `æ`, `ø`, `ß`). */
const FOLDED_LETTERS = "a-zœæøß";

/**
 * A pattern as it reads folded text: `\p{L}` as a folded letter (inside a class or alone), then
 * folded itself, so that `préfère` also matches `prefere` typed without accents.
 */
export function foldedPattern(pattern: string): string {
  const letters = pattern.replace(/(\[[^\]]*)\\p\{L\}|\\p\{L\}/g, (_, inClass: string | undefined) => (inClass !== undefined ? inClass + FOLDED_LETTERS : `[${FOLDED_LETTERS}]`));
  // Escapes stay as written: folded, `\S` would become `\s`.
  return letters
    .split(/(\\.)/)
    .map((part) => (part.startsWith("\\") ? part : foldSameLength(part)))
    .join("");
}

/** Pack patterns, each once, folded (see foldedPattern) and joined as one alternation (shared lookbehinds written once: alternationOf), compiled to machine code at once (compiledNow); null for none. */
export function foldedAlternation(patterns: readonly string[], flags = ""): RegExp | null {
  const unique = [...new Set(patterns)];
  return unique.length ? compiledNow(new RegExp(alternationOf(unique.map(foldedPattern)), flags)) : null;
}
