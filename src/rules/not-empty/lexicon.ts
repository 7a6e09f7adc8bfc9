// What the not-empty rule matches, from the rule packs of both languages (tweets mix them):
// filler, empty hype, clickbait, teasers, vague words (generic praise, feelings, time, light
// verbs: `amazing`, `team`, `journey`, `génial`, `aventure`, `hâte`), the pieces of two
// structures (an unnamed thing and a cue that it is coming: `something` … `soon`; a call to
// like, share or comment: `RT` … `if`), words that carry no content in a tweet (`lol`, `super`),
// and patterns a phrase list cannot express (`+1`).
import type { PackLoader } from "../../packs/load.js";
import { keyOfFolded } from "../../text/keys.js";
import { fold } from "../../text/normalize.js";
import { PhraseMatcher, phraseIdentity } from "../../text/phrases.js";

export interface NotEmptyPack {
  filler?: string[];
  hype?: string[];
  clickbait?: string[];
  /** Announcements that say something is coming without saying what (`stay tuned`, `grande nouvelle`). */
  teaser?: string[];
  /** Words that say how the author feels or how things are, not what happened: they are not content. */
  vague?: string[];
  /** An unnamed thing (`something`, `quelque chose`, `surprise`): with a teaser cue and nothing concrete, a teaser. */
  teaserThings?: string[];
  /** That it is coming or special (`soon`, `tomorrow`, `de fou`, `you'll see`). */
  teaserCues?: string[];
  /** Calls to act on the tweet (`RT`, `like`, `partagez`) that start a sentence… */
  baitVerbs?: string[];
  /** …and what makes them engagement bait later in that sentence (`if`, `who`, `si`, `en commentaire`, `👇`). */
  baitCues?: string[];
  /** Nouns a clickbait withholds (`trick`, `erreur`, `secret`, `chart`)… */
  withheldNouns?: string[];
  /** …after a demonstrative (`this`, `cette`), within two words: `this simple trick`, `cette erreur`, `ces 3 erreurs`. */
  demonstratives?: string[];
  /** Pronouns that point at something the draft withholds when they end a sentence (`do this 🤫`, `faites ça.`). */
  pointerPronouns?: string[];
  /** Emoji that point at the bait (`🧵`, `👀`, `👉`): a further sign, only beside another sign of clickbait. */
  clickbaitEmoji?: string[];
  emptyWords?: string[];
  fillerPatterns?: string[];
  minContentWords?: number;
  /**
   * Two lists whose words, close together in one sentence, make a structure no phrase list can
   * enumerate: `first` then, within `within` words and no punctuation, `then` (`redefine` … `how
   * you`, `nobody` … `noticed`, `excited to` … `share`). `as` is the kind it counts as. Merged by
   * name across packs; eight pairs at most. A `word*` prefix covers the listed words it begins.
   */
  pairs?: Record<string, PairPack>;
  /** Openers of a headline that keeps its subject back (`what`, `why`, `ce que`, `la raison`), in a draft that asks nothing and trails off on suspension points. */
  openers?: string[];
  /** Words that, written as a label (`Hint:`, `Spoiler :`), start a guessing game. */
  labels?: string[];
  /** Letters of a countdown (`J-3`, `D-7`): the number counts down to an announcement, it is no figure. */
  countdownLetters?: string[];
}

export interface PairPack {
  as?: "filler" | "hype" | "clickbait" | "teaser";
  within?: number;
  first?: string[];
  then?: string[];
}

/** A pair structure, compiled: the bits its two lists carry in the matcher. */
export interface Pair {
  name: string;
  kind: number;
  within: number;
  first: number;
  then: number;
}

