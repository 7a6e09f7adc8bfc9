// Phrase lists (from rule packs or the user's config) matched against tokens: case- and
// accent-insensitive, hyphen = space (`assurance-vie` = `assurance vie`), a final s/x ignored
// (`rate`/`rates`, `taux`), `#tag` only as a hashtag, `$TAG` only as a cashtag, `@name` only as
// a mention. A `*` at the end of a word matches any ending (`scandal*`). `&` and `(` written
// inside a word join its parts as a hyphen does (`S&P`, `M&A`, `401(k)`), and the last word of
// a phrase also matches its English possessive (`ECB` matches `ECB's`). A phrase is split as the
// tokenizer splits a draft: a comma or a percent sign is a token to match (`buy now, pay later`,
// `2% target`), digits glued to letters are a number and a word (`25bp`, `13F`), a possessive's
// apostrophe is skipped as a quotation mark is (`members' money`), and an initialism is one word
// (`U.S.`, as `topical` joins it in a draft).
import { keyOfFolded } from "./keys.js";
import { fold } from "./normalize.js";
import { ELISIONS, type Token } from "./tokenize.js";
import { mapPacked } from "./packed.js";

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
  /** A question or exclamation mark the phrase ends on (`and you?`, `prêts ?`): a punctuation token, not a word. */
  punct: boolean;
}
interface Entry<T> {
  phrase: string;
  data: T;
  kind: Kind;
  steps: Step[];
  /** Position in the matcher's list: at equal length, the phrase listed first wins. */
  order: number;
}

/** The matching key of a word: folded, without a final plural s/x (words over 3 letters). */
export function wordKey(word: string): string {
  return keyOfFolded(fold(word));
}

