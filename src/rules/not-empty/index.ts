// not-empty: the draft says something. What it says is counted as its specific words (not stop
// words from the `stopword` package, not tweet filler such as `lol`, not vague words such as
// `amazing`, `team`, `journey`, `génial`, `aventure`), with figures, links, mentions, cashtags and
// names as concrete anchors. How it is said costs: filler, empty hype, clickbait, and three
// structures that no phrase list can enumerate: a teaser (an unnamed thing and a cue that it is
// coming, with nothing concrete), engagement bait (a sentence that starts with `RT`, `like`,
// `partagez`… and asks `if`, `who`, `si`, `en commentaire`), and a question to the crowd with
// nothing in it (`Thoughts?`, `Qui est d'accord ?`). And one that no list can enumerate at all:
// nothing specific (a vague draft whose every specific word is among its language's most common
// words, with no sector topic, audience interest or everyday thing in it: `Tout change à partir
// de maintenant`, `Some days are like that`). A draft that withholds its point is read by the
// structures of withholding.ts and by patterns (`ne vous disent pas`, `va vous étonner`); one
// with nothing concrete that cheers, by its emoji, tags and slogan cadence (`Plus simple. Plus
// rapide. Plus vous. ✨`).
import { tokensOf } from "../../lang/analyze.js";
import { fold, foldSameLength, isUpperCaseWord } from "../../text/normalize.js";
import { findEvidence, lexicon as informedLexicon } from "../informed/evidence.js";
import { formatMessage, quoteList } from "../../lang/messages.js";
import { isStopWord } from "../../lang/stopwords.js";
import type { PhraseMatch } from "../../text/phrases.js";
import type { Token } from "../../text/tokenize.js";
import type { Lang, RawFinding } from "../../types.js";
import type { Rule, RuleContext, RuleOutcome } from "../types.js";
import { commonWords } from "../../lang/common-words.js";
import { KIND, lexicon, NOT_CONTENT, stripSelectors, tagPhraseKind, type Lexicon } from "./lexicon.js";
import { namesSomething } from "./subjects.js";
import { advisesReader } from "../relevant/advice.js";
import { emojiKey, lexicon as lifeLexicon, LIFE, lifeMatches } from "../relevant/lexicon.js";
import { detect } from "../cool-down/detect.js";
import { knowledgeFor } from "../cool-down/knowledge.js";
import { endsSentence, isQuestionMark, lineBreakBetween, listItemsAfter, patternSpans, type Span } from "./spans.js";
import { tautologies } from "./tautology.js";
import { answeredAfter, firmAnchor, guessingGames, readerQuestions, teaserHeadlines } from "./withholding.js";
import { MESSAGES } from "./messages.js";
import { builtInModel, cuesOf, oddsOf, tokensForModel, type Feature } from "../../text/bayes.js";
import { mapPacked } from "../../text/packed.js";

export const DEFAULT_THRESHOLD = 0.5;
export const PENALTIES = { placeholder: 1, reward: 1, filler: 0.35, hype: 0.35, clickbait: 0.5, teaser: 0.35, bait: 0.5, crowd: 0.35, generic: 0.35 } as const;
/**
 * A draft with nothing concrete in it — no figure, link, mention, cashtag or name — scores at
 * most this: it may still pass, but one piece of filler, hype or teasing then makes it empty talk.
 */
export const VAGUE_CAP = 0.6;
/** Specific words from which a draft without a figure, link or name is not vague talk. */
export const SUBSTANTIVE_WORDS = 6;
/**
 * The most specific words a draft may have and still be judged on whether any of them is
 * specific (see nothingSpecific). Fewer fail on their count anyway; with three or more,
 * everyday narration (`Phone battery died right before the important call`) is too often made
 * of the commonest words to be told from empty talk by rank alone.
 */
export const GENERIC_MAX_WORDS = 2;
/** A hashtag's word counts half: `#inflation` alone is a label, not a statement. */
const HASHTAG_WEIGHT = 0.5;
/** A suspense question (`Le résultat ?`, `The catch?`): one specific word, in three words at most, after a first sentence, led by a stop word. */
const SUSPENSE_WORDS = 1;
const SUSPENSE_TOKENS = 3;
/** A question to the crowd has no specific word at all (`Thoughts?`, `Vous en pensez quoi ?`; `Should I worry?` is a question, not bait). */
const CROWD_MAX_WORDS = 0;


/** What the draft says and how, found in one pass over its tokens. */
export interface Content {
  /** Specific words (with hashtags counted half). */
  count: number;
  words: Token[];
  /** Vague words, unnamed things and teaser cues: how it is said rather than what. */
  vague: Span[];
  /** False when there is no word, number or cashtag outside tags, mentions, emoji and links. */
  hasText: boolean;
  /** A figure, link, mention, cashtag or name. */
  anchored: boolean;
  /** A name, mention, cashtag or figure with its unit: concrete even in a draft that withholds its point (withholding.ts). */
  firm: boolean;
  /** `100 %` before a word (`100 % digitale, 100 % vous`): a slogan's figure, not a fact. */
  sloganFigures: Array<Span & { toReader: boolean }>;
  /** Words written in capitals that would be names but may be shouted common words (`HATE`, `TAUX`): see shoutedName. */
  shouted: Token[];
  /** Sentences that start with a call to like, share or comment and ask `if`, `who`, `si`… */
  bait: Span[];
  /** Questions without a specific word. */
  questions: Span[];
  /** Suspense questions: one specific word in three words at most, with more after (`Le résultat ? …`, `The catch? …`). */
  suspense: Span[];
  /** Which pattern lists may match: the clickbait patterns (a cue word or suspension points), the hype patterns (see clickbaitPatternCues), a slogan (a comparative: see staccato). */
  patternCues: number;
  /** Read in the same pass, so that rarer structures are looked for only where they can be: a guess verb (guessingGames), `UNE`/`ONE` in capitals (withheld), a tag of empty enthusiasm. */
  guess: boolean;
  shoutedOne: boolean;
  hypeTag: boolean;
  /** First unnamed thing and first teaser cue (for the teaser structure). */
  thing: Span | null;
  cue: Span | null;
}

/**
 * What a lone sign of clickbait that sends the reader to another place or time for the point
 * (`link in bio`, a teaser headline with its arrow, a question answered behind a link, `je vous
 * explique demain`) adds in a draft with nothing firm: enough to fail it alone. Other lone signs (`un seul`, `nobody wants to`, `guess
 * who`) also turn up in opinions and stories, so they stay at the limit.
 */
const ELSEWHERE_EXTRA = 0.05;

/** (A lone sign in a draft that trails off, `The answer isn't what you'd expect…`, is strong too: see suspension.) */
/** Whether a sign of clickbait holds or is followed by a time it promises the point for (`Je vous explique demain`, `Thread coming tonight`): the point is elsewhere, later. */
function promisedLater(sign: Span, matches: readonly PhraseMatch<number>[], tokens: readonly Token[], lex: Lexicon): boolean {
  for (const m of matches) if (m.data & KIND.cue && m.start >= sign.start && m.end <= sign.end) return true;
  // …also a time to come inside a longer listed sign (`It drops tomorrow`, which the matcher reads as
  // one phrase) or after the sign (`The top answer surprised me. More tomorrow.`).
  for (const t of tokens) if (t.kind === "word" && t.start >= sign.start && lex.laterWords.has(t.norm)) return true;
  return false;
}

/** Whether a sign says in so many words that the point is kept back (`je n'en dis pas plus`, `I'll let you guess`). */
function keptBack(text: string, sign: Span, lex: Lexicon, tokens: readonly Token[]): boolean {
  if (lex.keptBack.size === 0) return false;
  if (lex.keptBack.has(fold(text.slice(sign.start, sign.end)))) return true;
  // …also a listed sign and the word after it (`Vous ne devinerez jamais` + `laquelle`).
  const next = tokens.find((t) => t.start >= sign.end);
  return next !== undefined && next.kind === "word" && lex.keptBack.has(fold(text.slice(sign.start, next.end)));
}

