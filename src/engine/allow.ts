// `allow`: phrases no rule may flag (a brand name, a product called "Furious Fund").
import { PhraseMatcher } from "../text/phrases.js";
import { tokenize } from "../text/tokenize.js";
import { mapPacked } from "../text/packed.js";

const cache = new Map<string, PhraseMatcher>();

export function allowedRanges(text: string, allow: readonly string[]): Array<[number, number]> {
  if (allow.length === 0) return [];
  const key = allow.join("\u0000");
  let matcher = cache.get(key);
  if (!matcher) cache.set(key, (matcher = new PhraseMatcher(allow)));
  return mapPacked(matcher.match(tokenize(text)), (m): [number, number] => [m.start, m.end]);
}

export function overlapsAny(start: number, end: number, ranges: ReadonlyArray<readonly [number, number]>): boolean {
  return ranges.some(([s, e]) => start < e && (end > s || (end === start && start >= s)));
}