// Words of a phrase: split at spaces and hyphens, and after a French elision (l', qu', jusqu'…),
// as the tokenizer does; English contractions (can't, you're) stay one word.
const SPLIT = /[\s\-\u2010\u2011]+|(?<=(?:^|[\s\-])(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu|quoiqu)')/u;
// Punctuation that joins two words when written right after the first (`assurance-vie`, `S&P`, `401(k)`, `EUR/USD`).
const JOINER = /^[-\u2010\u2011&(/]$/;
// `&`, `(` and `)` in a phrase separate its words as a hyphen does; `/` too (`m/m`).
const PHRASE_JOINERS = /[&()/]/g;
/** Where `word*` prefixes are filed: by their first two letters, as one number (no string made per token). */
const headOf = (norm: string): number => (norm.charCodeAt(0) << 16) | (norm.length > 1 ? norm.charCodeAt(1) : 0);
const SHORT = -1;

/**
 * A hyphen, `&`, `(` or `/` joining two words (`assurance-vie`, `S&P`, `401(k)`), skipped between
 * the words of a phrase; `&` also with spaces around it (`Legal & General`).
 */
function isJoiningHyphen(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  return !!t && t.kind === "punct" && JOINER.test(t.text) && j > 0 && (t.text === "&" || tokens[j - 1]!.end === t.start);
}

// Quotation marks, as the tokenizer gives them (one punctuation token each).
const QUOTE_MARKS = new Set(["\"", "'", "‘", "’", "“", "”", "«", "»"]);

/** A quotation mark between two words of a phrase (`the ‘Phase Two’ talks`, `le « quantitative easing »`): the phrase is still one. */
function isQuoteMark(t: Token | undefined): boolean {
  return t !== undefined && t.kind === "punct" && QUOTE_MARKS.has(t.text);
}

/**
 * The key an English possessive (`ecb's` → `ecb'`) has without its `'s`, or null. A word alone
 * needs two letters (`a's`, `i's` are no one's); a phrase's later word may have one, the words
 * before it make the name (`S&P's`), and its key keeps the `s` (`p's`: a key drops a plural `s`
 * from longer words only).
 */
function possessiveBase(norm: string, key: string, later = false): string | null {
  if (key.charCodeAt(key.length - 1) === 39) return key.length > (later ? 1 : 2) && norm.endsWith("'s") ? key.slice(0, -1) : null;
  return later && key.length === 3 && key.charCodeAt(1) === 39 && key.charCodeAt(2) === 115 ? key.slice(0, 1) : null;
}

/**
 * The phrases that start with one word, split by what must come next so that a common first word
 * (`the`, `banque`, `je`) does not try every phrase it starts: one-word phrases, phrases by their
 * second word, and phrases whose second step is a `word*` prefix or a mark (`vous ?`), tried each time.
 */
interface Bucket<T> {
  one: Entry<T>[];
  bySecond: Map<string, Entry<T>[]>;
  prefixSecond: Entry<T>[];
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V): void => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

// Every matcher's first words get one number each, shared by all matchers: a token's number is
// looked up once (and kept on the token), then each matcher reads its bucket from an array
// instead of hashing the word again (phrase matching was an eighth of a batch's time).
const firstIds = new Map<string, number>();
let firstIdsVersion = 0;

function firstIdOf(key: string): number {
  let id = firstIds.get(key);
  if (id === undefined) {
    firstIds.set(key, (id = firstIds.size));
    firstIdsVersion++;
  }
  return id;
}

/** The token's first-word number, -1 when no matcher starts a phrase with its key. */
function tokenFirstId(t: Token): number {
  if (t.firstIdVersion !== firstIdsVersion) {
    t.firstId = t.key === null ? -1 : (firstIds.get(t.key) ?? -1);
    t.firstIdVersion = firstIdsVersion;
  }
  return t.firstId!;
}

export class PhraseMatcher<T = undefined> {
  /**
   * By first word's number (firstIdOf): its bucket, or, until a draft first holds that word, the
   * positions of its phrases in `phrases` (a one-draft run meets a few dozen of the thousands of
   * words the lists start with: the others are never compiled). A dense array as long as the
   * largest number this matcher uses; a word first listed later by another matcher is past its end.
   */
  private readonly byFirst: Array<Bucket<T> | number[] | undefined>;
  /** Phrases starting with a `word*` prefix, by the prefix's first two letters (shorter ones under SHORT). */
  private readonly prefixes = new Map<number, Entry<T>[]>();
  /** Every phrase kept, and its data, by its order. */
  private readonly phrases: string[] = [];
  private readonly data: T[] = [];
  readonly size: number;

  constructor(items: Iterable<string | readonly [string, T]>) {
    const waiting = new Map<number, number[]>();
    let maxId = -1;
    for (const item of items) {
      const id = typeof item === "string" ? this.file(item, undefined as T, waiting) : this.file(item[0], item[1], waiting);
      if (id > maxId) maxId = id;
    }
    this.size = this.phrases.length;
    // At least one slot, so that an empty matcher's table is of the same kind (V8's holey
    // elements, from fill) as the others' and code reading tables meets one kind (see packed.ts).
    this.byFirst = new Array<Bucket<T> | number[] | undefined>(Math.max(1, maxId + 1)).fill(undefined);
    for (const [id, orders] of waiting) this.byFirst[id] = orders;
  }

  /**
   * Files one phrase: by its first word's number (returned), or among the prefixes (-1). Its own
   * method so that the constructor's loop stays small: V8 optimizes a long loop in place (OSR),
   * and a constructor with all of this inlined took 13 ms to compile on a background thread that
   * a one-draft run then waited for at exit.
   */
  private file(phrase: string, data: T, waiting: Map<number, number[]>): number {
    // Most phrases are filed by their first word's key without being compiled.
    let first = firstWordKey(phrase);
    if (first === null) return -1;
    const order = this.phrases.length;
    if (first === undefined) {
      first = this.fileCompiled(phrase, data, order);
      if (first === null) return -1;
    }
    this.phrases.push(phrase);
    this.data.push(data);
    const id = firstIdOf(first);
    const orders = waiting.get(id);
    if (orders === undefined) waiting.set(id, [order]);
    else orders.push(order);
    return id;
  }

  /** A phrase whose first word needs compiling (a `word*` prefix, a mark): filed among the prefixes (null), or its first key. Apart, as it is rare and large. */
  private fileCompiled(phrase: string, data: T, order: number): string | null {
    const entry = compile(phrase, data);
    if (!entry) return null;
    const step = entry.steps[0]!;
    if (!step.prefix) return step.key;
    entry.order = order;
    this.phrases.push(phrase);
    this.data.push(data);
    push(this.prefixes, step.key.length >= 2 ? headOf(step.key) : SHORT, entry);
    return null;
  }

  /** The bucket of phrases starting with this key, compiled on first use. */
  private bucketByKey(key: string): Bucket<T> | undefined {
    const id = firstIds.get(key);
    return id === undefined ? undefined : this.bucket(id);
  }

  /** The bucket of phrases starting with the word numbered `id`, compiled on first use. */
  private bucket(id: number): Bucket<T> | undefined {
    if (id < 0 || id >= this.byFirst.length) return undefined;
    const found = this.byFirst[id];
    if (found === undefined || !Array.isArray(found)) return found;
    const bucket: Bucket<T> = { one: [], bySecond: new Map(), prefixSecond: [] };
    for (const order of found) {
      const entry = compile(this.phrases[order]!, this.data[order] as T)!;
      entry.order = order;
      const second = entry.steps[1];
      if (!second) bucket.one.push(entry);
      else if (second.prefix || second.punct) bucket.prefixSecond.push(entry);
      else push(bucket.bySecond, second.key, entry);
    }
    this.byFirst[id] = bucket;
    return bucket;
  }

  /**
   * The phrase a hashtag writes as one word (`#AssuranceVie`, `#interestrates`, `#PouvoirDAchat`
   * for `assurance-vie`, `interest rates`, `pouvoir d'achat`): a hashtag holds no space, so its
   * writer joins the words. Phrases of two or more plain words, JOINED_MIN letters or more once
   * joined; the first listed wins. No index of all phrases (building one took a one-draft run
   * 20 ms): each start of the hashtag that is some phrase's first word picks the phrases to compare.
   */
  matchJoinedTag(t: Token): { phrase: string; data: T } | null {
    const key = t.key;
    if (t.kind !== "hashtag" || key === null || key.length < JOINED_MIN) return null;
    let best: Entry<T> | null = null;
    for (let end = 1; end < key.length; end++) {
      const id = firstIds.get(key.slice(0, end));
      const bucket = id === undefined ? undefined : this.bucket(id);
      if (!bucket) continue;
      for (const list of bucket.bySecond.values())
        for (const entry of list) if ((!best || entry.order < best.order) && joinedKey(entry) === key) best = entry;
    }
    return best ? { phrase: best.phrase, data: best.data } : null;
  }

  /**
   * The name an account's handle writes (`@AXA`, `@FranceAssureurs` for `France Assureurs`,
   * `@ACPR_BdF` for `ACPR`): the handle as one word, as a name's words joined (see
   * matchJoinedTag), or its first part before a `_`. Names only, listed with a capital: a
   * person's handle holds common nouns (`@fintech_paris75`, `@treasury_desk`).
   */
  matchMention(t: Token): { phrase: string; data: T } | null {
    if (t.kind !== "mention") return null;
    const handle = t.text.replace(/^[@＠]/, "");
    const cut = handle.indexOf("_");
    for (const part of cut > 0 ? [handle, handle.slice(0, cut)] : [handle]) {
      const norm = fold(part);
      const word: Token = { kind: "word", text: part, norm, key: keyOfFolded(norm), start: t.start, end: t.end, firstId: -1, firstIdVersion: -1 };
      // One word is a name when the handle writes it with its capital too (`@Treasury`, not `@treasury_desk`).
      const one = NAME.test(part) ? this.match([word]).find((m) => m.first === 0 && m.last === 0 && NAME.test(m.phrase)) : undefined;
      if (one) return { phrase: one.phrase, data: one.data };
      const joined = this.matchJoinedTag({ ...word, kind: "hashtag" });
      if (joined && NAME.test(joined.phrase)) return joined;
    }
    return null;
  }

  /**
   * `match`, then each hashtag that no phrase matched as written and that joins a phrase's words
   * (see matchJoinedTag), as a match of that phrase on the hashtag alone; with `mentions`, each
   * mention past the draft's opening ones (a reply's addressees) that names a phrase (see matchMention).
   */
  matchWithJoinedTags(tokens: readonly Token[], mentions = false): PhraseMatch<T>[] {
    const out = this.match(tokens);
    let taken: Set<number> | null = null;
    let opening = true;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.kind === "mention") {
        if (!mentions || opening) continue;
        const named = this.matchMention(t);
        if (named) out.push({ phrase: named.phrase, data: named.data, start: t.start, end: t.end, first: i, last: i });
        continue;
      }
      opening = false;
      if (t.kind !== "hashtag") continue;
      taken ??= new Set(mapPacked(out, (m) => m.first));
      if (taken.has(i)) continue;
      const joined = this.matchJoinedTag(t);
      if (joined) out.push({ phrase: joined.phrase, data: joined.data, start: t.start, end: t.end, first: i, last: i });
    }
    return out;
  }

  /** All matches, longest first at each position, not overlapping. */
  /** Indices (`first`, `last`) refer to the given token list. */
  match(tokens: readonly Token[]): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    const hasPrefixes = this.prefixes.size > 0;
    const short = this.prefixes.get(SHORT);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      const key = t.key;
      if (key === null) continue;
      // The longest phrase starting here wins (exact first words, then prefixes).
      this.bestEntry = null;
      this.bestLast = -1;
      this.bestGroup = 0;
      const bucket = this.bucket(tokenFirstId(t));
      if (bucket) {
        if (bucket.one.length) this.consider(bucket.one, tokens, i, 0);
        // The word after (past a joining hyphen or a quotation mark, as matchAt reads it) picks the longer phrases to try.
        const j = isJoiningHyphen(tokens, i + 1) || isQuoteMark(tokens[i + 1]) ? i + 2 : i + 1;
        const next = tokens[j];
        if (next && next.key !== null && bucket.bySecond.size) {
          const same = bucket.bySecond.get(next.key);
          if (same) this.consider(same, tokens, i, 0);
          // A two-word phrase ending on a possessive (`Lloyd's`): its last word's key without the `'s`.
          const base = possessiveBase(next.norm, next.key, true);
          const owned = base === null ? undefined : bucket.bySecond.get(base);
          if (owned) this.consider(owned, tokens, i, 0);
        }
        if (bucket.prefixSecond.length) this.consider(bucket.prefixSecond, tokens, i, 0);
      }
      // `ECB's`: one-word phrases also match the possessive.
      const base = key.charCodeAt(key.length - 1) === 39 ? possessiveBase(t.norm, key) : null;
      if (base !== null) {
        const owner = this.bucketByKey(base);
        if (owner && owner.one.length) this.consider(owner.one, tokens, i, 1);
      }
      if (hasPrefixes) {
        const byHead = this.prefixes.get(headOf(t.norm));
        if (byHead) this.consider(byHead, tokens, i, 2);
        if (short) this.consider(short, tokens, i, 3);
      }
      const entry = this.bestEntry as Entry<T> | null;
      if (entry) {
        const last = this.bestLast;
        out.push({ phrase: entry.phrase, data: entry.data, start: t.start, end: tokens[last]!.end, first: i, last });
        i = last;
      }
    }
    return out;
  }

  // Scratch state of `match` (one match runs at a time: it is synchronous).
  private bestEntry: Entry<T> | null = null;
  private bestLast = -1;
  private bestGroup = 0;

  /**
   * Longest wins; at equal length a tag phrase (`#irritated`) wins over the same word, and then
   * the phrase listed first (lists are tried by group: exact first word, possessive, prefixes).
   */
  private consider(list: readonly Entry<T>[], tokens: readonly Token[], i: number, group: number): void {
    for (const entry of list) {
      const last = matchAt(entry, tokens, i);
      if (last < 0 || last < this.bestLast) continue;
      const best = this.bestEntry;
      if (
        last > this.bestLast ||
        !best ||
        (entry.kind !== "any" && best.kind === "any") ||
        ((entry.kind === "any") === (best.kind === "any") && (group < this.bestGroup || (group === this.bestGroup && entry.order < best.order)))
      ) {
        this.bestLast = last;
        this.bestEntry = entry;
        this.bestGroup = group;
      }
    }
  }
}