/** A letter written three times in a row (`soooo`, `gooo`, `trooop`): an interjection, not a word. */
function stretched(word: string): boolean {
  for (let k = 2; k < word.length; k++) if (word.charCodeAt(k) === word.charCodeAt(k - 1) && word.charCodeAt(k) === word.charCodeAt(k - 2)) return true;
  return false;
}

/** Whether a word token carries content of its own (not a stop word, filler word or interjection). */
function isContentWord(t: Token, lex: Lexicon): boolean {
  return (t.norm.length > 1 || /\p{N}/u.test(t.norm)) && !isStopWord(t.norm) && !lex.emptyWords.has(t.norm) && !stretched(t.norm);
}

/**
 * Reads the draft once: its specific words, its vague words, whether it holds something concrete
 * (a figure, link, mention, cashtag, or a name: a capitalised word that does not start a sentence,
 * or an acronym such as BCE or CAC40, that is not itself a vague or filler word), and its
 * sentences that bait engagement or ask the crowd with nothing in them.
 */
export function contentOf(text: string, tokens: readonly Token[], lex: Lexicon, matches: readonly PhraseMatch<number>[], noise: readonly Span[]): Content {
  const out: Content = { count: 0, words: [], vague: [], hasText: false, anchored: false, firm: false, sloganFigures: [], shouted: [], bait: [], questions: [], suspense: [], patternCues: 0, guess: false, shoutedOne: false, hypeTag: false, thing: null, cue: null };
  let toReader = 0;
  // The lexicon's cue table, looked up once per draft rather than once per word.
  const cueWords = cueTable(lex);
  let mi = 0;
  let ni = 0;
  // The current sentence: where it starts, its specific words, a bait verb at its start.
  let sentenceStart = true;
  let sentenceFrom = -1;
  let sentenceWords = 0;
  let sentenceTokens = 0;
  let sentencesBefore = 0;
  let baitFrom = -1;
  let baitDone = false;
  const endSentence = (end: Token | null) => {
    if (end && isQuestionMark(end.text) && sentenceFrom >= 0) {
      const span = { start: tokens[sentenceFrom]!.start, end: end.end };
      if (sentenceWords <= CROWD_MAX_WORDS) out.questions.push(span);
      // Not the opening question (`tf?`, `Rape? Of course…`: a reply), and led by a little word
      // (`Le résultat ?`, `The catch?`, `Lequel ?`, `Which one?`). A question of no specific word
      // is the crowd's when nothing follows it (`Et vous ?`), a suspense when something does.
      if (sentenceWords <= SUSPENSE_WORDS && sentenceTokens <= SUSPENSE_TOKENS && sentencesBefore > 0 && isStopWord(tokens[sentenceFrom]!.norm)) out.suspense.push(span);
    }
    if (sentenceFrom >= 0) sentencesBefore++;
    sentenceStart = true;
    sentenceFrom = -1;
    sentenceWords = 0;
    sentenceTokens = 0;
    baitFrom = -1;
    baitDone = false;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (i > 0 && lineBreakBetween(text, tokens[i - 1]!.end, t.start)) endSentence(null);
    if (t.kind === "punct") {
      // Suspension points, and an item of a list pointed at (`#3 is a shocker`), may tease.
      if (t.text === "…" || (t.text === "." && tokens[i + 1]?.text === "." && tokens[i + 2]?.text === ".") || (t.text === "#" && tokens[i + 1]?.kind === "number")) out.patternCues |= CUE_CLICKBAIT_FR | CUE_CLICKBAIT_EN;
      if (endsSentence(t.text)) endSentence(t);
      continue;
    }
    if (t.kind === "emoji") {
      if (!out.cue && lex.cueEmoji.size && lex.cueEmoji.has(stripSelectors(t.text))) out.cue = t;
      if (baitFrom >= 0 && !baitDone && lex.baitEmoji.has(stripSelectors(t.text))) {
        out.bait.push({ start: tokens[baitFrom]!.start, end: t.end });
        baitDone = true;
      }
      // Emoji often close a sentence in tweets (`Big day 🎉 Thanks all`): a capital after one starts a sentence.
      sentenceStart = true;
      continue;
    }
    if (t.kind === "word" || t.kind === "number" || t.kind === "cashtag") out.hasText = true;
    else if (t.kind === "hashtag" && lex.hypeHashtags.has(t.norm)) out.hypeTag = true;
    if (t.kind === "word") {
      // One lookup for every list a word may cue (most words cue none).
      const cues = cueWords.get(t.norm);
      if (cues !== undefined) {
        out.patternCues |= cues & CUE_PATTERNS;
        // A slogan needs a comparative, or two words to the reader (`Your money. Your rules.`).
        if (cues & CUE_READER && ++toReader >= 2) out.patternCues |= CUE_SLOGAN;
        if (cues & CUE_GUESS) out.guess = true;
      }
      if (t.text.length <= 3 && lex.shoutedOne.has(t.text)) out.shoutedOne = true;
    }
    if (t.kind === "number" && isSloganFigure(tokens, i, lex)) {
      out.sloganFigures.push({ start: t.start, end: tokens[i + 2]!.end, toReader: lex.readerWords.has(tokens[i + 2]!.norm) });
      continue;
    }
    if (t.kind === "url" || t.kind === "mention" || t.kind === "cashtag" || t.kind === "number") {
      out.anchored = true;
      if (!out.firm && firmAnchor(tokens, i, lex)) out.firm = true;
    }
    while (mi < matches.length && matches[mi]!.last < i) mi++;
    const m = matches[mi] !== undefined && matches[mi]!.first <= i ? matches[mi]! : undefined;
    const kind = m ? m.data : 0;
    const atStart = sentenceStart;
    if (t.kind === "word" && sentenceFrom < 0) sentenceFrom = i;
    if (t.kind === "word") sentenceTokens++;
    if (t.kind === "word") sentenceStart = false;
    // Bait: a call to act that opens the sentence, then a cue later in it.
    if (atStart && t.kind === "word" && lex.baitVerbs.has(t.norm)) baitFrom = i;
    else if (baitFrom >= 0 && !baitDone && kind & KIND.baitCue) {
      out.bait.push({ start: tokens[baitFrom]!.start, end: m!.end });
      baitDone = true;
    }
    if (m && i === m.first) {
      if (kind & KIND.thing && !out.thing) out.thing = m;
      if (kind & KIND.cue && !out.cue) out.cue = m;
    }
    if (kind & NOT_CONTENT) {
      if (kind & (KIND.vague | KIND.thing | KIND.cue) && i === m!.first) out.vague.push({ start: m!.start, end: m!.end });
      continue;
    }
    // Words inside filler patterns (`+1`) are not content either.
    while (ni < noise.length && noise[ni]!.end <= t.start) ni++;
    if (ni < noise.length && noise[ni]!.start <= t.start) continue;
    if (t.kind === "number" || t.kind === "cashtag") {
      out.count += 1;
      sentenceWords += 1;
      out.words.push(t);
    } else if (t.kind === "word" && isContentWord(t, lex)) {
      out.count += 1;
      sentenceWords += 1;
      out.words.push(t);
      if (!out.firm && isName(t, atStart)) {
        if (mayBeShouted(t.text)) out.shouted.push(t);
        else out.anchored = out.firm = true;
      }
    } else if (t.kind === "hashtag" && !lex.emptyWords.has(t.norm)) out.count += HASHTAG_WEIGHT;
  }
  if (!out.cue) out.cue = suspension(tokens);
  // A suspense question keeps its answer for later: something must follow it.
  if (out.suspense.length) {
    let lastWord = -1;
    for (const t of tokens) if (t.kind === "word" || t.kind === "number") lastWord = t.start;
    // …and no other question after it (`Qui fait ça ?? QUI ??` is indignation, not suspense).
    let lastQuestion = -1;
    for (const t of tokens) if (t.kind === "punct" && isQuestionMark(t.text)) lastQuestion = t.start;
    out.suspense = out.suspense.filter((q) => q.end <= lastWord && q.end > lastQuestion);
    if (out.suspense.length && out.questions.length) out.questions = out.questions.filter((q) => !out.suspense.some((s) => s.start === q.start));
  }
  return out;
}

