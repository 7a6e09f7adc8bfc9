// Phrase lists (from rule packs or the user's config) matched against tokens: case- and
// accent-insensitive, hyphen = space (`assurance-vie` = `assurance vie`), a final s/x ignored
// (`rate`/`rates`, `taux`), `#tag` only as a hashtag, `$TAG` only as a cashtag, `@name` only as
// a mention. A `*` at the end of a word matches any ending (`scandal*`). `&` and `(` written
// inside a word join its parts as a hyphen does (`S&P`, `M&A`, `401(k)`), and the last word of
// a phrase also matches its English possessive (`ECB` matches `ECB's`).
import { fold } from "./normalize.js";
import type { Token } from "./tokenize.js";

export interface PhraseMatch<T = undefined> {
  phrase: string;
  /** Data given with the phrase (a weight, a category). */
  data: T;
  start: number;
  end: number;
  /** Index of the first and last token matched. */
  first: number;
  last: number;
}

type Kind = "any" | "hashtag" | "cashtag" | "mention";
interface Step {
  key: string;
  prefix: boolean;
}
interface Entry<T> {
  phrase: string;
  data: T;
  kind: Kind;
  steps: Step[];
}

/** The matching key of a word: folded, without a final plural s/x (words over 3 letters). */
export function wordKey(word: string): string {
  return keyOfFolded(fold(word));
}

function keyOfFolded(f: string): string {
  const last = f.charCodeAt(f.length - 1);
  // 's' = 115, 'x' = 120
  return f.length > 3 && (last === 115 || last === 120) && !f.endsWith("ss") ? f.slice(0, -1) : f;
}