interface Compiled {
  phrase: string;
  kind: Kind;
  steps: Step[];
  /** The phrase's matching key (its words' keys, space-separated; `word*` for a prefix). */
  key: string;
}

// Phrases are compiled once per process: the same preset term is keyed by its rule (`phraseKey`)
// and compiled again by a matcher, and lists compile at every start of the CLI. Bounded.
const compiled = new Map<string, Compiled | null>();
const COMPILED_LIMIT = 50_000;

function compiledOf(phrase: string): Compiled | null {
  let c = compiled.get(phrase);
  if (c === undefined) {
    if (compiled.size >= COMPILED_LIMIT) compiled.clear();
    // Plain words are never tabled (see worthTabling): compiled straight away.
    const code = PLAIN_PHRASE.test(phrase) ? undefined : tableCode(phrase);
    compiled.set(phrase, (c = code === undefined ? compileUncached(phrase) : decodePhrase(phrase, code)));
  }
  return c;
}

// The built-in packs' phrases compiled at build time (scripts/build.mjs writes dist/phrases.json
// with encodePhrase): the CLI loads them at start (src/packs/phrase-table.ts) instead of
// compiling some 6,000 phrases with cold code. A phrase not in the table is compiled as usual.
// The table comes in two parts: the rules' own phrases, which every run files, and those of
// `topical`'s lists and the presets, which only a run with topics needs (more than half of the
// whole); the second part is read at the first phrase the first one lacks.
let table: Readonly<Record<string, string>> | null = null;
let moreTable: Readonly<Record<string, string>> | null = null;
const KIND_CODES: Record<Kind, string> = { any: "a", hashtag: "h", cashtag: "c", mention: "m" };
const CODE_KINDS: Record<string, Kind> = { a: "any", h: "hashtag", c: "cashtag", m: "mention" };

