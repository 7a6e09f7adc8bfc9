// Spans of a draft and the sentence boundaries of tweets, shared by the not-empty structures.

export interface Span {
  start: number;
  end: number;
}

/** Punctuation that ends a sentence: . ! ? … : ; (and the full-width question mark). */
export function endsSentence(p: string): boolean {
  if (p.length !== 1) return false;
  const c = p.charCodeAt(0);
  return c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 58 || c === 59 || c === 0xff1f;
}
export const isQuestionMark = (p: string) => p === "?" || p === "\uff1f";

/** True when the text between two tokens holds a line break (a sentence boundary in tweets). */
export function lineBreakBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

const NO_SPANS: Span[] = [];

export function patternSpans(text: string, patterns: readonly RegExp[]): Span[] {
  let out = NO_SPANS;
  for (const re of patterns) {
    // Most drafts match no pattern: a test is cheaper than an iterator.
    re.lastIndex = 0;
    if (!re.test(text)) continue;
    // matchAll starts where the test stopped: from the start again.
    re.lastIndex = 0;
    if (out === NO_SPANS) out = [];
    for (const m of text.matchAll(re)) {
      const lead = m[0].length - m[0].trimStart().length;
      out.push({ start: m.index + lead, end: m.index + m[0].trimEnd().length });
    }
  }
  return out;
}

/**
 * Items of a list written out after `from`: numbered posts (`1/`, `2/` anywhere; `1.`, `2)` at a
 * line's start) or bullets at a line's start (`•`, `-`, `→`), each with at least two words. A
 * thread marker or a count (`Thread 🧵`, `Three reasons:`) followed by two of them announces what
 * the draft then says, not something it keeps back.
 */
export function listItemsAfter(text: string, from: number): number {
  if (from >= text.length) return 0;
  let n = 0;
  LIST_ITEM.lastIndex = from;
  for (let m = LIST_ITEM.exec(text); m !== null; m = LIST_ITEM.exec(text)) if (TWO_WORDS.test(m[1]!)) n++;
  return n;
}
const LIST_ITEM = /(?:(?:^|\n)[ \t]*(?:\d{1,2}[/.)]|[•▪◦‣*→➡–—-]\uFE0F?)|(?<=^|\s)\d{1,2}[/)])[ \t]+([^\n]*?)(?=\s\d{1,2}[/)]\s|\n|$)/gu;
const TWO_WORDS = /[\p{L}\p{N}][^\s]*\s+[^\s]*[\p{L}\p{N}]/u;
