// Language of a draft: French or English. franc (trigram statistics, a maintained package) is
// reliable on longer text; tweets are short and French is often typed without accents, so the
// decision also counts cues that survive both: each language's function words (accented and
// unaccented spellings), French elisions (l', qu'), English contractions (n't, 's), and accented
// letters. Strong cues decide alone; otherwise franc decides on long enough text; then weak cues;
// then the fallback.
import type { francAll as FrancAll } from "franc-min";
import type { Lang } from "../types.js";
import { eng, fra } from "stopword";
import { fold } from "../text/normalize.js";
import { tokenize } from "../text/tokenize.js";
import { tokensOf } from "./analyze.js";

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
  for (const t of tokensOf(text)) {
    if (t.kind !== "word") continue;
    const norm = t.norm;
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

// franc's trigram tables take a few milliseconds to load: only runs with a draft that the cues
// leave undecided load them (detectLanguageAsync, or loadLanguageStatistics once up front).
let francAll: typeof FrancAll | null = null;
export async function loadLanguageStatistics(): Promise<void> {
  francAll ??= (await import("franc-min")).francAll;
}

// Measured on the 749 labelled drafts of test/fixtures (quality and cool-down sets): a gap of 2
// decides as well as 2.5 or 3 (741/749 each) and sends half as many drafts to franc.
const DECISIVE = 2;
const STATISTICS_MIN_LENGTH = 50;

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

/** True when the cues leave this draft to franc's statistics (the slow path). */
export function needsStatistics(text: string, cues: Cues = languageCues(text)): boolean {
  return text.length >= STATISTICS_MIN_LENGTH && Math.abs(cues.fr - cues.en) < DECISIVE;
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
  const cues = languageCues(text);
  if (!francAll && needsStatistics(text, cues)) return null;
  return decide(text, cues, fallback);
}

/** Synchronous detection; uses the statistics when they are loaded (see loadLanguageStatistics). */
export function detectLanguage(text: string, fallback: Lang = "en"): Lang {
  return decide(text, languageCues(text), fallback);
}

function decide(text: string, { fr, en }: Cues, fallback: Lang): Lang {
  const gap = fr - en;
  if (Math.abs(gap) >= DECISIVE) return gap > 0 ? "fr" : "en";
  if (text.length >= STATISTICS_MIN_LENGTH && francAll) {
    // Trigrams without the links: a URL's letters say nothing of the draft's language.
    const scores = francAll(withoutLinks(text), { only: ["fra", "eng"], minLength: 10 });
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