/** `100 %` followed by a word that is not a crowd's (`100 % humaine`, `100% you`; not `100 % des clients`). */
function isSloganFigure(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  if (tokens[i]!.text !== "100" || tokens[i + 1]?.text !== "%") return false;
  const after = tokens[i + 2];
  if (after === undefined || after.kind !== "word") return false;
  return lex.readerWords.has(after.norm) || (!lex.crowdLinks.has(after.norm) && !isStopWord(after.norm));
}

/** A teaser cue listed in words (`tomorrow`, `rendez-vous demain`), not suspension points, an emoji or a cheer (`de fou`), which also tell stories. */
function wordCue(cue: Span | null): boolean {
  return cue !== null && "data" in cue && typeof cue.data === "number" && (cue.data & KIND.hype) === 0;
}

/** Suspension points closing the draft (`Une surprise se prépare…`, `Something's coming...`), emoji after them aside: a teaser cue. */
function suspension(tokens: readonly Token[]): Span | null {
  let j = tokens.length - 1;
  while (j >= 0 && tokens[j]!.kind === "emoji") j--;
  const last = tokens[j];
  if (!last || last.kind !== "punct") return null;
  if (last.text === "…") return last;
  const a = tokens[j - 2];
  return last.text === "." && tokens[j - 1]?.text === "." && a?.text === "." && a.end + 2 === last.end ? { start: a.start, end: last.end } : null;
}

/** A name: a capitalised word that does not start a sentence, or an acronym (BCE, CAC40, INSEE). */
function isName(t: Token, sentenceStart: boolean): boolean {
  const first = t.text[0]!;
  if (first === first.toLowerCase() || t.text.endsWith("'")) return false;
  if (!sentenceStart) return true;
  return t.text.length >= 2 && t.text.length <= 6 && t.text === t.text.toUpperCase();
}

/** Shortest capitalised word that may be a shouted common word rather than an acronym (`SEC`, `BCE`, `BIG` stay names). */
const SHOUTED_MIN = 4;
/** Longest acronym or name written in capitals (`NASDAQ`, `PARIBAS`); a longer word in capitals is shouted (`EXCEPTIONNELLE`). */
const ACRONYM_MAX = 7;

function mayBeShouted(word: string): boolean {
  return word.length >= SHOUTED_MIN && isUpperCaseWord(word);
}

/**
 * Whether one of the words in capitals is a name: not one of the language's common words
 * (`insurers HATE this`, `écrivez TAUX en commentaire` shout; `INSEE`, `BPCE`, `NASDAQ` are
 * names), nor longer than an acronym (`Un service INCOMPARABLE`). Read only for a draft that nothing else anchors, so the word list loads rarely.
 */
function shoutedName(ctx: RuleContext, shouted: readonly Token[], lex: Lexicon): boolean {
  const rank = lex.commonWordRank[ctx.lang];
  if (!rank) return shouted.length > 0;
  const common = commonWords(ctx.lang, rank);
  return shouted.some((t) => t.text.length <= ACRONYM_MAX && (t.key === null || !common.has(t.key)));
}

/** The draft's first hashtag of empty enthusiasm (`#inspiration`), or null. */
function hypeHashtagIn(tokens: readonly Token[], lex: Lexicon): Token | null {
  if (lex.hypeHashtags.size === 0) return null;
  for (const t of tokens) if (t.kind === "hashtag" && lex.hypeHashtags.has(t.norm)) return t;
  return null;
}

/** The draft's first emoji or symbol of a set (`✨`, `👇`, `→`), or null. */
function emojiIn(tokens: readonly Token[], set: ReadonlySet<string>): Token | null {
  if (set.size === 0) return null;
  for (const t of tokens) if ((t.kind === "emoji" || t.kind === "punct") && set.has(stripSelectors(t.text))) return t;
  return null;
}

const CUE_CLICKBAIT_FR = 1;
const CUE_CLICKBAIT_EN = 32;
const CUE_HYPE_FR = 2;
const CUE_HYPE_EN = 256;
const CUE_SLOGAN = 4;
const CUE_PLACEHOLDER = 8;
const CUE_REWARD = 16;
/** The bits above, which a word sets in Content.patternCues directly. */
const CUE_PATTERNS = CUE_CLICKBAIT_FR | CUE_CLICKBAIT_EN | CUE_HYPE_FR | CUE_HYPE_EN | CUE_SLOGAN | CUE_PLACEHOLDER | CUE_REWARD;
/** A word to the reader (two make a slogan's cue) and a guess verb (guessingGames). */
const CUE_READER = 64;
const CUE_GUESS = 128;

const cueTables = new WeakMap<Lexicon, Map<string, number>>();

/** Each cue word's lists as bits, built once per lexicon: one map lookup per word instead of one per list. */
function cueTable(lex: Lexicon): Map<string, number> {
  let table = cueTables.get(lex);
  if (table) return table;
  table = new Map<string, number>();
  const add = (words: ReadonlySet<string>, bit: number) => {
    for (const w of words) table!.set(w, (table!.get(w) ?? 0) | bit);
  };
  add(lex.clickbait.fr.cues, CUE_CLICKBAIT_FR);
  add(lex.clickbait.en.cues, CUE_CLICKBAIT_EN);
  add(lex.hype.fr.cues, CUE_HYPE_FR);
  add(lex.hype.en.cues, CUE_HYPE_EN);
  add(lex.sloganWords, CUE_SLOGAN);
  add(lex.placeholderPatternCues, CUE_PLACEHOLDER);
  add(lex.rewardPatternCues, CUE_REWARD);
  add(lex.readerWords, CUE_READER);
  add(lex.guessVerbs, CUE_GUESS);
  cueTables.set(lex, table);
  return table;
}

/** Matches of a pattern list on the folded draft (lower case, no accents, same offsets), as the patterns are compiled. */
function foldedSpans(text: string, patterns: readonly RegExp[]): Span[] {
  return patternSpans(foldSameLength(text), patterns);
}

/** Whether the draft credits where its facts come from (`selon`, `according to`, `via @…`: informed's origins; a reporting verb such as `said` also tells a story). */
function creditsSource(ctx: RuleContext, tokens: readonly Token[]): boolean {
  // informed's reading (shared, read once per draft): `via the link in bio` credits no one, `via @Reuters` does.
  const e = findEvidence(ctx.text, tokens, informedLexicon(ctx.packs), ctx.lang);
  return e.namedOrigins.length > 0 || e.bareOrigins.length > 0;
}

/** Whether only punctuation and emoji follow token i. */
function closesDraft(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length; k++) if (tokens[k]!.kind !== "punct" && tokens[k]!.kind !== "emoji") return false;
  return true;
}

/** Adds a span unless it overlaps one already listed; true when added. */
function addNew(spans: Span[], span: Span): boolean {
  for (const s of spans) if (s.start < span.end && span.start < s.end) return false;
  spans.push(span);
  return true;
}

/** Fragments of a slogan: sentences of at most this many words. */
const SLOGAN_WORDS = 2;
/** How many such fragments in a row make a slogan. */
const SLOGAN_RUN = 3;

/**
 * A staccato slogan: three sentences or more in a row of one or two words each (`Plus simple.
 * Plus rapide. Plus vous.`, `Simpler. Smarter. Yours.`, `Best. Conference. Ever.`), the cadence
 * of an advert, not of a report. The same cadence also lists a day (`Rain. Traffic. Forgot
 * lunch.`), so the run is a slogan only with a comparative in it (`plus`, `simpler`), two words
 * to the reader (`Your money. Your rules.`), or beside hype.
 * Returns the run, or null.
 */
