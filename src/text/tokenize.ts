// Tweet-aware tokens with offsets: URLs, #hashtags, @mentions and $cashtags come from
// twitter-text (the platform's own rules); the rest is split into words, numbers, emoji and
// punctuation. French elisions (l', qu', jusqu'…) are split off their word.
import twitter from "twitter-text";
import { fold } from "./normalize.js";

export type TokenKind = "word" | "number" | "url" | "hashtag" | "mention" | "cashtag" | "emoji" | "punct";

export interface Token {
  kind: TokenKind;
  /** The text as written. */
  text: string;
  /** Folded (lower-case, no accents), without #/@/$ for tags; the elision keeps its apostrophe. */
  norm: string;
  /** UTF-16 offsets in the tokenized text. */
  start: number;
  end: number;
}

const ELISIONS = new Set(["l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"]);
// Words (letters/digits joined by apostrophes), numbers with separators, emoji, other symbols.
const PIECE =
  /(\p{N}+(?:[.,\u00A0\u202F ]\p{N}{3})*(?:[.,]\p{N}+)?)|([\p{L}\p{N}]+(?:['\u2019][\p{L}\p{N}]+)*)|(\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic}|\p{EMod})*)|(\S)/gu;

// Several rules tokenize the same draft in a row: the last few results are kept. Callers must
// not modify the array they get.
const RECENT = 8;
const recent = new Map<string, readonly Token[]>();

export function tokenize(text: string): readonly Token[] {
  const hit = recent.get(text);
  if (hit) return hit;
  const tokens = tokenizeUncached(text);
  if (recent.size >= RECENT) recent.delete(recent.keys().next().value as string);
  recent.set(text, tokens);
  return tokens;
}

function tokenizeUncached(text: string): Token[] {
  const tokens: Token[] = [];
  const entities = twitter.extractEntitiesWithIndices(text);
  let cursor = 0;
  for (const entity of entities) {
    const [start, end] = entity.indices;
    splitPlain(text, cursor, start, tokens);
    const raw = text.slice(start, end);
    if ("url" in entity) tokens.push({ kind: "url", text: raw, norm: raw.toLowerCase(), start, end });
    else if ("hashtag" in entity) tokens.push({ kind: "hashtag", text: raw, norm: fold(entity.hashtag), start, end });
    else if ("screenName" in entity)
      tokens.push({ kind: "mention", text: raw, norm: entity.screenName.toLowerCase(), start, end });
    else if ("cashtag" in entity) tokens.push({ kind: "cashtag", text: raw, norm: entity.cashtag.toLowerCase(), start, end });
    cursor = end;
  }
  splitPlain(text, cursor, text.length, tokens);
  return tokens;
}

function splitPlain(text: string, from: number, to: number, out: Token[]): void {
  if (to <= from) return;
  const part = text.slice(from, to);
  for (const m of part.matchAll(PIECE)) {
    const start = from + m.index;
    const raw = m[0];
    if (m[1] !== undefined) out.push({ kind: "number", text: raw, norm: raw, start, end: start + raw.length });
    else if (m[2] !== undefined) pushWord(raw, start, out);
    else if (m[3] !== undefined) out.push({ kind: "emoji", text: raw, norm: raw, start, end: start + raw.length });
    else out.push({ kind: "punct", text: raw, norm: raw, start, end: start + raw.length });
  }
}

function pushWord(raw: string, start: number, out: Token[]): void {
  const apostrophe = raw.search(/['\u2019]/);
  if (apostrophe > 0) {
    const head = fold(raw.slice(0, apostrophe));
    if (ELISIONS.has(head)) {
      out.push({ kind: "word", text: raw.slice(0, apostrophe + 1), norm: `${head}'`, start, end: start + apostrophe + 1 });
      pushWord(raw.slice(apostrophe + 1), start + apostrophe + 1, out);
      return;
    }
  }
  out.push({ kind: "word", text: raw, norm: fold(raw), start, end: start + raw.length });
}
