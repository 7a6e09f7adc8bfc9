// Language of a draft: French or English. franc (trigram statistics, a maintained package) is
// reliable on longer text; tweets are short and French is often typed without accents, so the
// decision also counts cues that survive both: each language's function words (accented and
// unaccented spellings), French elisions (l', qu'), English contractions (n't, 's), and accented
// letters. Strong cues decide alone. Then words of one language's common-word list that the other
// language's list lacks (`oil`, `drops`, `prices`; `hausse`, `taux`): headlines and tickers'
// news have few function words. Then franc decides on long enough text, unless the text is
// short and the cues lean one way (franc's trigrams read English headlinese as French: measured
// on 2,388 real finance-news tweets, 4 % of them); then the cues; then the fallback.
import type { francAll as FrancAll } from "franc-min";
import type { Lang } from "../types.js";
import { eng, fra } from "stopword";
import { fold, isUpperCaseWord } from "../text/normalize.js";
import { tokenize } from "../text/tokenize.js";
import { tokensOf } from "./analyze.js";
import { commonWords } from "./common-words.js";

// Words frequent in one language and rare in the other (folded: no accents, lower case):
// our own short lists, plus the stop words of the `stopword` package that only one of the two
// languages has. Ambiguous ones (`a`, `on`, `me`, `as`, `son`, `mon`, `or`, `eu`, `est`, single
// letters...) are left out on purpose.
const AMBIGUOUS = new Set(["a", "on", "me", "as", "son", "mon", "or", "eu", "est", "am", "se", "te", "es", "sa", "ma", "ta", "an"]);
const onlyIn = (own: readonly string[], other: readonly string[]): string[] => {
  const theirs = new Set(other.map(fold));
  return own.map(fold).filter((w) => w.length > 1 && !theirs.has(w) && !AMBIGUOUS.has(w));
};
const FR = new Set([
  ...("le la les un une des du de et est sont ce cette ces qui que pour par sur dans avec pas nous vous je il elle ils elles " +
    "au aux mais ou donc car tres plus selon chez se sa ses leur leurs notre votre nos vos mon ma mes ton ta tes " +
    "etre ete sera fait faire deja aussi encore apres avant depuis entre sans sous vers toujours jamais rien tout tous " +
    "toute toutes quand comme bien peu trop aujourd'hui demain hier ca cela ceci voici voila oui non merci bonjour " +
    "pourquoi comment combien quoi ou y en lui eux ici " +
    // Tweet French: abbreviations no English tweet uses.
    "mdr ptdr jsuis chui jcrois jsp tkt bcp stp svp pk pcq psk wsh slt jpp vrmt ouais " +
    // Adverbs that make up a whole reply (`Exactement.`, `Tellement vrai`).
    "exactement tellement vraiment carrement franchement clairement evidemment absolument completement").split(" "),
  ...onlyIn(fra, eng),
]);
const EN = new Set([
  ...("the an and is are was were this that these those who which what for by with not we you i it he she they " +
    "to of at but so very more according from our your their has have had will would be been being can could should " +
    "just about after before into over than then there here today tomorrow yesterday why how when where yes thanks " +
    "hello its my him her them do does did " +
    // Tweet English: abbreviations and spellings no French tweet uses.
    "lol lmao lmfao im idk tbh imo imho wtf gonna wanna gotta ain't aint y'all yall ur yeah okay " +
    "exactly really totally absolutely definitely obviously literally seriously honestly clearly completely").split(" "),
  ...onlyIn(eng, fra),
]);
const ELIDED = new Set(["l'", "d'", "j'", "m'", "n'", "s'", "t'", "c'", "qu'", "jusqu'", "lorsqu'", "puisqu'", "aujourd'"]);
// Both cases listed: a case-insensitive Unicode pattern is several times slower, on every draft.
const ACCENTED = /[éèêëàâîïôûùçœÉÈÊËÀÂÎÏÔÛÙÇŒ]/g;
const ANY_ACCENT = /[éèêëàâîïôûùçœÉÈÊËÀÂÎÏÔÛÙÇŒ]/;

/** Accented letters, counted up to the four that reach the cap (no array of matches made). */
function countAccents(text: string): number {
  ACCENTED.lastIndex = 0;
  let n = 0;
  while (n < 4 && ACCENTED.test(text)) n++;
  ACCENTED.lastIndex = 0;
  return n;
}

interface Cues {
  fr: number;
  en: number;
}

const CONTRACTION = /[a-z]'(s|t|re|ve|ll|d|m)$/;

// The three sets above as one table of bits: one lookup per word of every draft instead of three.
const IS_ELIDED = 1;
const IS_FR = 2;
const IS_EN = 4;
const CUE_BITS = new Map<string, number>();
for (const [words, bit] of [[ELIDED, IS_ELIDED], [FR, IS_FR], [EN, IS_EN]] as const) for (const w of words) CUE_BITS.set(w, (CUE_BITS.get(w) ?? 0) | bit);

