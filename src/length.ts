// The platform's weighted length, exactly as twitter-text's parseTweet computes it:
// version-1 configuration (140, every character weighs 1) by default, the current weighted
// configuration (v3: emoji and CJK weights, URLs as 23) for 280.
import twitter from "twitter-text";
import type { Limit } from "./config/types.js";
import { mayHoldUrl } from "./text/urls.js";
import type { LengthInfo } from "./types.js";

export interface Measure extends LengthInfo {
  /** UTF-16 offset where the part past the limit starts, or null when it fits. */
  overflowStart: number | null;
}

// @types/twitter-text does not declare the bundled configurations.
const configs = (twitter as unknown as { configs: Record<"version1" | "version3", twitter.ParseTweetOptions> }).configs;

export function parseConfig(limit: Limit): twitter.ParseTweetOptions {
  return limit === 280 ? configs.version3 : configs.version1;
}

/**
 * The text parseTweet is given: as written, except that when no URL can be in it (see
 * mayHoldUrl) its dots become commas. Both weigh the same in every configuration (v1: 1, v3:
 * 100, both in the first range), keep every index, and join no emoji; parseTweet then skips its
 * URL pattern, which otherwise runs over any text holding a dot. test/length.test.ts checks the
 * result against parseTweet on the text as written.
 */
function forParsing(text: string): string {
  return text.includes(".") && !mayHoldUrl(text) ? text.replaceAll(".", ",") : text;
}

export function measure(text: string, limit: Limit): Measure {
  const parsed = twitter.parseTweet(forParsing(text), parseConfig(limit));
  const weighted = parsed.weightedLength;
  // validRangeEnd is the last UTF-16 index that still fits (inclusive).
  const overflowStart = weighted > limit && text.length > 0 ? parsed.validRangeEnd + 1 : null;
  return { weighted, limit, remaining: limit - weighted, valid: parsed.valid, overflowStart };
}