let tableLoader: (() => void) | null = null;
let moreLoader: (() => void) | null = null;

/** The table's code for a phrase (its identity, "" for no words), reading the table's parts on first use. */
function tableCode(phrase: string): string | undefined {
  if (tableLoader) {
    // The first phrase looked up reads the table (runs that match no phrase never do).
    const load = tableLoader;
    tableLoader = null;
    load();
  }
  let code = table?.[phrase];
  if (code === undefined) {
    if (moreLoader) {
      const load = moreLoader;
      moreLoader = null;
      load();
    }
    code = moreTable?.[phrase];
  }
  return code === undefined || code === "" || code[0]! in CODE_KINDS ? code : undefined;
}

/**
 * A phrase's identity without compiling it when the table has it or it is plain words; null for
 * no words, undefined when only compiling tells.
 */
function quickIdentity(phrase: string): string | null | undefined {
  // Plain words first: never tabled, and compiled they give this very identity.
  if (PLAIN_PHRASE.test(phrase)) return `a${phrase.includes(" ") ? phrase.split(" ").map(keyOfFolded).join(" ") : keyOfFolded(phrase)}`;
  const c = compiled.get(phrase);
  if (c !== undefined) return c === null ? null : KIND_CODES[c.kind] + c.key;
  const code = tableCode(phrase);
  if (code !== undefined) return code === "" ? null : code;
  return undefined;
}