export function languageCues(text: string): Cues {
  let fr = 0;
  let en = 0;
  const tokens = tokensOf(text);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== "word") continue;
    const norm = t.norm;
    // A data release's shorthand is no French: `q/q`, `y/y` (a letter beside a slash), and `est`
    // after a figure (`0.2% est`: estimated).
    if (norm.length === 1 && (text[t.end] === "/" || text[t.start - 1] === "/")) continue;
    if (norm === "est" && i > 0 && (tokens[i - 1]!.kind === "number" || tokens[i - 1]!.text === "%")) continue;
    const bits = CUE_BITS.get(norm) ?? 0;
    if (bits & IS_ELIDED) fr += 1.5;
    else if (bits & IS_FR) fr += 1;
    if (bits & IS_EN) en += 1;
    else if (norm.includes("'") && CONTRACTION.test(norm)) en += 1;
  }
  // Accents are a French cue in these two languages; capped so a name (Société Générale) does not decide alone.
  if (ANY_ACCENT.test(text)) fr += Math.min(2, countAccents(text) * 0.5);
  return { fr, en };
}

/** How far down each language's common-word list a word counts as that language's (the package ranks 10,000). */
const COMMON_RANK = 10_000;

/**
 * Words (3 letters or more) in one language's common words and not in the other's, counted for
 * each language. French lists English loans (`business`, `marketing`) and English French ones:
 * those are in both lists and count for neither. A word written with an accent is never English.
 */
function commonWordCues(text: string): Cues {
  const frWords = commonWords("fr", COMMON_RANK);
  const enWords = commonWords("en", COMMON_RANK);
  let fr = 0;
  let en = 0;
  for (const t of tokensOf(text)) {
    // Acronyms and tickers (`EPA`, `ECB`) name things, in whatever language the draft is.
    if (t.kind !== "word" || t.norm.length < 3 || isUpperCaseWord(t.text)) continue;
    const inFr = frWords.has(t.key!);
    // Lists are compared folded: a word written with a French accent is not the English one (`hâte`, `hate`).
    const inEn = enWords.has(t.key!) && !ANY_ACCENT.test(t.text);
    if (inFr !== inEn) {
      if (inFr) fr++;
      else en++;
    }
  }
  return { fr, en };
}

// franc's trigram tables take a few milliseconds to load: only runs with a draft that the cues
// leave undecided load them (detectLanguageAsync, or loadLanguageStatistics once up front).
let francAll: typeof FrancAll | null = null;
export async function loadLanguageStatistics(): Promise<void> {
  francAll ??= (await import("franc-min")).francAll;
}

// Measured on the 749 labelled drafts of test/fixtures (quality and cool-down sets): a gap of 2
// decides as well as 2.5 or 3 (741/749 each) and sends half as many drafts to franc.
const DECISIVE = 2;
/** Text (links left out) shorter than this is too short for franc's statistics. */
const STATISTICS_MIN_LENGTH = 50;
/**
 * Under this length (links left out), cues that lean one way decide before franc: of the
 * thresholds tried (none, 100, 140, any length), 100 read the most real tweets right.
 */
const CUES_FIRST_UNDER = 100;

function withoutLinks(text: string): string {
  let out = "";
  let from = 0;
  for (const t of tokenize(text)) {
    if (t.kind !== "url") continue;
    out += text.slice(from, t.start);
    from = t.end;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** What the decision reads from a draft: the cues' lead of French over English, and the text franc would read. */
interface Reading {
  gap: number;
  /** The draft without its links; null when the cues decide alone. */
  body: string | null;
}

function read(text: string): Reading {
  const cues = languageCues(text);
  let gap = cues.fr - cues.en;
  if (Math.abs(gap) >= DECISIVE) return { gap, body: null };
  const common = commonWordCues(text);
  gap += common.fr - common.en;
  if (Math.abs(gap) >= DECISIVE) return { gap, body: null };
  return { gap, body: withoutLinks(text) };
}

/** Whether franc's statistics would decide this reading (the slow path). */
function wantsStatistics({ gap, body }: Reading): boolean {
  return body !== null && body.length >= STATISTICS_MIN_LENGTH && (gap === 0 || body.length >= CUES_FIRST_UNDER);
}

/** True when the cues leave this draft to franc's statistics (the slow path). */
export function needsStatistics(text: string): boolean {
  return wantsStatistics(read(text));
}

/** Detects the language, loading the statistics first when this draft needs them. */
export async function detectLanguageAsync(text: string, fallback: Lang = "en"): Promise<Lang> {
  return detectLanguageNow(text, fallback) ?? (await loadLanguageStatistics(), detectLanguage(text, fallback));
}

/**
 * The language, or null when this draft needs the statistics and they are not loaded yet (then
 * load them, see detectLanguageAsync): most drafts are decided with no promise made.
 */
export function detectLanguageNow(text: string, fallback: Lang = "en"): Lang | null {
  const reading = read(text);
  if (!francAll && wantsStatistics(reading)) return null;
  return decide(reading, fallback);
}

/** Synchronous detection; uses the statistics when they are loaded (see loadLanguageStatistics). */
export function detectLanguage(text: string, fallback: Lang = "en"): Lang {
  return decide(read(text), fallback);
}

function decide(reading: Reading, fallback: Lang): Lang {
  const { gap, body } = reading;
  if (body !== null && francAll && wantsStatistics(reading)) {
    const scores = francAll(body, { only: ["fra", "eng"], minLength: 10 });
    const [best, second] = scores;
    // franc's scores are relative (best = 1); a narrow win on short text is no better than the cues.
    if (best && second && best[1] - second[1] > 0.05) {
      if (best[0] === "fra") return "fr";
      if (best[0] === "eng") return "en";
    }
  }
  if (gap !== 0) return gap > 0 ? "fr" : "en";
  return fallback;
}
