// The cool-down's view of a draft for phrase matching: the tokens, and one key per token
// (computed once per draft) that its own word lists (negators, pronouns…) are looked up by.
// Phrase lists themselves are matched with the shared PhraseMatcher (src/text/phrases.ts).
import type { PhraseMatch } from "../../text/phrases.js";
import type { Token } from "../../text/tokenize.js";
import { mapPacked } from "../../text/packed.js";

export type Match<T> = PhraseMatch<T>;

/** Per-draft view of the tokens that phrases can match. */
export interface Keyed {
  tokens: readonly Token[];
  /** wordKey of words, hashtags and numbers; null for anything else. */
  keys: readonly (string | null)[];
}

/** The token's matching key for the cool-down's own word lists: words, hashtags and numbers only. */
export function keyOf(t: Token): string | null {
  return t.kind === "word" || t.kind === "hashtag" || t.kind === "number" ? t.key : null;
}

export function keyed(tokens: readonly Token[]): Keyed {
  return { tokens, keys: mapPacked(tokens, keyOf) };
}