/** The key a phrase is filed under (its first word's), null for no words, undefined for a `word*` prefix or when only compiling tells. */
function firstWordKey(phrase: string): string | null | undefined {
  // Plain words (most phrases): the first word's key, with no lookup (they are never tabled, and
  // compiling one gives the same key).
  if (PLAIN_PHRASE.test(phrase)) {
    const space = phrase.indexOf(" ");
    return keyOfFolded(space === -1 ? phrase : phrase.slice(0, space));
  }
  const identity = quickIdentity(phrase);
  if (identity == null) return identity;
  const space = identity.indexOf(" ");
  const first = space === -1 ? identity.slice(1) : identity.slice(1, space);
  return first.endsWith("*") ? undefined : first;
}

/** Sets the table (its first part, without a second until useMorePhraseTable); null for none. */
export function usePhraseTable(phrases: Readonly<Record<string, string>> | null): void {
  table = phrases;
  moreTable = null;
  compiled.clear();
}

/** Adds the table's second part (see tableCode). */
export function useMorePhraseTable(more: Readonly<Record<string, string>> | null): void {
  moreTable = more;
}

/**
 * Reads the table when the first phrase is compiled, not before, and its second part at the first
 * phrase the first part lacks (see src/packs/phrase-table.ts).
 */
export function usePhraseTableWhenNeeded(load: () => void, loadMore: (() => void) | null = null): void {
  tableLoader = load;
  moreLoader = loadMore;
}

/**
 * What a phrase matches, as one string (its kind's letter and its key): two phrases with the
 * same identity match the same tokens (`coffee`/`coffees`, `café`/`cafe`). For lists that merge
 * what a phrase is in several lists; null for a phrase with no words.
 */
export function phraseIdentity(phrase: string): string | null {
  const quick = quickIdentity(phrase);
  if (quick !== undefined) return quick;
  const c = compiledOf(phrase);
  return c === null ? null : KIND_CODES[c.kind] + c.key;
}

/** A phrase's compiled form as one string: its kind's letter, then its key (`word*` for a prefix); "" when it has no words. */
export function encodePhrase(phrase: string): string {
  const c = compileUncached(phrase);
  return c === null ? "" : KIND_CODES[c.kind] + c.key;
}