// Words of a phrase: split at spaces and hyphens, and after a French elision (l', qu', jusqu'…),
// as the tokenizer does; English contractions (can't, you're) stay one word.
const SPLIT = /[\s\-\u2010\u2011]+|(?<=(?:^|[\s\-])(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu|quoiqu)')/u;
// Punctuation that joins two words when written right after the first (`assurance-vie`, `S&P`, `401(k)`, `EUR/USD`).
const JOINER = /^[-\u2010\u2011&(/]$/;
// `&`, `(` and `)` in a phrase separate its words as a hyphen does; `/` too (`m/m`).
const PHRASE_JOINERS = /[&()/]/g;
interface Keys {
  /** Matching key per token (null for tokens phrases never match). */
  keys: Array<string | null>;
  /** First two letters of each token's folded text, for `word*` prefixes. */
  heads: string[];
}
const keyCache = new WeakMap<readonly Token[], Keys>();

function keysOf(tokens: readonly Token[]): Keys {
  let k = keyCache.get(tokens);
  if (!k) keyCache.set(tokens, (k = { keys: tokens.map(tokenKey), heads: tokens.map((t) => t.norm.slice(0, 2)) }));
  return k;
}

/** Matching keys of a token list, computed once however many matchers read it. */
export function tokenKeys(tokens: readonly Token[]): ReadonlyArray<string | null> {
  return keysOf(tokens).keys;
}

/**
 * A hyphen, `&`, `(` or `/` joining two words (`assurance-vie`, `S&P`, `401(k)`), skipped between
 * the words of a phrase; `&` also with spaces around it (`Legal & General`).
 */
function isJoiningHyphen(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  return !!t && t.kind === "punct" && JOINER.test(t.text) && j > 0 && (t.text === "&" || tokens[j - 1]!.end === t.start);
}

/** The key an English possessive (`ecb's` → `ecb'`) has without its `'s`, or null. */
function possessiveBase(norm: string, key: string): string | null {
  return key.length > 2 && key.charCodeAt(key.length - 1) === 39 && norm.endsWith("'s") ? key.slice(0, -1) : null;
}

export class PhraseMatcher<T = undefined> {
  private readonly byFirst = new Map<string, Entry<T>[]>();
  /** Phrases starting with a `word*` prefix, by the prefix's first two letters (shorter ones under ""). */
  private readonly prefixes = new Map<string, Entry<T>[]>();
  readonly size: number;

  constructor(phrases: Iterable<string | readonly [string, T]>) {
    let n = 0;
    for (const item of phrases) {
      const [phrase, data] = typeof item === "string" ? [item, undefined as T] : item;
      const entry = compile(phrase, data);
      if (!entry) continue;
      n++;
      const first = entry.steps[0]!;
      const index = first.prefix ? this.prefixes : this.byFirst;
      const key = first.prefix ? (first.key.length >= 2 ? first.key.slice(0, 2) : "") : first.key;
      const list = index.get(key);
      if (list) list.push(entry);
      else index.set(key, [entry]);
    }
    this.size = n;
  }

  /** All matches, longest first at each position, not overlapping. */
  /** Indices (`first`, `last`) refer to the given token list. */
  match(tokens: readonly Token[]): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    const { keys, heads } = keysOf(tokens);
    const hasPrefixes = this.prefixes.size > 0;
    for (let i = 0; i < tokens.length; i++) {
      const key = keys[i];
      if (key === null || key === undefined) continue;
      // The longest phrase starting here wins (exact first words, then prefixes).
      this.bestEntry = null;
      this.bestLast = -1;
      const exact = this.byFirst.get(key);
      if (exact) this.consider(exact, tokens, keys, i);
      // `ECB's`: one-word phrases (and phrases ending there) also match the possessive.
      const base = key.charCodeAt(key.length - 1) === 39 ? possessiveBase(tokens[i]!.norm, key) : null;
      if (base !== null) {
        const owner = this.byFirst.get(base);
        if (owner) this.consider(owner, tokens, keys, i);
      }
      if (hasPrefixes) {
        const byHead = this.prefixes.get(heads[i]!);
        if (byHead) this.consider(byHead, tokens, keys, i);
        const short = this.prefixes.get("");
        if (short) this.consider(short, tokens, keys, i);
      }
      const entry = this.bestEntry as Entry<T> | null;
      if (entry) {
        const last = this.bestLast;
        out.push({ phrase: entry.phrase, data: entry.data, start: tokens[i]!.start, end: tokens[last]!.end, first: i, last });
        i = last;
      }
    }
    return out;
  }

  // Scratch state of `match` (one match runs at a time: it is synchronous).
  private bestEntry: Entry<T> | null = null;
  private bestLast = -1;

  private consider(list: readonly Entry<T>[], tokens: readonly Token[], keys: readonly (string | null)[], i: number): void {
    for (const entry of list) {
      const last = matchAt(entry, tokens, keys, i);
      // Longest wins; at equal length a tag phrase (`#irritated`) wins over the same word.
      if (last > this.bestLast || (last === this.bestLast && last >= 0 && entry.kind !== "any" && this.bestEntry?.kind === "any")) {
        this.bestLast = last;
        this.bestEntry = entry;
      }
    }
  }
}

function tokenKey(t: Token): string | null {
  if (t.kind === "word" || t.kind === "hashtag" || t.kind === "cashtag" || t.kind === "mention" || t.kind === "number")
    return keyOfFolded(t.norm);
  return null;
}

function compile<T>(phrase: string, data: T): Entry<T> | null {
  const trimmed = phrase.trim();
  if (!trimmed) return null;
  const kind: Kind = trimmed.startsWith("#") ? "hashtag" : trimmed.startsWith("$") ? "cashtag" : trimmed.startsWith("@") ? "mention" : "any";
  const body = kind === "any" ? trimmed : trimmed.slice(1);
  // The body is folded once; its words are then keyed without folding again.
  const steps = fold(body)
    .replace(PHRASE_JOINERS, " ")
    .split(SPLIT)
    .map(trimPunctuation)
    .filter(Boolean)
    .map((w) => (w.endsWith("*") ? { key: w.slice(0, -1), prefix: true } : { key: keyOfFolded(w), prefix: false }));
  if (steps.length === 0) return null;
  return { phrase: trimmed, data, kind, steps };
}

const EDGE_PUNCTUATION = /^[^\p{L}\p{N}']+|[^\p{L}\p{N}'*]+$/gu;
const WORD_CHAR = /[\p{L}\p{N}'*]/u;
function trimPunctuation(w: string): string {
  // Most words have nothing to trim: test both ends before running the replace.
  return w.length > 0 && WORD_CHAR.test(w[0]!) && WORD_CHAR.test(w[w.length - 1]!) ? w : w.replace(EDGE_PUNCTUATION, "");
}

function matchAt<T>(entry: Entry<T>, tokens: readonly Token[], keys: readonly (string | null)[], i: number): number {
  if (entry.kind !== "any") {
    // A tag phrase is one tag token.
    const t = tokens[i]!;
    if (t.kind !== entry.kind || entry.steps.length !== 1) return -1;
    return stepMatches(entry.steps[0]!, t.norm, keys[i]!, false) ? i : -1;
  }
  let j = i;
  for (let s = 0; s < entry.steps.length; s++, j++) {
    if (s > 0 && isJoiningHyphen(tokens, j)) j++;
    const t = tokens[j];
    const key = keys[j];
    if (!t || key === null || key === undefined || t.kind === "mention" || t.kind === "cashtag") return -1;
    // Multi-word phrases match words only; a one-word phrase also matches the hashtag of that word.
    if (t.kind === "hashtag" && entry.steps.length > 1) return -1;
    if (!stepMatches(entry.steps[s]!, t.norm, key, s === entry.steps.length - 1)) return -1;
  }
  return j - 1;
}

function stepMatches(step: Step, norm: string, key: string, last: boolean): boolean {
  if (step.prefix) return norm.startsWith(step.key);
  return key === step.key || (last && key.length === step.key.length + 1 && possessiveBase(norm, key) === step.key);
}

/** The matching key of a whole phrase (its words' keys, space-separated): `Banques` and `banque` have the same. */
export function phraseKey(phrase: string): string {
  return compile(phrase, undefined)?.steps.map((s) => (s.prefix ? `${s.key}*` : s.key)).join(" ") ?? "";
}