function staccato(text: string, tokens: readonly Token[], lex: Lexicon, cheering: boolean): Span | null {
  let run = 0;
  let runStart = -1;
  let words = 0;
  let from = -1;
  let last = -1;
  // The longest run wins; it is read on to its last fragment (`Clearer. Closer. Yours.`).
  let found: Span | null = null;
  const close = () => {
    if (words >= 1 && words <= SLOGAN_WORDS) {
      if (run === 0) runStart = from;
      run++;
      if (run >= SLOGAN_RUN && (!found || tokens[runStart]!.start <= found.start)) found = { start: tokens[runStart]!.start, end: tokens[last]!.end };
    } else if (words > SLOGAN_WORDS) run = 0;
    words = 0;
    from = -1;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (i > 0 && lineBreakBetween(text, tokens[i - 1]!.end, t.start)) close();
    if (t.kind === "punct") {
      if (endsSentence(t.text) && t.text !== ":") {
        last = i;
        close();
      }
    } else if (t.kind === "word") {
      if (from < 0) from = i;
      words++;
      last = i;
    } else if (t.kind === "number") {
      // A figure is a fact, not a slogan's beat (and `&#128514;` pieces are not words).
      words = SLOGAN_WORDS + 1;
    } else if (t.kind === "emoji") {
      // An emoji closes a beat as a full stop does (`…qui ose 🌍🔥 Plus simple. Plus rapide. Plus vous.`).
      if (words > 0) close();
    }
  }
  close();
  if (!found) return null;
  // `found` is set in the closure, which TypeScript does not follow.
  const slogan = found as Span;
  if (cheering) return slogan;
  // …or addressed to the reader twice or more (`Your money. Your rules. Your bank.`; not `Are. You. Kidding. Me.`).
  let toReader = 0;
  for (const t of tokens) {
    if (t.kind !== "word" || t.start < slogan.start || t.end > slogan.end) continue;
    if (lex.sloganWords.has(t.norm)) return slogan;
    if (lex.readerWords.has(t.norm) && ++toReader >= 2) return slogan;
  }
  return null;
}

/** Words that date a record (`du jamais vu depuis 2010`, `unheard of since 2008`): a comparison, not a cheer. */
const SINCE = new Set(["depuis", "since"]);

/** Whether a superlative at token i is dated by a year or a figure after it. */
function datedRecord(tokens: readonly Token[], i: number): boolean {
  return SINCE.has(tokens[i + 1]?.norm ?? "") && tokens[i + 2]?.kind === "number";
}

/** Runs of exclamation marks (`!!`, `!!!`) read as hype whatever the words. */
function shouting(text: string): Span[] {
  // Found with indexOf, not matchAll: an iterator and a match array per run cost more than the search.
  let at = text.indexOf("!!");
  if (at < 0) return [];
  const runs: Span[] = [];
  while (at >= 0) {
    let end = at + 2;
    while (text.charCodeAt(end) === 33) end++;
    runs.push({ start: at, end });
    at = text.indexOf("!!", end);
  }
  return runs;
}

/**
 * Whether the cool-down's detector reads the draft as written in anger, by its own threshold
 * (whatever the cool-down rule's settings: the question is what the `!!` say). Capitals and
 * punctuation alone never reach that threshold (enthusiasm shouts too): it takes hostile words,
 * insults or angry emoji.
 */
function readsAngry(ctx: RuleContext): boolean {
  const k = knowledgeFor(ctx.packs, ctx.lang);
  return detect(ctx.text, k, ctx.allowed).score >= k.weights.threshold;
}

/**
 * Emoji of everyday domains that firms put on their own announcements as decoration (`Big
 * things are coming!!! 🎉`, `Bonjour ☕`, `un avenir éclatant ☀️`, `10 ans 🥂`): they tell no
 * everyday story on their own.
 */
const DECORATIVE_DOMAINS = new Set(["celebrations", "drinks", "weather"]);

/** Whether the draft names an everyday thing of the `relevant` rule's lists (`snowman`, `notaire`, `10k`, or its emoji: `🚗`, `🍕`, `🏃`). */
function tellsEverydayLife(ctx: RuleContext, tokens: readonly Token[]): boolean {
  const lex = lifeLexicon(ctx.packs);
  if (lifeMatches(lex, tokens).some((m) => (m.data.kind & LIFE.trivia) !== 0)) return true;
  for (const t of tokens) {
    if (t.kind !== "emoji") continue;
    const domain = lex.domainEmoji.get(emojiKey(t.text));
    if (domain !== undefined && !DECORATIVE_DOMAINS.has(domain)) return true;
  }
  return false;
}

/**
 * Nothing specific: a vague draft (no figure, link, mention, cashtag or name) that passes on its
 * word count with at most GENERIC_MAX_WORDS specific words, all of them among its language's
 * most common words (`commonWordRank`), and that holds no figure written in words, no hashtag of
 * substance, no sector topic, headline word, audience interest, everyday thing, business word or
 * first-person voice (`subjects.ts`). Returns those common words, or null. The common-word list
 * is read only here, for the few drafts that get this far; the cheapest tests come first.
 */
export function nothingSpecific(ctx: RuleContext, tokens: readonly Token[], content: Content, lex: Lexicon): Token[] | null {
  const rank = lex.commonWordRank[ctx.lang];
  if (!rank || content.words.length === 0 || content.count > GENERIC_MAX_WORDS) return null;
  for (const t of tokens) if (t.kind === "word" && lex.numberWords.has(t.key!)) return null;
  const common = commonWords(ctx.lang, rank);
  for (const t of content.words) if (t.kind !== "word" || !common.has(t.key!)) return null;
  // A hashtag is a subject unless it is an everyday or empty word (`#motivation`, `#mood`).
  for (const t of tokens) if (t.kind === "hashtag" && !common.has(t.key!) && !lex.emptyWords.has(t.norm)) return null;
  return namesSomething(ctx, tokens) ? null : content.words;
}

/**
 * Log odds of empty talk from which the learned model fails a draft the lists and structures
 * pass. Chosen on drafts held out of training, eight folds of blind sets (docs/quality.md): at 4
 * it flagged none of 4,492 news drafts and 3 of 7,355 personal tweets and opinions.
 */
export const LEARNED_ODDS = 4;
/** How far under the limit a draft the model reads as empty scores. */
const LEARNED_MARGIN = 0.1;

/**
 * The learned model's reading, when it says empty talk: only for a draft that states no facts
 * (no credited source, not two figures with their unit), and unless the rule's `learned` option
 * is false: the words that weigh most in it, or null.
 */
function readsEmpty(ctx: RuleContext, tokens: readonly Token[], lex: Lexicon): Feature[] | null {
  if (ctx.options.learned === false) return null;
  if (creditsSource(ctx, tokens) || statesFacts(ctx, tokens, lex)) return null;
  const model = builtInModel("not-empty");
  if (!model) return null;
  const features = tokensForModel(replyBody(tokens, lex));
  if (oddsOf(features, model) <= LEARNED_ODDS) return null;
  // A finding names the words that caused it: a reading carried by stop words and length alone is not enough.
  const cues = cuesOf(features, model);
  return cues.length ? cues : null;
}

/**
 * A reply to a customer as the model should read it: past the handles it answers and its greeting
 * and first name (`@bastien_gld Bonjour, votre attestation…`, `@jenny_w88 Hi Jenny, renewal prices
 * have gone up…`), without the community manager's signature (`^Kim`). The learned fillers are
 * replies with nothing else (`Hi Sarah, sorry to hear this. Could you drop us a DM…`): greeted or
 * not, such a reply still reads so.
 */
