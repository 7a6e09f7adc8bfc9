// Folding for matching: case, accents (French typed without accents must match), typographic
// apostrophes and ligatures. Folding keeps the string's length in UTF-16 units wherever it
// can, so offsets found in folded text point at the same place in the original.

const APOSTROPHES = /[\u2019\u2018\u02BC\u0060\u00B4]/g;

// Most words are plain ASCII: no accents to strip, no typographic apostrophes (the backtick aside).
const PLAIN = /^[\x00-\x5f\x61-\x7f]*$/;

// Words repeat across drafts: folded forms are remembered (bounded, emptied when full).
const CACHE_LIMIT = 50_000;
const cache = new Map<string, string>();

/** Lower-case, strip diacritics, straight apostrophes, œ/æ spelled out. */
export function fold(text: string): string {
  if (text.length > 40) return foldUncached(text);
  let folded = cache.get(text);
  if (folded === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(text, (folded = foldUncached(text)));
  }
  return folded;
}

function foldUncached(text: string): string {
  if (PLAIN.test(text)) return text.toLowerCase();
  return text
    .toLowerCase()
    .replace(APOSTROPHES, "'")
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .normalize("NFD")
    .replace(/\p{M}+/gu, "");
}

const MAY_RESIZE = /[œæŒÆ\u0300-\u036f\u1100-\u11ff\uac00-\ud7a3]/;

/**
 * Like `fold` but guaranteed to keep every UTF-16 offset: each character is folded on its own
 * and kept only if it folds to one unit (so `œ` stays `œ`, which matchers also list).
 */
export function foldSameLength(text: string): string {
  // A rule folds its draft for each list of patterns it runs: the last draft's is remembered.
  if (text === lastSameLength.text) return lastSameLength.folded;
  const folded = foldSameLengthUncached(text);
  lastSameLength.text = text;
  lastSameLength.folded = folded;
  return folded;
}

const lastSameLength = { text: "", folded: "" };

function foldSameLengthUncached(text: string): string {
  if (PLAIN.test(text)) return text.toLowerCase();
  // Folded whole when no character can change the length (`œ` spelled out, a combining mark
  // dropped, a Hangul syllable decomposed): one pass instead of one lookup per character.
  if (!MAY_RESIZE.test(text)) {
    const whole = fold(text);
    if (whole.length === text.length) return whole;
  }
  let out = "";
  for (const ch of text) {
    const f = fold(ch);
    out += f.length === ch.length ? f : ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch;
  }
  return out;
}

/** True when the text has letters and none of them is lower-case (a shouted word). */
export function isUpperCaseWord(word: string): boolean {
  // Most words hold an ASCII lower-case letter among their first two: they leave without a
  // case mapping (this runs on every word of every draft).
  for (let i = 0; i < word.length && i < 2; i++) {
    const c = word.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
  }
  const lower = word.toLowerCase();
  return lower !== word && word.toUpperCase() === word;
}