/** A table code as tableCode returns it: "" or a valid kind's letter, then the key. */
function decodePhrase(phrase: string, code: string): Compiled | null {
  if (code === "") return null;
  const kind = CODE_KINDS[code[0]!]!;
  const key = code.slice(1);
  // Keys hold no spaces, and `*` ends a key only for a `word*` prefix (see compileUncached).
  const steps = key.indexOf(" ") === -1 ? [step(key)] : mapPacked(key.split(" "), step);
  return { phrase: phrase.trim(), kind, steps, key };
}

// Every step has the same three fields, so code reading steps meets one shape (a V8 "map").
const step = (w: string): Step => (isMark(w) ? { key: w, prefix: false, punct: true } : w.endsWith("*") ? { key: w.slice(0, -1), prefix: true, punct: false } : { key: w, prefix: false, punct: false });

// The marks a phrase's word may end on, as the tokenizer gives them (one punctuation token each):
// `vous ?`, `you?`, and a comma or a percent sign inside a phrase (`buy now, pay later`, `2% target`,
// `100 % garanti`), which a draft holds as a token of its own.
const MARKS: Record<string, string> = { "?": "?", "？": "?", "!": "!", "！": "!", ",": ",", "，": ",", "%": "%", "％": "%" };
const isMark = (w: string): boolean => w === "?" || w === "!" || w === "," || w === "%";

function compile<T>(phrase: string, data: T): Entry<T> | null {
  const c = compiledOf(phrase);
  return c === null ? null : { phrase: c.phrase, data, kind: c.kind, steps: c.steps, order: 0 };
}

/**
 * Whether the build's table should hold this phrase: not when it is written as its own folded
 * form (lower-case ASCII words one space apart, two thirds of the packs), which compiles as
 * fast as it decodes; leaving those out makes the table a third of the size to read.
 */
export function worthTabling(phrase: string): boolean {
  return !PLAIN_PHRASE.test(phrase);
}

function compileUncached(phrase: string): Compiled | null {
  // Already folded: no case, accent or joiner to handle (the words are keyed as they are).
  if (PLAIN_PHRASE.test(phrase)) return plainCompiled(phrase, phrase, "any");
  const trimmed = phrase.trim();
  if (!trimmed) return null;
  const kind: Kind = trimmed.startsWith("#") ? "hashtag" : trimmed.startsWith("$") ? "cashtag" : trimmed.startsWith("@") ? "mention" : "any";
  const body = kind === "any" ? trimmed : trimmed.slice(1);
  // The body is folded once; its words are then keyed without folding again. Most phrases are
  // plain words and spaces: they skip the general splitting (lists compile at every start).
  const folded = fold(body).replace(PHRASE_JOINERS, " ");
  if (PLAIN_PHRASE.test(folded)) return plainCompiled(trimmed, folded, kind);
  const steps: Step[] = [];
  for (const piece of folded.split(SPLIT)) {
    // `vous ?` and `you?` end on a mark: the mark is matched as the token after the word.
    const mark = MARKS[piece.charAt(piece.length - 1)];
    let w = trimPunctuation(piece);
    // A possessive's apostrophe (`members' money`) is a token of its own in a draft, skipped as a
    // quotation mark is; an elision's (`qu'`, `l'`) belongs to its word.
    if (APOSTROPHE_END.test(w) && !ELISIONS.has(w.slice(0, -1))) w = w.slice(0, -1);
    // Digits then letters (`25bp`, `13F`, `2s10s`) are a number and a word in a draft; an
    // initialism (`U.S.`, `J.P.`) is one word where its stops are joined (src/text/initialisms.ts).
    const glued = GLUED_NUMBER.exec(w);
    if (INITIALISM.test(w)) steps.push({ key: keyOfFolded(w.replace(/\./g, "")), prefix: false, punct: false });
    else if (glued) steps.push({ key: glued[1]!, prefix: false, punct: false }, { key: keyOfFolded(glued[2]!), prefix: false, punct: false });
    else if (w) steps.push(w.endsWith("*") ? { key: w.slice(0, -1), prefix: true, punct: false } : { key: keyOfFolded(w), prefix: false, punct: false });
    if (mark && steps.length > 0) steps.push({ key: mark, prefix: false, punct: true });
  }
  if (steps.length === 0) return null;
  return { phrase: trimmed, kind, steps, key: steps.map((st) => (st.prefix ? `${st.key}*` : st.key)).join(" ") };
}

