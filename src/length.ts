// The platform's weighted length, exactly as twitter-text's parseTweet computes it:
// version-1 configuration (140, every character weighs 1) by default, the current weighted
// configuration (v3: emoji and CJK weights, URLs as 23) for 280.
import twitter from "twitter-text";
import type { Limit } from "./config/types.js";
import { findUrls, mayHoldUrl } from "./text/urls.js";
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

const withCommas = (text: string): string => (text.includes(".") ? text.replaceAll(".", ",") : text);

/**
 * parseTweet's weighted length and validity, without its URL pattern where that is provably the
 * same. With no URL in the text (see mayHoldUrl and findUrls), its dots become commas: both weigh
 * the same in every configuration (v1: 1, v3: 100, both in the first range), keep every index
 * and join no emoji, and parseTweet then skips its URL pattern. With plain links only, the text
 * between them is weighed piece by piece (links stand between spaces, so no emoji or character
 * spans two pieces) and each link counts as the configuration's URL length. A draft past the
 * limit, or one findUrls cannot read, goes to parseTweet whole (the part past the limit needs
 * its exact index). test/length.test.ts checks the result against parseTweet on the text as written.
 */
function parse(text: string, options: twitter.ParseTweetOptions, limit: Limit): { weightedLength: number; valid: boolean; validRangeEnd: number } {
  if (!text.includes(".") || !mayHoldUrl(text)) return weighLinkFree(text, options, limit) ?? twitter.parseTweet(withCommas(text), options);
  const urls = findUrls(text);
  if (urls === null || text.normalize() !== text) return twitter.parseTweet(text, options);
  if (urls.length === 0) return weighLinkFree(text, options, limit) ?? twitter.parseTweet(withCommas(text), options);
  let weighted = urls.length * (options as { transformedURLLength: number }).transformedURLLength;
  let valid = true;
  const pieces: string[] = [];
  let cursor = 0;
  for (const { indices } of urls) {
    pieces.push(text.slice(cursor, indices[0]));
    cursor = indices[1];
  }
  pieces.push(text.slice(cursor));
  for (const piece of pieces) {
    if (piece === "") continue;
    const parsed = weighLinkFree(piece, options, limit) ?? twitter.parseTweet(withCommas(piece), options);
    weighted += parsed.weightedLength;
    valid &&= parsed.valid;
  }
  if (weighted > limit) return twitter.parseTweet(text, options);
  return { weightedLength: weighted, valid, validRangeEnd: text.length - 1 };
}

/**
 * parseTweet's answer for a text with no link, worked out directly where it provably agrees
 * (most drafts), else null. Version 1 weighs every code point of the NFC text as 1 (no ranges,
 * no emoji parsing). Version 3 weighs as 1 every character below U+0250 (ASCII, Latin-1, Latin
 * Extended-A/B: all in its first range, none changed by NFC, none an emoji: © and ® are one only
 * with U+FE0F after them). Both find invalid characters only among U+FFFE, U+FEFF and U+FFFF. A
 * text past the limit returns null: its valid range needs parseTweet. test/length.test.ts
 * compares this with parseTweet on generated strings of every kind of character.
 */
function weighLinkFree(text: string, options: twitter.ParseTweetOptions, limit: Limit): { weightedLength: number; valid: boolean; validRangeEnd: number } | null {
  const n = text.length;
  let weighted: number;
  if (options === configs.version1) {
    let pairs = 0;
    let mayChange = false;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x300) continue;
      if (c >= 0xfffe || c === 0xfeff) return null;
      mayChange = true;
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          pairs++;
          i++;
        }
      }
    }
    if (mayChange && text.normalize() !== text) return null;
    weighted = n - pairs;
  } else if (options === configs.version3) {
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x250) return null;
    }
    weighted = n;
  } else return null;
  if (weighted === 0 || weighted > limit) return null;
  return { weightedLength: weighted, valid: true, validRangeEnd: n - 1 };
}

export function measure(text: string, limit: Limit): Measure {
  const parsed = parse(text, parseConfig(limit), limit);
  const weighted = parsed.weightedLength;
  // validRangeEnd is the last UTF-16 index that still fits (inclusive).
  const overflowStart = weighted > limit && text.length > 0 ? parsed.validRangeEnd + 1 : null;
  return { weighted, limit, remaining: limit - weighted, valid: parsed.valid, overflowStart };
}
