// Tweet-aware tokens with offsets: URLs, #hashtags, @mentions and $cashtags come from
// twitter-text (the platform's own rules); the rest is split into words, numbers, emoji and
// punctuation. French elisions (l', qu', jusqu'…) are split off their word.
//
// Every rule reads these tokens, for every draft: the splitter is a hand-written scanner with a
// fast path for plain ASCII words (most words), and Unicode-aware sticky patterns for the rest.
import twitter from "twitter-text";
import { keyOfFolded } from "./keys.js";
import { fold } from "./normalize.js";
import { recentCache } from "./recent.js";
import { extractUrls } from "./urls.js";

export type TokenKind = "word" | "number" | "url" | "hashtag" | "mention" | "cashtag" | "emoji" | "punct";

export interface Token {
  kind: TokenKind;
  /** The text as written. */
  text: string;
  /** Folded (lower-case, no accents), without #/@/$ for tags; the elision keeps its apostrophe. */
  norm: string;
  /** The phrase matcher's key (norm without a final plural s/x); null for tokens phrases never match. */
  key: string | null;
  /** UTF-16 offsets in the tokenized text. */
  start: number;
  end: number;
  /** The phrase matchers' number for `key` (see firstIdOf in phrases.ts), and the registry version it was read at: their cache. */
  firstId?: number;
  firstIdVersion?: number;
}

/** French elided words (`l'`, `qu'`…) before their apostrophe: the tokenizer splits them from the next word, and a phrase keeps their apostrophe. */
/** The signs a figure is written with (`+5 %`, `-2,5 %`, `− 3`): the tokenizer keeps `+` as a mark and drops the others, so readers look for them in the text. */
export const SIGNS: ReadonlySet<string> = new Set(["+", "-", "\u2212"]);
export const ELISIONS: ReadonlySet<string> = new Set(["l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"]);
// The pieces, as sticky patterns tried where the scanner stands: a number with its separators,
// a word (letters/digits joined by apostrophes), an emoji sequence.
const NUMBER = /\p{N}+(?:[.,\u00A0\u202F ]\p{N}{3})*(?:[.,]\p{N}+)?/uy;
const WORD = /[\p{L}\p{N}]+(?:['\u2019][\p{L}\p{N}]+)*/uy;
const EMOJI = /\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic}|\p{EMod})*/uy;
const SPACE = /^\s$/u;
const DIGIT = /^\p{N}$/u;
const LETTER = /^\p{L}$/u;
const PICTOGRAPHIC = /^\p{Extended_Pictographic}$/u;
const LEGAL_MARKS: ReadonlySet<string> = new Set(["\u00A9", "\u00AE", "\u2122"]);

// Several rules tokenize the same draft in a row: the last few results are kept. Callers must
// not modify the array they get.
const recent = recentCache<readonly Token[]>(8);

export function tokenize(text: string): readonly Token[] {
  const hit = recent.get(text);
  if (hit) return hit;
  const tokens = tokenizeUncached(text);
  recent.set(text, tokens);
  return tokens;
}

function token(kind: TokenKind, text: string, norm: string, start: number, end: number): Token {
  const key = kind === "word" || kind === "number" || kind === "hashtag" || kind === "cashtag" || kind === "mention" ? keyOfFolded(norm) : null;
  return { kind, text, norm, key, start, end, firstId: -1, firstIdVersion: -1 };
}

type Entity = ReturnType<typeof twitter.extractEntitiesWithIndices>[number];

/** twitter-text's entities, as `extractEntitiesWithIndices` gives them, calling only the extractors this text can need. */
function entitiesOf(text: string): Entity[] {
  const urls: Entity[] = extractUrls(text);
  const mentions: Entity[] = twitter.extractMentionsOrListsWithIndices(text);
  // As extractEntitiesWithIndices calls it (the types omit the options argument).
  const hashtags: Entity[] = (twitter.extractHashtagsWithIndices as (text: string, options: { checkUrlOverlap: boolean }) => Entity[])(text, { checkUrlOverlap: false });
  const cashtags: Entity[] = twitter.extractCashtagsWithIndices(text);
  const kinds = (urls.length > 0 ? 1 : 0) + (mentions.length > 0 ? 1 : 0) + (hashtags.length > 0 ? 1 : 0) + (cashtags.length > 0 ? 1 : 0);
  if (kinds === 0) return [];
  if (kinds === 1) return urls.length ? urls : mentions.length ? mentions : hashtags.length ? hashtags : cashtags;
  const all = urls.concat(mentions, hashtags, cashtags);
  twitter.removeOverlappingEntities(all);
  return all;
}

function tokenizeUncached(text: string): Token[] {
  const tokens: Token[] = [];
  let cursor = 0;
  for (const entity of entitiesOf(text)) {
    const [start, end] = entity.indices;
    splitPlain(text, cursor, start, tokens);
    const raw = text.slice(start, end);
    if ("url" in entity) tokens.push(token("url", raw, raw.toLowerCase(), start, end));
    else if ("hashtag" in entity) tokens.push(token("hashtag", raw, fold(entity.hashtag), start, end));
    else if ("screenName" in entity) tokens.push(token("mention", raw, entity.screenName.toLowerCase(), start, end));
    else if ("cashtag" in entity) tokens.push(token("cashtag", raw, entity.cashtag.toLowerCase(), start, end));
    cursor = end;
  }
  splitPlain(text, cursor, text.length, tokens);
  return tokens;
}

