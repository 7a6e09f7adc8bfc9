// The tokens of a draft, shared by the quality rules: four rules look at the same text in a
// row, so the last few tokenizations are kept (the tokenizer calls twitter-text, the costliest step).
import { recentCache } from "../text/recent.js";
import { tokenize, type Token } from "../text/tokenize.js";

const HYPHEN = /^[-\u2010\u2011]$/;

/**
 * Leaves hyphens out, as the phrase matcher reads them (`assurance-vie` = `assurance vie`): the
 * rules then read the very token list they hand to the matchers, so a match's token indices
 * (`first`, `last`) are valid in it.
 */
export function withoutHyphens(tokens: readonly Token[]): readonly Token[] {
  const isHyphen = (t: Token) => t.kind === "punct" && HYPHEN.test(t.text);
  // Most drafts have none: their token list is shared as it is (callers never modify it).
  return tokens.some(isHyphen) ? tokens.filter((t) => !isHyphen(t)) : tokens;
}

const recent = recentCache<readonly Token[]>(8);

/** The draft's tokens as the quality rules match them (see withoutHyphens); cached for the last few texts. */
export function tokensOf(text: string): readonly Token[] {
  const hit = recent.get(text);
  if (hit) return hit;
  const tokens = withoutHyphens(tokenize(text));
  recent.set(text, tokens);
  return tokens;
}