/** What a matched phrase is: a bit set, as the same words may be in several lists (`soon` is vague and a teaser cue). */
export const KIND = {
  filler: 1,
  hype: 2,
  clickbait: 4,
  teaser: 8,
  vague: 16,
  thing: 32,
  cue: 64,
  baitVerb: 128,
  baitCue: 256,
  withheld: 512,
  demonstrative: 1024,
  pronoun: 2048,
  opener: 4096,
  label: 8192,
} as const;
/** Bits from here on carry the pairs' lists, two per pair (bit 30 is the last a 32-bit number holds). */
const FIRST_PAIR_BIT = 14;
/** The bits below the pairs' (the lists' own kinds). */
const LIST_BITS = 1 << FIRST_PAIR_BIT;
const MAX_PAIRS = 8;
const PAIR_KINDS = { filler: KIND.filler, hype: KIND.hype, clickbait: KIND.clickbait, teaser: KIND.teaser } as const;
/** Words of these kinds are never counted as content. */
export const NOT_CONTENT = KIND.filler | KIND.hype | KIND.clickbait | KIND.teaser | KIND.vague | KIND.thing | KIND.cue;

export interface Lexicon {
  /** Every list in one matcher: one pass over the draft, the longer phrase wins, the kinds of one phrase combined. */
  phrases: PhraseMatcher<number>;
  /** Bait verbs as written (folded), so that `shares` (a noun) is not the imperative `share`. */
  baitVerbs: ReadonlySet<string>;
  /** Emoji cues (`👇`), which the phrase matcher does not read, without variation selectors. */
  baitEmoji: ReadonlySet<string>;
  /** Emoji teaser cues (`👀`, `🔜`). */
  cueEmoji: ReadonlySet<string>;
  /** Emoji that point at a clickbait's bait (`🧵`, `👀`). */
  clickbaitEmoji: ReadonlySet<string>;
  emptyWords: ReadonlySet<string>;
  /** One-word vague, hype and empty words by their matching key: the stems of `incredibly`, `follement`, and the parts of `#MondayMotivation`. */
  vagueKeys: ReadonlySet<string>;
  fillerPatterns: RegExp[];
  minContentWords: number;
  pairs: readonly Pair[];
  /** The bits of every pair's first list, to skip the other matches at once. */
  pairFirsts: number;
  /** Countdown letters, folded (`j`, `d`). */
  countdown: ReadonlySet<string>;
}

const LISTS = [
  ["filler", KIND.filler],
  ["hype", KIND.hype],
  ["clickbait", KIND.clickbait],
  ["teaser", KIND.teaser],
  ["vague", KIND.vague],
  ["teaserThings", KIND.thing],
  ["teaserCues", KIND.cue],
  ["baitVerbs", KIND.baitVerb],
  ["baitCues", KIND.baitCue],
  ["withheldNouns", KIND.withheld],
  ["demonstratives", KIND.demonstrative],
  ["pointerPronouns", KIND.pronoun],
  ["openers", KIND.opener],
  ["labels", KIND.label],
] as const;

const cache = new WeakMap<PackLoader, Lexicon>();
const HAS_LETTER = /[\p{L}\p{N}]/u;
const stripSelectors = (s: string) => s.replace(/\uFE0F/g, "");

