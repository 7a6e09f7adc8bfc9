// The cool-down's view of a draft for phrase matching: the tokens, and one key per token
// (computed once per draft) that its own word lists (negators, pronouns…) are looked up by.
// Phrase lists themselves are matched with the shared PhraseMatcher (src/text/phrases.ts).
import type { PhraseMatch } from "../../text/phrases.js";
import type { Token } from "../../text/tokenize.js";

export type Match<T> = PhraseMatch<T>;

/** Per-draft view of the tokens that phrases can match. */
export interface Keyed {
  tokens: readonly Token[];
  /** wordKey of words, hashtags and numbers; null for anything else. */
  keys: readonly (string | null)[];
}

/** The key of a token whose `norm` is already folded (what wordKey does, minus the fold). */
export function keyOf(t: Token): string | null {
  if (t.kind !== "word" && t.kind !== "hashtag" && t.kind !== "number") return null;
  const f = t.norm;
  return f.length > 3 && (f.endsWith("s") || f.endsWith("x")) && !f.endsWith("ss") ? f.slice(0, -1) : f;
}

export function keyed(tokens: readonly Token[]): Keyed {
  return { tokens, keys: tokens.map(keyOf) };
}