// Lower-case ASCII words one space apart, each a word or a number as the tokenizer reads it (not `25bp`: see GLUED_NUMBER).
const PLAIN_PHRASE = /^(?:[a-z][a-z0-9]*|[0-9]+)(?: (?:[a-z][a-z0-9]*|[0-9]+))*$/;
const GLUED_NUMBER = /^([0-9]+)(\p{L}[\p{L}\p{N}]*)$/u;
const APOSTROPHE_END = /['\u2019]$/;
const INITIALISM = /^\p{L}(?:\.\p{L})+$/u;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;
// A phrase's words joined, keyed as one word (`interest rates` → `interestrate`), by phrase; "" for a phrase with a prefix or a mark.
const joinedKeys = new Map<string, string>();
function joinedKey(entry: Entry<unknown>): string {
  let key = joinedKeys.get(entry.phrase);
  if (key === undefined) {
    if (joinedKeys.size >= COMPILED_LIMIT) joinedKeys.clear();
    key = entry.kind !== "any" || entry.steps.some((st) => st.prefix || st.punct) ? "" : keyOfFolded(fold(entry.phrase).replace(NOT_WORD, ""));
    joinedKeys.set(entry.phrase, key);
  }
  return key;
}
/** A name as listed: it starts with a capital (`AXA`, `Banque de France`), a common noun does not. */
const NAME = /^\p{Lu}/u;
/** Letters a joined phrase needs (`#taux` is a word, `#ECB` a name; `#cashback` may join `cash back`). */
const JOINED_MIN = 8;

/** A phrase whose folded body is plain words and single spaces. */
function plainCompiled(phrase: string, folded: string, kind: Kind): Compiled {
  if (!folded.includes(" ")) {
    const key = keyOfFolded(folded);
    return { phrase, kind, steps: [{ key, prefix: false, punct: false }], key };
  }
  const steps = mapPacked(folded.split(" "), (w) => ({ key: keyOfFolded(w), prefix: false, punct: false }));
  return { phrase, kind, steps, key: steps.map((st) => st.key).join(" ") };
}
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}']+|[^\p{L}\p{N}'*]+$/gu;
const WORD_CHAR = /[\p{L}\p{N}'*]/u;
function trimPunctuation(w: string): string {
  // Most words have nothing to trim: test both ends before running the replace.
  return w.length > 0 && WORD_CHAR.test(w[0]!) && WORD_CHAR.test(w[w.length - 1]!) ? w : w.replace(EDGE_PUNCTUATION, "");
}

function matchAt<T>(entry: Entry<T>, tokens: readonly Token[], i: number): number {
  const steps = entry.steps;
  if (entry.kind !== "any") {
    // A tag phrase is one tag token.
    const t = tokens[i]!;
    if (t.kind !== entry.kind || steps.length !== 1) return -1;
    return stepMatches(steps[0]!, t, false) ? i : -1;
  }
  let j = i;
  for (let s = 0; s < steps.length; s++, j++) {
    const step = steps[s]!;
    if (step.punct) {
      const t = tokens[j];
      if (!t || t.kind !== "punct" || MARKS[t.text] !== step.key) return -1;
      continue;
    }
    if (s > 0 && (isJoiningHyphen(tokens, j) || isQuoteMark(tokens[j]))) j++;
    const t = tokens[j];
    if (!t || t.key === null || t.kind === "mention" || t.kind === "cashtag") return -1;
    // Multi-word phrases match words only; a one-word phrase also matches the hashtag of that word.
    if (t.kind === "hashtag" && steps.length > 1) return -1;
    if (!stepMatches(step, t, s === steps.length - 1)) return -1;
  }
  return j - 1;
}

function stepMatches(step: Step, t: Token, last: boolean): boolean {
  if (step.prefix) return t.norm.startsWith(step.key);
  const key = t.key!;
  return key === step.key || (last && possessiveBase(t.norm, key, true) === step.key);
}

/** The matching key of a whole phrase (its words' keys, space-separated): `Banques` and `banque` have the same. */
export function phraseKey(phrase: string): string {
  const quick = quickIdentity(phrase);
  if (quick !== undefined) return quick === null ? "" : quick.slice(1);
  return compiledOf(phrase)?.key ?? "";
}