function replyBody(tokens: readonly Token[], lex: Lexicon): readonly Token[] {
  if (tokens[0]?.kind !== "mention") return tokens;
  let from = 0;
  while (tokens[from]?.kind === "mention") from++;
  // (Handles with no greeting after them are chatter's as often: the model reads them.)
  if (!(tokens[from]?.kind === "word" && lex.greetings.has(tokens[from]!.norm))) return tokens;
  from++;
  // …and the name after it, then its comma (`Bonjour Julien,`, `Hi Jenny,`).
  if (tokens[from]?.kind === "word" && /^\p{Lu}/u.test(tokens[from]!.text) && tokens[from + 1]?.text === ",") from++;
  if (tokens[from]?.text === ",") from++;
  let to = tokens.length;
  if (to - from > 2 && tokens[to - 2]!.text === "^" && tokens[to - 1]!.kind === "word") to -= 2;
  return tokens.slice(from, to);
}

function threshold(ctx: RuleContext): number {
  const value = ctx.options.threshold;
  return typeof value === "number" && value >= 0 && value <= 1 ? value : DEFAULT_THRESHOLD;
}

function minWords(ctx: RuleContext, lex: Lexicon): number {
  const value = ctx.options.minContentWords;
  return typeof value === "number" && value >= 1 ? value : lex.minContentWords;
}

/** The one penalised kind of a phrase in several lists, in the order the lists are read. */
/**
 * A clickbait's withheld referent: a demonstrative and, within two words, a noun the draft does
 * not name (`this simple trick`, `cette erreur`, `ces 3 erreurs`). One sign of clickbait; a draft
 * that otherwise says something concrete still passes with one (see PENALTIES).
 */
function withheld(tokens: readonly Token[], matches: readonly PhraseMatch<number>[], lex: Lexicon, shoutedOne: boolean): Array<Withheld> {
  const out: Withheld[] = [];
  for (let i = 0; i < matches.length; i++) {
    const d = matches[i]!;
    // `Un seul réglage`, `One small setting`: singled out and not named, whatever the noun.
    if (d.data & KIND.sole) {
      const next = tokens[d.last + 1];
      // `pas un seul conseiller`, `d'un seul coup`, `without a single…`: a count, not a secret.
      const before = tokens[d.first - 1];
      // …nor `une seule fois`, `a single time`: how often, not what.
      if (next?.kind === "word" && !ONCE.has(next.norm) && !(before?.kind === "word" && NOT_SINGLING.has(before.norm))) out.push({ start: d.start, end: next.end, strong: false });
      continue;
    }
    if (!(d.data & (KIND.demonstrative | KIND.pronoun))) continue;
    // `Banks hate it when you do this 🤫`, `faites ça 👀`: a pronoun closing its sentence on an emoji
    // points at what the draft keeps back (`Anyone want these?` does not).
    // …also after its question or exclamation mark (`moving their cash into this? 🤫`).
    // …and one shouted in a sentence that is not (`quietly doing THIS before hurricane season?`, `ils font ÇA avec votre épargne`).
    if (d.data & KIND.pronoun && (tokens[d.last + 1]?.kind === "emoji" || pointedAfterMark(tokens, d.last, lex) || shoutedAlone(tokens, d.first))) {
      out.push({ start: d.start, end: d.end, strong: false });
      continue;
    }
    if (!(d.data & KIND.demonstrative)) continue;
    for (let j = i + 1; j < matches.length && matches[j]!.first <= d.last + 3; j++) {
      const n = matches[j]!;
      if (n.data & KIND.withheld && wordsBetween(tokens, d.last, n.first) <= 2) {
        // Strong when the noun follows at once or after one word (`cette erreur`, `this simple trick`); `Ce serait une erreur` is a judgement.
        out.push({ start: d.start, end: n.end, strong: lex.pointingDemonstratives.has(fold(d.phrase)) && wordsBetween(tokens, d.last, n.first) <= 1 });
        break;
      }
    }
  }
  // `Il y a UNE clause…`, `There's ONE line…`: a single thing shouted and not named (not in a draft shouted whole: `C'EST UNE HONTE`).
  if (shoutedOne) for (let i = 0; i + 1 < tokens.length; i++) if (tokens[i]!.kind === "word" && lex.shoutedOne.has(tokens[i]!.text) && tokens[i + 1]!.kind === "word" && !isUpperCaseWord(tokens[i + 1]!.text)) out.push({ start: tokens[i]!.start, end: tokens[i + 1]!.end, strong: false });
  // A listicle: the draft opens on a count of withheld things (`7 money habits…`, `3 signes que…`),
  // possibly after a determiner (`Nos 4 conseils…`, `The 5 mistakes…`).
  let first = tokens.findIndex((t) => t.kind !== "punct" && t.kind !== "emoji");
  if (first >= 0 && tokens[first]!.kind === "word" && isStopWord(tokens[first]!.norm) && tokens[first + 1]?.kind === "number") first++;
  // …written in figures or in words (`Three words that…`, `Trois erreurs…`).
  const spelled = first >= 0 && tokens[first]!.kind === "word" && lex.numberWords.has(tokens[first]!.key ?? "") && SMALL_COUNTS.has(tokens[first]!.norm);
  if (first >= 0 && (tokens[first]!.kind === "number" || spelled)) {
    // A small count (`3 mistakes`, `Nos 4 conseils`) is a list kept back; `12k steps` is a figure.
    const n = tokens[first]!;
    const count = spelled || (/^\d{1,2}$/.test(n.text) && Number(n.text) >= 2 && tokens[first + 1]?.start !== n.end);
    const noun = matches.find((m) => m.data & KIND.withheld && m.first > first && wordsBetween(tokens, first, m.first) <= 2);
    if (noun) out.push({ start: tokens[first]!.start, end: noun.end, strong: count, listicle: true });
  }
  return out;
}


/** A thing kept back; `listicle` when it is the count a list opens on (`Three reasons…`). */
type Withheld = Span & { strong: boolean; listicle?: boolean };

/** Counts spelled out that open a list (`three`, `trois`): `hundred` or `million` open a figure. */
const SMALL_COUNTS = new Set(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"]);

/** A word in capitals of three letters or more whose neighbours are not: shouted alone (`doing THIS`), not a draft in capitals. */
function shoutedAlone(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.text.length < 3 || !isUpperCaseWord(t.text)) return false;
  const near = [tokens[i - 1], tokens[i + 1]].filter((n): n is Token => n !== undefined && n.kind === "word");
  return near.length > 0 && near.every((n) => !isUpperCaseWord(n.text));
}

/** A `?` or `!` right after token i, then an emoji that points at the bait (`👀`, `🤔`) or at a time to come (`⏳`). */
function pointedAfterMark(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  const mark = tokens[i + 1];
  const emoji = tokens[i + 2];
  if (mark?.kind !== "punct" || !(isQuestionMark(mark.text) || mark.text === "!") || emoji?.kind !== "emoji") return false;
  const e = stripSelectors(emoji.text);
  return lex.clickbaitEmoji.has(e) || lex.cueEmoji.has(e);
}

/** `fois`, `time`: after a sole quantifier, a count of times (`sans m'arrêter une seule fois`). */
const ONCE = new Set(["fois", "time", "times"]);

/** Words before a sole quantifier that make it a count (`pas un seul`, `d'un seul`, `pour un seul événement`), not a secret. */
const NOT_SINGLING = new Set(["pas", "plus", "sans", "ni", "d'", "de", "pour", "par", "en", "dans", "not", "no", "without", "nor", "in", "for", "per"]);

/** Word or number tokens strictly between two token indices (punctuation ends the search). */
function wordsBetween(tokens: readonly Token[], from: number, to: number): number {
  let n = 0;
  for (let k = from + 1; k < to; k++) {
    const t = tokens[k]!;
    if (t.kind === "punct") return Infinity;
    n++;
  }
  return n;
}

/** A listed sign that announces a thread below (`(thread)`, `thread below`, `petit thread`). */
function isThreadMarker(sign: Span, lex: Lexicon): boolean {
  const phrase = (sign as Partial<PhraseMatch>).phrase;
  return phrase !== undefined && lex.threadMarkers.has(fold(phrase));
}