export function lexicon(packs: PackLoader): Lexicon {
  const hit = cache.get(packs);
  if (hit) return hit;
  const fr = packs.load<NotEmptyPack>("not-empty", "fr") ?? {};
  const en = packs.load<NotEmptyPack>("not-empty", "en") ?? {};
  const both = (key: Exclude<keyof NotEmptyPack, "minContentWords" | "pairs">) => [...(fr[key] ?? []), ...(en[key] ?? [])];
  // One entry per set of tokens matched (`phraseIdentity`), carrying every list it is in.
  const kinds = new Map<string, { phrase: string; kind: number }>();
  const emoji = new Set<string>();
  const cueEmoji = new Set<string>();
  const vagueKeys = new Set<string>();
  const add = (phrase: string, kind: number) => {
    if (!HAS_LETTER.test(phrase)) {
      if (kind === KIND.baitCue) emoji.add(stripSelectors(phrase.trim()));
      else if (kind === KIND.cue) cueEmoji.add(stripSelectors(phrase.trim()));
      return;
    }
    const identity = phraseIdentity(phrase);
    if (identity === null) return;
    // `a` (any token), one word, no `word*` prefix: the stems that morphology and hashtag parts are checked against.
    if ((kind === KIND.vague || kind === KIND.hype) && identity.charCodeAt(0) === 97 && identity.indexOf(" ") === -1 && !identity.endsWith("*")) vagueKeys.add(identity.slice(1));
    const entry = kinds.get(identity);
    if (entry) entry.kind |= kind;
    else kinds.set(identity, { phrase: phrase.trim(), kind });
  };
  for (const [key, kind] of LISTS) for (const phrase of both(key)) add(phrase, kind);
  // The pairs, merged by name (the first pack that sets `as` and `within` decides them).
  const pairs: Pair[] = [];
  const names = [...new Set([...Object.keys(fr.pairs ?? {}), ...Object.keys(en.pairs ?? {})])].slice(0, MAX_PAIRS);
  for (const name of names) {
    const a = fr.pairs?.[name] ?? {};
    const b = en.pairs?.[name] ?? {};
    const bit = FIRST_PAIR_BIT + 2 * pairs.length;
    const pair: Pair = { name, kind: PAIR_KINDS[a.as ?? b.as ?? "clickbait"] ?? KIND.clickbait, within: a.within ?? b.within ?? 2, first: 1 << bit, then: 1 << (bit + 1) };
    for (const phrase of [...(a.first ?? []), ...(b.first ?? [])]) add(phrase, pair.first);
    for (const phrase of [...(a.then ?? []), ...(b.then ?? [])]) add(phrase, pair.then);
    pairs.push(pair);
  }
  for (const word of both("emptyWords")) vagueKeys.add(keyOfFolded(fold(word)));
  // A pair's `word*` prefix (`transform*`, `heureu*`) loses to a listed word it covers (`transform`
  // is vague, `heureux` too: the longer or exact match wins): that word carries the pair's bit too.
  const prefixes = new Map<string, Array<{ prefix: string; kind: number }>>();
  for (const [identity, entry] of kinds)
    if (identity.endsWith("*") && identity.indexOf(" ") === -1 && entry.kind & ~(LIST_BITS - 1)) {
      const prefix = identity.slice(1, -1);
      const list = prefixes.get(prefix.slice(0, 2));
      if (list) list.push({ prefix, kind: entry.kind });
      else prefixes.set(prefix.slice(0, 2), [{ prefix, kind: entry.kind }]);
    }
  if (prefixes.size)
    for (const [identity, entry] of kinds) {
      if (identity.endsWith("*") || identity.indexOf(" ") !== -1) continue;
      const key = identity.slice(1);
      const list = prefixes.get(key.slice(0, 2));
      if (list) for (const p of list) if (key.startsWith(p.prefix)) entry.kind |= p.kind & ~(LIST_BITS - 1);
    }
  const lex: Lexicon = {
    phrases: new PhraseMatcher<number>([...kinds.values()].map((e) => [e.phrase, e.kind] as const)),
    baitVerbs: new Set(both("baitVerbs").map((v) => fold(v.trim()))),
    baitEmoji: emoji,
    cueEmoji,
    clickbaitEmoji: new Set(both("clickbaitEmoji").map((e) => stripSelectors(e.trim()))),
    emptyWords: new Set(both("emptyWords").map(fold)),
    fillerPatterns: [...new Set(both("fillerPatterns"))].map((p) => new RegExp(p, "gu")),
    minContentWords: Math.max(fr.minContentWords ?? 4, en.minContentWords ?? 4),
    vagueKeys,
    pairs,
    pairFirsts: pairs.reduce((bits, p) => bits | p.first, 0),
    countdown: new Set(both("countdownLetters").map((l) => fold(l.trim()))),
  };
  cache.set(packs, lex);
  return lex;
}

export { stripSelectors };