function splitPlain(text: string, from: number, to: number, out: Token[]): void {
  if (to <= from) return;
  // Pieces never run past an entity: the part between two entities is scanned on its own.
  const part = from === 0 && to === text.length ? text : text.slice(from, to);
  const n = part.length;
  let i = 0;
  while (i < n) {
    const c = part.charCodeAt(i);
    if (c < 128) {
      if (c === 32 || (c >= 9 && c <= 13)) {
        i++;
      } else if (c >= 48 && c <= 57) {
        // Plain digits; separators (1 000,5) and other digits go through the pattern.
        let j = i + 1;
        while (j < n && isDigit(part.charCodeAt(j))) j++;
        const next = j < n ? part.charCodeAt(j) : 10;
        if (next === 46 || next === 44 || next === 32 || next >= 128) i = stickyAt(NUMBER, "number", part, i, from, out);
        else {
          const raw = part.slice(i, j);
          out.push(token("number", raw, raw, from + i, from + j));
          i = j;
        }
      } else if (isWordStart(c)) {
        i = scanWord(part, i, from, out);
      } else {
        const raw = part[i]!;
        out.push(token("punct", raw, raw, from + i, from + i + 1));
        i++;
      }
      continue;
    }
    if (isLatinLetter(c)) {
      i = scanWord(part, i, from, out);
      continue;
    }
    const cp = part.codePointAt(i)!;
    const ch = cp > 0xffff ? part.slice(i, i + 2) : part[i]!;
    if (SPACE.test(ch)) i += ch.length;
    else if (DIGIT.test(ch)) i = stickyAt(NUMBER, "number", part, i, from, out);
    else if (LETTER.test(ch)) i = stickyAt(WORD, "word", part, i, from, out);
    // The legal marks (`Herceptin®`, `Invora™`, `© 2025`) are pictographs only when written as emoji (with U+FE0F).
    else if (PICTOGRAPHIC.test(ch) && !(LEGAL_MARKS.has(ch) && part[i + 1] !== "\uFE0F")) i = stickyAt(EMOJI, "emoji", part, i, from, out);
    else {
      out.push(token("punct", ch, ch, from + i, from + i + ch.length));
      i += ch.length;
    }
  }
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isWordStart = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
// Latin-1 letters (À–ÿ but × and ÷) and œ/Œ: the accented letters of French.
const isLatinLetter = (c: number) => (c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7) || c === 0x152 || c === 0x153;

/**
 * A word of ASCII and Latin-1 letters and digits (most words, French included), scanned here;
 * a word that goes on with an apostrophe or another script goes through the pattern.
 */
function scanWord(part: string, i: number, from: number, out: Token[]): number {
  const n = part.length;
  let plain = true; // ASCII lower-case and digits only: the word is its own folded form
  let j = i;
  for (; j < n; j++) {
    const d = part.charCodeAt(j);
    if ((d >= 97 && d <= 122) || (d >= 48 && d <= 57)) continue;
    if ((d >= 65 && d <= 90) || isLatinLetter(d)) plain = false;
    else break;
  }
  const next = j < n ? part.charCodeAt(j) : 32;
  // An apostrophe (elision, contraction) or a letter of another script: the general path.
  if (next === 39 || next >= 128) return stickyAt(WORD, "word", part, i, from, out);
  const raw = part.slice(i, j);
  out.push(token("word", raw, plain ? raw : fold(raw), from + i, from + j));
  return j;
}

/** The piece `re` matches at `i` (the caller checked that one starts there); returns where it ends. */
function stickyAt(re: RegExp, kind: "number" | "word" | "emoji", part: string, i: number, from: number, out: Token[]): number {
  re.lastIndex = i;
  const raw = re.exec(part)![0];
  if (kind === "word") pushWord(raw, from + i, out);
  else out.push(token(kind, raw, raw, from + i, from + i + raw.length));
  return i + raw.length;
}

function pushWord(raw: string, start: number, out: Token[]): void {
  const apostrophe = raw.search(/['\u2019]/);
  if (apostrophe > 0) {
    const head = fold(raw.slice(0, apostrophe));
    if (ELISIONS.has(head)) {
      out.push(token("word", raw.slice(0, apostrophe + 1), `${head}'`, start, start + apostrophe + 1));
      pushWord(raw.slice(apostrophe + 1), start + apostrophe + 1, out);
      return;
    }
  }
  out.push(token("word", raw, fold(raw), start, start + raw.length));
}

/** Words and numbers among the tokens: a draft's length as the rules weigh it. */
export function wordCount(tokens: readonly Token[]): number {
  let n = 0;
  for (const t of tokens) if (t.kind === "word" || t.kind === "number") n++;
  return n;
}