/** A word of substance said in three sentences or more (`sens`, `banking`; not `cool cool cool`): from its first to its last time. */
function refrain(tokens: readonly Token[]): Span | null {
  const seen = new Map<string, { first: Token; last: Token; n: number; sentence: number }>();
  let sentence = 0;
  for (const t of tokens) {
    if (t.kind === "punct" && endsSentence(t.text) && t.text !== ":") sentence++;
    if (t.kind !== "word" || t.norm.length < 3 || isStopWord(t.norm)) continue;
    const key = t.key ?? t.norm;
    const s = seen.get(key);
    if (!s) seen.set(key, { first: t, last: t, n: 1, sentence });
    else if (s.sentence !== sentence) {
      s.last = t;
      s.sentence = sentence;
      if (++s.n >= 3) return { start: s.first.start, end: s.last.end };
    }
  }
  return null;
}

/** Whether a firm speaks (`we`, `our`, `nous`, `notre`): informed's list of its own voice. */
function ownVoiced(ctx: RuleContext, tokens: readonly Token[]): boolean {
  const own = informedLexicon(ctx.packs).ownVoice;
  for (const t of tokens) if (t.kind === "word" && own.has(t.norm)) return true;
  return false;
}

/** A pointing emoji added as a sign by `pointers`. */
function isPointerEmoji(text: string, sign: Span, lex: Lexicon): boolean {
  return lex.clickbaitEmoji.has(stripSelectors(text.slice(sign.start, sign.end)));
}

/** Facts given with their figures (two with a unit) or with a credited source and one (`selon…`, or a name that reports: `L'ACPR publie… 8 M€`). */
/** Content words a thread's opening statement needs for one figure to make it a fact (see check). */
const THREAD_FACT_WORDS = 10;
/** A thread's first point written out after its marker: `1/` or `1/6`, then six words or more. */
const FIRST_POINT = /(?:^|\s)1\/\d*\s+(?:\S+\s+){5,}\S+/u;

/** Figures with their unit or their name (see firmAnchor). */
function firmFigures(tokens: readonly Token[], lex: Lexicon): number {
  let figures = 0;
  for (let i = 0; i < tokens.length; i++) if (tokens[i]!.kind === "number" && firmAnchor(tokens, i, lex)) figures++;
  return figures;
}

function statesFacts(ctx: RuleContext, tokens: readonly Token[], lex: Lexicon): boolean {
  const figures = firmFigures(tokens, lex);
  if (figures >= 2) return true;
  if (figures === 0) return false;
  if (creditsSource(ctx, tokens)) return true;
  return findEvidence(ctx.text, tokens, informedLexicon(ctx.packs), ctx.lang).namedReporting.length > 0;
}

function pointers(tokens: readonly Token[], lex: Lexicon): Span[] {
  const out: Span[] = [];
  if (lex.clickbaitEmoji.size === 0) return out;
  for (const t of tokens) if (t.kind === "emoji" && lex.clickbaitEmoji.has(stripSelectors(t.text))) out.push({ start: t.start, end: t.end });
  return out.slice(0, 1);
}

function primary(kind: number): number {
  if (kind & KIND.filler) return KIND.filler;
  if (kind & KIND.hype) return KIND.hype;
  if (kind & KIND.clickbait) return KIND.clickbait;
  if (kind & KIND.teaser) return KIND.teaser;
  return 0;
}

/** The clickbait and hype patterns of each language whose cue words were read (`cues`, see contentOf), added once each. */
function addPatternSigns(text: string, cues: number, lex: Lexicon, clickbait: Span[], hype: Span[]): void {
  addPatterns(text, cues, CUE_CLICKBAIT_FR, CUE_CLICKBAIT_EN, lex.clickbait, clickbait);
  addPatterns(text, cues, CUE_HYPE_FR, CUE_HYPE_EN, lex.hype, hype);
}

/** One kind's patterns, in the languages whose cue bit is set (most drafts hold none), in text order. */
function addPatterns(text: string, cues: number, fr: number, en: number, lists: Record<"fr" | "en", { patterns: () => RegExp[] }>, into: Span[]): void {
  if (!(cues & (fr | en))) return;
  const spans: Span[] = [];
  if (cues & fr) spans.push(...foldedSpans(text, lists.fr.patterns()));
  if (cues & en) spans.push(...foldedSpans(text, lists.en.patterns()));
  // French first at the same place, as one alternation of both lists read them.
  if (cues & fr && cues & en) spans.sort((a, b) => a.start - b.start);
  for (const s of spans) addNew(into, s);
}

/** The listed phrases' signs, by kind (a phrase's first kind wins), and the hashtags that spell one (`#staytuned`). */
function phraseSigns(tokens: readonly Token[], matches: readonly PhraseMatch<number>[], lex: Lexicon): { filler: Span[]; hype: Span[]; clickbait: Span[]; teaser: Span[] } {
  const filler: Span[] = [];
  const hype: Span[] = [];
  const clickbait: Span[] = [];
  const teaser: Span[] = [];
  for (const m of matches) {
    // A community manager's signature (`^Ravi`, `^Sophie`) is a name, not a word (`ravi` is hype in French).
    if (m.first > 0 && tokens[m.first - 1]!.text === "^") continue;
    const kind = primary(m.data);
    if (kind === KIND.filler) filler.push(m);
    else if (kind === KIND.hype) {
      if (!datedRecord(tokens, m.last)) hype.push(m);
    } else if (kind === KIND.clickbait) clickbait.push(m);
    else if (kind === KIND.teaser) teaser.push(m);
  }
  // A hashtag spelling a several-word phrase (`#staytuned`) is that phrase.
  for (const t of tokens) {
    if (t.kind !== "hashtag") continue;
    const kind = tagPhraseKind(lex, t.key!);
    if (kind & KIND.filler) filler.push(t);
    else if (kind & KIND.hype) hype.push(t);
    else if (kind & KIND.clickbait) clickbait.push(t);
    else if (kind & KIND.teaser) teaser.push(t);
  }
  return { filler, hype, clickbait, teaser };
}

/** A draft at or over the threshold: still empty if none of its words says something specific, or if the learned model reads it so. */
function passing(ctx: RuleContext, tokens: readonly Token[], content: Content, lex: Lexicon, vague: boolean, score: number, limit: number, say: (key: string, params?: Record<string, string | number>) => string): RuleOutcome {
  const { text, locale } = ctx;
  // Passing on its word count alone: does any of its words say something specific?
  const common = vague ? nothingSpecific(ctx, tokens, content, lex) : null;
  const lowered = common ? Math.max(0, score - PENALTIES.generic) : score;
  if (!common || lowered >= limit) {
    // What no list holds, the learned model may still read as empty talk (src/text/bayes.ts).
    // (Not with a threshold of 0, which passes every draft.)
    const learned = limit > 0 ? readsEmpty(ctx, tokens, lex) : null;
    if (!learned) return { score, findings: [] };
    const words = quoteList(mapPacked(learned, (c) => text.slice(c.start, c.end)), locale);
    const span = { start: learned[0]!.start, end: learned[learned.length - 1]!.end };
    return { score: Math.max(0, Math.min(score, limit - LEARNED_MARGIN)), findings: [{ ...span, message: say("learned", { words }), suggestion: say("learnedFix") }] };
  }
  const words = quoteList([...new Map(mapPacked(common, (t) => [t.key, t.text] as const)).values()], locale, 4);
  return { score: lowered, findings: [{ start: 0, end: text.length, message: say("generic", { words }), suggestion: say("genericFix") }] };
}

interface Signs {
  placeholders: readonly Span[];
  reward: readonly Span[];
  clickbait: readonly Span[];
  bait: readonly Span[];
  teaser: readonly Span[];
  teaserKey: string;
  filler: readonly Span[];
  crowd: readonly Span[];
  hype: readonly Span[];
  content: Content;
}

