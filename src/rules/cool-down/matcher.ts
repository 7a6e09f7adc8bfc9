// Phrase matching over keys computed once per draft. Same phrase syntax and semantics as
// src/text/phrases.ts (case/accents folded, hyphen = space, final s/x ignored, `word*` prefix,
// `#tag` only as a hashtag), but the detector runs four lists over each draft, and re-folding
// every token for each list cost more than everything else together.
import { fold } from "../../text/normalize.js";
import { wordKey } from "../../text/phrases.js";
import type { Token } from "../../text/tokenize.js";

export interface Match<T> {
  phrase: string;
  data: T;
  start: number;
  end: number;
  first: number;
  last: number;
}

/** Per-draft view of the tokens that phrases can match. */
export interface Keyed {
  tokens: readonly Token[];
  /** wordKey of words, hashtags and numbers; null for anything else. */
  keys: readonly (string | null)[];
}

interface Step {
  key: string;
  prefix: boolean;
}
interface Entry<T> {
  phrase: string;
  data: T;
  hashtagOnly: boolean;
  steps: Step[];
}

const SPLIT = /[\s\-\u2010\u2011]+/u;
// Split after an elision as the tokenizer does ("t'es" → "t'", "es"), but keep English
// contractions whole as it does too ("can't", "you're").
const ELISION = /^(l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)'(.+)$/;

function splitElision(word: string): string[] {
  const m = ELISION.exec(word);
  return m ? [`${m[1]}'`, ...splitElision(m[2]!)] : [word];
}
const HYPHEN = /^[-\u2010\u2011]$/;

/** The key of a token whose `norm` is already folded (what wordKey does, minus the fold). */
export function keyOf(t: Token): string | null {
  if (t.kind !== "word" && t.kind !== "hashtag" && t.kind !== "number") return null;
  const f = t.norm;
  return f.length > 3 && (f.endsWith("s") || f.endsWith("x")) && !f.endsWith("ss") ? f.slice(0, -1) : f;
}

export function keyed(tokens: readonly Token[]): Keyed {
  return { tokens, keys: tokens.map(keyOf) };
}

export class KeyedMatcher<T = undefined> {
  private readonly byFirst = new Map<string, Entry<T>[]>();
  private readonly prefixes: Entry<T>[] = [];

  constructor(phrases: Iterable<string | readonly [string, T]>) {
    for (const item of phrases) {
      const [phrase, data] = typeof item === "string" ? [item, undefined as T] : item;
      const entry = compile(phrase, data);
      if (!entry) continue;
      const first = entry.steps[0]!;
      if (first.prefix) this.prefixes.push(entry);
      else {
        const list = this.byFirst.get(first.key);
        if (list) list.push(entry);
        else this.byFirst.set(first.key, [entry]);
      }
    }
  }

  /** All matches, longest first at each position, not overlapping. */
  match({ tokens, keys }: Keyed): Match<T>[] {
    const out: Match<T>[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const key = keys[i];
      if (key == null) continue;
      let best: Match<T> | null = null;
      const exact = this.byFirst.get(key);
      if (exact) for (const e of exact) best = better(best, e, tokens, keys, i);
      for (const e of this.prefixes) best = better(best, e, tokens, keys, i);
      if (best) {
        out.push(best);
        i = best.last;
      }
    }
    return out;
  }
}

function better<T>(best: Match<T> | null, e: Entry<T>, tokens: readonly Token[], keys: readonly (string | null)[], i: number): Match<T> | null {
  const last = matchAt(e, tokens, keys, i);
  if (last < 0 || (best && last <= best.last)) return best;
  return { phrase: e.phrase, data: e.data, start: tokens[i]!.start, end: tokens[last]!.end, first: i, last };
}

function compile<T>(phrase: string, data: T): Entry<T> | null {
  const trimmed = phrase.trim();
  if (!trimmed || trimmed.startsWith("$") || trimmed.startsWith("@")) return null;
  const hashtagOnly = trimmed.startsWith("#");
  const body = hashtagOnly ? trimmed.slice(1) : trimmed;
  const steps = fold(body)
    .split(SPLIT)
    .flatMap(splitElision)
    .map((w) => w.replace(/^[^\p{L}\p{N}']+|[^\p{L}\p{N}'*]+$/gu, ""))
    .filter(Boolean)
    .map((w) => (w.endsWith("*") ? { key: fold(w.slice(0, -1)), prefix: true } : { key: wordKey(w), prefix: false }));
  if (steps.length === 0 || (hashtagOnly && steps.length > 1)) return null;
  return { phrase: trimmed, data, hashtagOnly, steps };
}

function matchAt<T>(e: Entry<T>, tokens: readonly Token[], keys: readonly (string | null)[], i: number): number {
  if (e.hashtagOnly) return tokens[i]!.kind === "hashtag" && stepMatches(e.steps[0]!, tokens[i]!.norm, keys[i]!) ? i : -1;
  const multi = e.steps.length > 1;
  let j = i;
  for (let s = 0; s < e.steps.length; s++) {
    const step = e.steps[s]!;
    // The tokenizer keeps "-" apart: "tais-toi" is three tokens, matched by the phrase "tais-toi" or "tais toi".
    if (s > 0 && tokens[j]?.kind === "punct" && HYPHEN.test(tokens[j]!.text) && tokens[j]!.start === tokens[j - 1]!.end) j++;
    const t = tokens[j];
    const key = keys[j];
    if (!t || key == null || (multi && t.kind === "hashtag")) return -1;
    if (!stepMatches(step, t.norm, key)) return -1;
    j++;
  }
  return j - 1;
}

function stepMatches(step: Step, norm: string, key: string): boolean {
  return step.prefix ? norm.startsWith(step.key) : key === step.key;
}
