// Folding for matching: case, accents (French typed without accents must match), typographic
// apostrophes and ligatures. Folding keeps the string's length in UTF-16 units wherever it
// can, so offsets found in folded text point at the same place in the original.

// Typographic apostrophes (and the backtick), folded to a straight one.
const APOSTROPHE_CHARS = "\u2019\u2018\u02BC\u0060\u00B4";
const APOSTROPHES = new RegExp(`[${APOSTROPHE_CHARS}]`, "g");

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
  let lower = text.toLowerCase();
  // Typographic apostrophes and ligatures are rare: one test instead of three replaces.
  if (SPECIAL.test(lower)) lower = lower.replace(APOSTROPHES, "'").replace(/œ/g, "oe").replace(/æ/g, "ae");
  return withoutMarks(lower.normalize("NFD"));
}

// What the three replaces in foldUncached change.
const SPECIAL = new RegExp(`[${APOSTROPHE_CHARS}œæ]`);
const MARK = /^\p{M}$/u;
// Whether a code point above the Combining Diacritical Marks block is a mark, as the runtime's
// own `\p{M}` says, remembered (drafts use few such characters: €, emoji, U+FE0F…).
const markAbove = new Map<number, boolean>();

function isMark(cp: number): boolean {
  if (cp <= 0x36f) return cp >= 0x300;
  let mark = markAbove.get(cp);
  if (mark === undefined) {
    mark = MARK.test(String.fromCodePoint(cp));
    if (markAbove.size < 10_000) markAbove.set(cp, mark);
  }
  return mark;
}

/**
 * The text without its combining marks: what `replace(/\p{M}+/gu, "")` gives (code points read
 * as that pattern reads them, a lone surrogate as itself), with no Unicode pattern run over the
 * whole text, which took longer than the NFD normalization before it.
 */
function withoutMarks(s: string): string {
  let out = "";
  let from = 0;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x300) continue;
    let cp = c;
    let width = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const low = s.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = (c - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    if (isMark(cp)) {
      out += s.slice(from, i);
      from = i + width;
    }
    i += width - 1;
  }
  return from === 0 ? s : out + s.slice(from);
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