/** One finding per kind of emptiness, naming all its words; the word count only when nothing else explains the score. */
function explain(text: string, locale: Lang, say: (key: string, params?: Record<string, string | number>) => string, p: Signs): RawFinding[] {
  const quote = (spans: readonly Span[], max?: number) => quoteList(mapPacked(spans, (s) => text.slice(s.start, s.end)), locale, max);
  // One finding per kind of emptiness, naming all its words; the word count only when nothing else explains the score.
  const findings: RawFinding[] = [];
  const group = (spans: readonly Span[], key: string) => {
    if (!spans.length) return;
    // A span inside another (`World-class` in a slogan) is quoted with it, not again.
    const outer = spans.filter((s, i) => !spans.some((o, j) => j !== i && o.start <= s.start && s.end <= o.end && (o.end - o.start > s.end - s.start || j < i)));
    const ordered = outer.sort((a, b) => a.start - b.start);
    findings.push({ start: ordered[0]!.start, end: ordered[ordered.length - 1]!.end, message: say(key, { words: quote(ordered) }), suggestion: say(`${key}Fix`) });
  };
  group(p.placeholders, "placeholder");
  group(p.reward, "reward");
  group(p.clickbait, "clickbait");
  group(p.bait, "bait");
  group(p.teaser, p.teaserKey);
  group(p.filler, "filler");
  group(p.crowd, "crowd");
  group(p.hype, "hype");
  if (findings.length === 0) {
    const count = p.content.words.length;
    if (p.content.vague.length && count <= 2) {
      const words = count ? say("vagueWith", { words: quote(p.content.words) }) : "";
      findings.push({
        start: p.content.vague[0]!.start,
        end: p.content.vague[p.content.vague.length - 1]!.end,
        message: say("vague", { vague: quote(p.content.vague, 4), with: words }),
        suggestion: say("vagueFix"),
      });
    } else {
      const key = count === 0 ? "nothing" : count === 1 ? "thinOne" : "thin";
      findings.push({ start: 0, end: text.length, message: say(key, { count, words: quote(p.content.words) }), suggestion: say("thinFix") });
    }
  }
  return findings.sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
}

export const rule: Rule = {
  id: "not-empty",
  defaultSeverity: "error",
  scoreKey: "not-empty",
  describe: {
    en: "The draft says something: enough specific words, no filler, empty hype, teaser, clickbait or engagement bait, not only hashtags, mentions, emoji or a link.",
    fr: "Le brouillon dit quelque chose : assez de mots précis, ni remplissage, ni enthousiasme creux, ni teasing, ni appât à clics ou à likes, pas seulement des hashtags, mentions, emoji ou un lien.",
  },
  check(ctx) {
    const { text, locale } = ctx;
    // An empty draft is max-length's to report.
    if (text.trim() === "") return { findings: [] };
    const tokens = tokensOf(text);
    const lex = lexicon(ctx.packs);
    const matches = lex.phrases.match(tokens);
    const { filler, hype, clickbait, teaser } = phraseSigns(tokens, matches, lex);
    // Withheld telling (`ne vous disent pas`) and teaser headlines (`Here's what changed 👇`), each
    // counted once where a listed phrase already says it (`ne vous dit jamais`, `voici pourquoi`).
    const patterns = patternSpans(text, lex.fillerPatterns);
    if (patterns.length > 1) patterns.sort((a, b) => a.start - b.start);
    for (const p of patterns) filler.push(p);
    // `!!` cheers a launch (`Gros lancement demain !! 🚀`) as much as a first 10k (`Ran my first
    // 10k!! legs are jelly`): in a draft that tells an everyday thing it is joy, which `relevant` judges.
    // …and so is a word of pride or delight (`trop fier du gamin`, `kids are thrilled`): in an everyday story it is a feeling, not a sales pitch.
    let everyday: boolean | undefined;
    const tellsLife = () => (everyday ??= tellsEverydayLife(ctx, tokens));
    if (hype.length && tellsLife()) hype.length = 0;
    const marks = shouting(text);
    // …and in a draft written in anger (`C'est SCANDALEUX !!! … honte à vous 😡`) it is anger,
    // which the cool-down reports (`exclamation run`): not enthusiasm without substance.
    if (marks.length && !tellsLife() && !readsAngry(ctx)) for (const h of marks) hype.push(h);
    for (const t of tautologies(tokens, lex)) filler.push(t);
    const content = contentOf(text, tokens, lex, matches, patterns);
    // A withheld referent or a listicle sends the reader on for what it names (see ELSEWHERE_EXTRA); a sole quantifier or a pronoun also tells stories.
    let namedWithheld = false;
    for (const w of withheld(tokens, matches, lex, content.shoutedOne)) {
      clickbait.push(w);
      if (w.strong) namedWithheld = true;
    }
    // A slogan says it twice (`100 % digitale, 100 % humaine`) or to the reader (`100% you`); `le 100 % télétravail` is a subject.
    for (const f of content.sloganFigures) if (content.sloganFigures.length > 1 || f.toReader) hype.push({ start: f.start, end: f.end });
    addPatternSigns(text, content.patternCues, lex, clickbait, hype);
    // A note to self left in the draft (`TODO :`, `[brouillon]`, `insert link here`): not a tweet yet.
    const placeholders = content.patternCues & CUE_PLACEHOLDER ? foldedSpans(text, lex.placeholderPatterns()) : [];
    // …said once: a filler word inside one (`[placeholder: …]`) is the same note.
    if (placeholders.length) for (let k = filler.length - 1; k >= 0; k--) if (placeholders.some((p) => p.start < filler[k]!.end && filler[k]!.start < p.end)) filler.splice(k, 1);
    // The point traded for a reply, a share or a follow (`Reply PLAN and I'll DM you the checklist`,
    // `RT si vous voulez la suite`): bait that keeps what it promises, whatever else the draft says.
    const reward = content.patternCues & CUE_REWARD ? foldedSpans(text, lex.rewardPatterns()) : [];
    // …said once: a sign of clickbait or bait inside it (`I'll DM you`, `RT si`) is the same bait.
    if (reward.length) for (const list of [clickbait, content.bait]) for (let k = list.length - 1; k >= 0; k--) if (reward.some((r) => r.start < list[k]!.end && list[k]!.start < r.end)) list.splice(k, 1);
    // Pointing emoji (`🧵`, `👀`) are one more sign of a clickbait, never a sign alone, nor in a
    // draft that credits its source (`Cette clause coûte 120 €, selon l'ACPR ➡️`). A teaser
    // headline or a question to the reader needs them (or a link) to be one, so they do not
    // count twice for it.
    if (clickbait.length > 0) {
      const signs = pointers(tokens, lex);
      const credited = creditsSource(ctx, tokens);
      if (signs.length && !credited) for (const e of signs) clickbait.push(e);
      // Nothing firm said and a link: the point is behind it (`insurers HATE this move. details → https://…`).
      if (!content.firm && !credited) {
        const link = tokens.find((t) => t.kind === "url");
        if (link) clickbait.push(link);
      }
    }
    // Words in capitals are looked up (a word list to load) only when they can change the verdict or the message.
    let shoutedAnchor: boolean | undefined;
    const shoutedIsName = () => content.shouted.length > 0 && (shoutedAnchor ??= shoutedName(ctx, content.shouted, lex));
    /** Something firm, a name in capitals included (`La FINMA a publié…`): a lone strong sign does not fail such a draft. */
    const firmNow = () => content.firm || shoutedIsName();
    // Whether a sign sends the reader to another place for the point (see ELSEWHERE_EXTRA).
    let elsewhere = false;
    // A pointer phrase to another place (`link in bio`, `réponse en commentaire`) sends the reader elsewhere for the
    // point: a sign beside another, or in a draft with nothing firm and no credited source.
    if (clickbait.length > 0 || teaser.length > 0 || !content.firm) {
      // …or a pointer down the page that closes the draft (`Breaking it down below.`, `Tout est ci-dessous 👇`): below it there is nothing.
      // (That one only with nothing firm: `… dès le 1er janvier. Nos 5 points clés ci-dessous.` opens a thread of facts.)
      const pointer = lex.elsewhere.size ? matches.find((m) => m.data & KIND.pointer && (lex.elsewhere.has(fold(m.phrase)) || (closesDraft(tokens, m.last) && !firmNow()))) : undefined;
      // …also when the phrase is itself a listed sign (`link in bio`): counted once, but it still sends the reader away.
      if (pointer && !creditsSource(ctx, tokens)) {
        addNew(clickbait, pointer);
        elsewhere = true;
      }
    }
    for (const h of teaserHeadlines(text, tokens, matches, lex)) {
      addNew(clickbait, h);
      elsewhere = true;
    }
    // A question the draft answers at once with what to do (`vous êtes sinistré ? Déclarez votre
    // sinistre dans votre espace client… 🧵1/2`, see answeredAfter) keeps nothing back.
    for (const q of readerQuestions(text, tokens, matches, lex)) {
      if (answeredAfter(tokens, q, lex, (after) => advisesReader(after, lifeLexicon(ctx.packs).advice))) continue;
      addNew(clickbait, q);
      elsewhere = true;
    }
    if (content.guess) for (const g of guessingGames(text, tokens, lex)) {
      addNew(clickbait, g);
      elsewhere = true;
    }
    // A suspense question (`Le résultat ? Je vous le dis demain`) holds back its answer: a teaser.
    for (const q of content.suspense) if (!clickbait.some((c) => c.start < q.end && q.start < c.end)) addNew(teaser, q);

    const say = (key: string, params: Record<string, string | number> = {}) => formatMessage(MESSAGES, locale, key, params);
    if (!content.hasText) {
      return { score: 0, findings: [{ start: 0, end: text.length, message: say("onlyTags"), suggestion: say("onlyTagsFix") }] };
    }
    // Structures, for drafts with nothing concrete: an unnamed thing announced (`something big is
    // coming`, `une surprise vous attend demain`), a question that gives the crowd nothing to answer.
    // Nothing concrete, and few specific words: vague talk. An opinion argued in six specific
    // words or more says something even without a figure or a name.
    // A draft that withholds its point is concrete only by a name, a mention, a cashtag or a
    // figure with its unit: its link or bare count is where the point hides (withholding.ts).
    const anchoredFirst = clickbait.length > 0 || teaser.length > 0 ? content.firm : content.anchored;
    const anchoredNow = () => anchoredFirst || shoutedIsName();
    const vague = content.count < SUBSTANTIVE_WORDS && !anchoredNow();
    // …also in a short draft that only a name keeps from vague talk, when a cue in words and no figure or link says what (`Big news for our Harrogate customers… tomorrow 😉`).
    const announced: Span[] =
      (vague || (content.count < SUBSTANTIVE_WORDS && wordCue(content.cue) && !tokens.some((t) => t.kind === "number" || t.kind === "url" || t.kind === "cashtag"))) && !teaser.length && content.thing && content.cue
        ? [{ start: Math.min(content.thing.start, content.cue.start), end: Math.max(content.thing.end, content.cue.end) }]
        : [];
    const crowd = vague ? content.questions : [];
    const cheering = hype.length > 0 || emojiIn(tokens, lex.hypeEmoji) !== null;
    // A slogan needs a comparative or hype, or a firm's voice with nothing concrete around it
    // (`Bold. Purposeful. Unstoppable. That's how we do banking 💚`; not `Rain. Traffic. Forgot
    // lunch. Monday.`): cheap to rule out before reading the sentences.
    const brand = cheering || (vague && ownVoiced(ctx, tokens));
    const slogan = brand || content.patternCues & CUE_SLOGAN ? staccato(text, tokens, lex, brand) : null;
    // A run of beats (`Smarter. Simpler. Yours.`) is ad copy: it weighs as two signs of hype.
    if (slogan) hype.push(slogan, slogan);
    // A refrain with nothing concrete around it (`Une banque qui a du sens. Un avenir qui a du sens.
    // Du sens, tout simplement.`) is a slogan said three times.
    else if (vague) {
      const r = refrain(tokens);
      if (r) hype.push(r);
    }
    // A draft with nothing concrete that cheers (`The future is bright ✨`, `Insurance will never
    // look the same again 💥`, `Avancer. Toujours avancer. #inspiration`) is hype by its emoji or tag; one that points down or on with next to
    // nothing said (`Petit rappel important 👇`) announces what it does not say.
    if (vague) {
      const cheer = emojiIn(tokens, lex.hypeEmoji) ?? hypeHashtagIn(tokens, lex);
      if (cheer) hype.push(cheer);
      const pointer = content.count < minWords(ctx, lex) && !teaser.length && !clickbait.length ? emojiIn(tokens, lex.pointerEmoji) : null;
      if (pointer) teaser.push(pointer);
    } else if (!content.firm && content.hypeTag) {
      // With nothing firm, a tag of empty enthusiasm (`#motivation`, `#mondaythoughts`) is hype whatever the word count.
      for (const t of tokens) if (t.kind === "hashtag" && lex.hypeHashtags.has(t.norm)) hype.push(t);
    }
    // A thread marker, with or without its emoji, after facts given with their figures or their
    // source (`Eurostat flash: inflation 2.1%, services 3.4%. Thread on what it means for the ECB`)
    // opens a thread of facts; after a count with no unit (`I asked 5 advisers. Only one got it
    // right. Thread 🧵`) or beside another sign, it teases.
    // So does one figure in a statement of some length (`Dépendance : seulement 7 % des Français…`),
    // and a thread whose first point follows its marker (`Thread: … 1/ Minimum payments are designed…`).
    if (
      clickbait.length &&
      !teaser.length &&
      clickbait.some((s) => isThreadMarker(s, lex)) &&
      clickbait.every((s) => isThreadMarker(s, lex) || isPointerEmoji(text, s, lex)) &&
      (statesFacts(ctx, tokens, lex) || (content.count >= THREAD_FACT_WORDS && firmFigures(tokens, lex) > 0) || FIRST_POINT.test(text.slice(Math.min(...clickbait.map((s) => s.end)))))
    )
      clickbait.length = 0;
    // A thread or a list written out in the draft (`Thread 🧵 1/ … 2/ …`, `Three reasons: 1. … 2. …`)
    // keeps what its marker or count announces: nothing is kept back.
    if (clickbait.length && !teaser.length && clickbait.every((s) => isThreadMarker(s, lex) || isPointerEmoji(text, s, lex) || (s as Partial<Withheld>).listicle) && listItemsAfter(text, Math.max(...clickbait.map((s) => s.end))) >= 2)
      clickbait.length = 0;
    const penalty =
      (placeholders.length ? PENALTIES.placeholder : 0) +
      (reward.length ? PENALTIES.reward : 0) +
      Math.min(2, filler.length + crowd.length) * PENALTIES.filler +
      Math.min(2, hype.length) * PENALTIES.hype +
      Math.min(2, clickbait.length) * PENALTIES.clickbait +
      (clickbait.length === 1 && !firmNow() && (namedWithheld || elsewhere || promisedLater(clickbait[0]!, matches, tokens, lex) || keptBack(text, clickbait[0]!, lex, tokens) || suspension(tokens) !== null) ? ELSEWHERE_EXTRA : 0) +
      Math.min(2, content.bait.length) * PENALTIES.bait +
      Math.min(2, teaser.length + announced.length) * PENALTIES.teaser;
    const earned = Math.min(1, content.count / minWords(ctx, lex), vague ? VAGUE_CAP : 1);
    const score = Math.max(0, Math.min(1, earned - penalty));
    const limit = threshold(ctx);
    if (score >= limit) return passing(ctx, tokens, content, lex, vague, score, limit, say);

    return { score, findings: explain(text, locale, say, { placeholders, reward, clickbait, bait: content.bait, teaser: [...teaser, ...announced], teaserKey: anchoredNow() ? "teaserBeside" : "teaser", filler, crowd, hype, content }) };
  },
};
