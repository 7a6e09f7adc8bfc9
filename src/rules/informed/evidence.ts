// Finds what shows a draft is informed (links, named origins, reporting, figures with units,
// dates, quotations) and what undermines it (hearsay, opinion, strong unsourced claims).
// Phrase lists come from the rule packs of both languages (tweets mix them; misdetection costs nothing).
import { commonWords } from "../../lang/common-words.js";
import { isStopWord } from "../../lang/stopwords.js";
import type { PackLoader } from "../../packs/load.js";
import { fold } from "../../text/normalize.js";
import { PhraseMatcher, wordKey, type PhraseMatch } from "../../text/phrases.js";
import { SIGNS, wordCount, type Token } from "../../text/tokenize.js";
import type { Lang } from "../../types.js";

export interface InformedPack {
  origins?: string[];
  reporting?: string[];
  units?: string[];
  months?: string[];
  /** Weekdays: `mardi`, `on Tuesday` date a news fact as a month does. */
  weekdays?: string[];
  /** Words that make an ambiguous month a date (`depuis mars`, `in May`). */
  monthCues?: string[];
  quarters?: string[];
  hedges?: string[];
  opinion?: string[];
  claims?: string[];
  /** What a firm says of its own news (`nous ouvrons`, `nouvelle agence`, `we're hiring`, `now available`)… */
  announcements?: string[];
  /** …in its own voice (`nous`, `notre`, `we`, `our`): the author is the source. */
  ownVoice?: string[];
  /** A firm's own research named as the source (`nos économistes`, `notre baromètre`, `our chief economist`, `our latest survey`): a named origin. */
  ownResearch?: string[];
  /** A change a firm announces on its own product (`passe à`, `rises to`): an announcement after a word of its own voice only (`Notre Livret+ passe à 3,5 %`; not `le Tour passe à 5 km de chez nous`). */
  ownChanges?: string[];
  /** Words that put the author or the reader in the draft (`je`, `mon`, `I`, `my`, `you`; with ownVoice's `nous`, `we`): a name that opens such a draft is no headline's actor (see isActor). */
  persons?: string[];
  /** Bodies and documents that a source names without a capital (`d'après le comité`, `per a statement`, `— la directrice de…`). */
  sourceNouns?: string[];
  /** An analyst's call (`price target`, `outperform`, `objectif de cours`): its broker, named after one of creditedBy, is its source. */
  ratings?: string[];
  /** Words before the name of the broker that makes a call (`at Benchmark`, `chez Oddo`): see ratings. */
  creditedBy?: string[];
  /**
   * News outlets whose names are common words (`Les Echos`, `Financial Times`, `Seeking Alpha`):
   * credited after a headline's closing dash (`… - Les Echos`), as a rare name or an acronym is
   * (`… - Bloomberg`, `… | WSJ`) without a list.
   */
  outlets?: string[];
  /** Sources a newsroom keeps unnamed, as it words them (`people familiar with the matter`, `de sources concordantes`): named origins. */
  anonymousSources?: string[];
  /** Credit rating agencies (`Moody's`, `S&P`, `Fitch`): a grade beside one is the agency's own rating action, its source named. */
  ratingAgencies?: string[];
  /** Institutions written as words, not acronyms (`Fed`, `Bundesbank`, `Bercy`): their person speaks after a colon (`Fed's Powell: …`). */
  institutions?: string[];
  /**
   * Words right before a reporting verb that make it conversation, not a report: the author or
   * the reader as its subject, a modal (`you said`, `I told`, `I'd say`, `can't say`, `je confirme`).
   */
  conversation?: string[];
}

type Category = "origins" | "anonymousSources" | "reporting" | "quarters" | "hedges" | "opinion" | "claims" | "ratings" | "ownResearch";
const CATEGORIES: readonly Category[] = ["origins", "anonymousSources", "reporting", "quarters", "hedges", "opinion", "claims", "ratings", "ownResearch"];

interface Lexicon {
  /** All phrase lists in one matcher (one pass over the draft); where two overlap the longer wins (`selon un ami` is hearsay, not a source). */
  phrases: PhraseMatcher<Category>;
  /** Unit words and symbols that make a number a figure (keys as the phrase matcher folds them). */
  units: Set<string>;
  /** Months as written, folded: a key drops a final `s`, and `mais` (but) is not `mai` (May). */
  months: Set<string>;
  weekdays: Set<string>;
  monthCues: Set<string>;
  ownVoice: Set<string>;
  /** See InformedPack.sourceNouns (keys as the phrase matcher folds them: `comités` is `comité`). */
  sourceNouns: Set<string>;
  /** See InformedPack.creditedBy (folded, as tokens' `norm`). */
  creditedBy: Set<string>;
  /** See InformedPack.conversation (folded, as tokens' `norm`). */
  conversation: Set<string>;
  /** See InformedPack.persons (folded, as tokens' `norm`). */
  persons: Set<string>;
  /** See InformedPack.institutions (folded, as tokens' `norm`). */
  institutions: Set<string>;
  /** See InformedPack.ratingAgencies: built on first need (a draft with a grade). */
  ratingAgencies: () => PhraseMatcher<undefined>;
  /** See InformedPack.outlets: built on first need (a draft with a closing dash). */
  outlets: () => PhraseMatcher<undefined>;
  /** The announcements, matched only in a draft in a firm's voice (most drafts are not): built on first need. */
  announcements: () => PhraseMatcher<undefined>;
  /** See InformedPack.ownChanges: built on first need, as the announcements. */
  ownChanges: () => PhraseMatcher<undefined>;
}

/** Origins that need a name after them to mean "source" (`per year`, `via the app` are not). */
const NEEDS_NAME = new Set(["via", "per", "cf"]);
/**
 * Origins that a body or a document completes as well as a name (`d'après le comité`, `per a
 * statement`); not the nouns that take `de` (`calcul de court terme`, `données de fraude`).
 */
const NAMES_A_BODY = new Set(["selon", "d'après", "according to", "per", "citing", "cité par", "citée par", "cited by", "rapporté par", "reported by", "confirmé par", "confirmée par"]);

const cache = new WeakMap<PackLoader, Lexicon>();

export function lexicon(packs: PackLoader): Lexicon {
  const hit = cache.get(packs);
  if (hit) return hit;
  const fr = packs.load<InformedPack>("informed", "fr") ?? {};
  const en = packs.load<InformedPack>("informed", "en") ?? {};
  const both = (key: keyof InformedPack) => [...(fr[key] ?? []), ...(en[key] ?? [])];
  let announcements: PhraseMatcher<undefined> | undefined;
  let ownChanges: PhraseMatcher<undefined> | undefined;
  let outlets: PhraseMatcher<undefined> | undefined;
  let agencies: PhraseMatcher<undefined> | undefined;
  const lex: Lexicon = {
    phrases: new PhraseMatcher<Category>(CATEGORIES.flatMap((c) => both(c).map((p) => [p, c] as const))),
    units: new Set(both("units").map((u) => (/^\p{L}+$/u.test(u) ? wordKey(u) : u.toLowerCase()))),
    months: new Set(both("months").map((m) => fold(m.trim()))),
    weekdays: new Set(both("weekdays").map(wordKey)),
    monthCues: new Set(both("monthCues").map(wordKey)),
    ownVoice: new Set(both("ownVoice").map((w) => w.trim().toLowerCase())),
    sourceNouns: new Set(both("sourceNouns").map(wordKey)),
    creditedBy: new Set(both("creditedBy").map((w) => fold(w.trim()))),
    conversation: new Set(both("conversation").map((w) => fold(w.trim()))),
    persons: new Set(both("persons").map((w) => fold(w.trim()))),
    institutions: new Set(both("institutions").map((w) => fold(w.trim()))),
    ratingAgencies: () => (agencies ??= new PhraseMatcher<undefined>(both("ratingAgencies"))),
    outlets: () => (outlets ??= new PhraseMatcher<undefined>(both("outlets"))),
    announcements: () => (announcements ??= new PhraseMatcher<undefined>(both("announcements"))),
    ownChanges: () => (ownChanges ??= new PhraseMatcher<undefined>(both("ownChanges"))),
  };
  cache.set(packs, lex);
  return lex;
}

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Evidence {
  links: Span[];
  /** Origins followed by a name (`selon @Insee`, `according to Reuters`). */
  namedOrigins: Span[];
  bareOrigins: Span[];
  /** Reporting verbs (`a annoncé`, `said`) in a draft that names someone. */
  namedReporting: Span[];
  bareReporting: Span[];
  figures: Span[];
  /** A firm's announcement of its own news in its own voice (`Nouvelle agence à Nantes… nos conseillers`, `We're hiring 350 people`): its author is its source. */
  own: Span[];
  /** Institutions named as acronyms, mentions or cashtags beside a figure: a headline's actor (`FCA fines Starling £29m`, `@ACPR_BdF ajoute 12 sites`). */
  actors: Span[];
  dates: Span[];
  quotes: Span[];
  hedges: Span[];
  opinions: Span[];
  claims: Span[];
}

const AMBIGUOUS_MONTHS = new Set(["may", "march", "mars", "mar", "jan", "sept", "oct", "nov", "dec", "aug", "jun", "jul", "apr", "feb"]);
const SENTENCE_END = new Set([".", "!", "?", ":", "\n"]);

/** A word that names someone or something: an acronym (INSEE, ECB), or a capitalised word that does not merely start a sentence. */
function isName(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.kind === "mention" || t.kind === "url") return true;
  if (t.kind !== "word" || t.text.length < 2 || t.norm === "i" || isStopWord(t.norm)) return false;
  if (/^\p{Lu}{2,}\p{Ll}{0,2}$/u.test(t.text) && !/^(OK|LOL|MDR|PTDR|OMG|TBH|IMO)$/.test(t.text)) return true;
  if (!/^\p{Lu}/u.test(t.text)) return false;
  const prev = tokens[i - 1];
  return prev !== undefined && !SENTENCE_END.has(prev.text) && !/\n/.test(prev.text);
}

/** Whether someone says I, we or you in the draft (InformedPack.persons, ownVoice; `US` is a country): the headline readings are not for such a draft. */
function someoneSpeaks(tokens: readonly Token[], lex: Lexicon): boolean {
  // Several readings of one draft ask it: the last answer is kept.
  if (spoken !== null && spoken.tokens === tokens && spoken.lex === lex) return spoken.value;
  let value = false;
  for (const t of tokens) if (t.kind === "word" && (lex.persons.has(t.norm) || lex.ownVoice.has(t.norm)) && t.text !== "US") value = true;
  spoken = { tokens, lex, value };
  return value;
}
let spoken: { tokens: readonly Token[]; lex: Lexicon; value: boolean } | null = null;

/** Whether the draft speaks for a firm: a first-person plural word (`nous`, `notre`, `we`, `our`; not `on`, an English preposition too). */
function ownVoiced(tokens: readonly Token[], lex: Lexicon): boolean {
  for (const t of tokens) if (t.kind === "word" && lex.ownVoice.has(t.norm)) return true;
  return false;
}

/**
 * A firm announcing its own news in its own voice (`Nouvelle agence à Nantes : nous ouvrons…`,
 * `We're hiring 350 people`): `topical` reads it as the firm speaking, not a customer.
 */
export function announcesOwnNews(tokens: readonly Token[], packs: PackLoader): boolean {
  const lex = lexicon(packs);
  return ownVoiced(tokens, lex) && lex.announcements().match(tokens).length > 0;
}

/**
 * An institution as a headline names it, as the subject that opens a sentence: an acronym (FCA,
 * BCE, ACPR, after `l'`, `la`, `the` if need be), a mention (not the one a reply opens on) or a
 * cashtag, followed by a verb-like word (`FCA fines`, `L'ACPR inflige`), not by a little word
 * (`PV de 35 €`). With `named`, also a name that opens the draft, a capitalised word that neither
 * language's 10,000 most common words hold, before a verb, a kicker's colon, a signed move or a
 * headline's future (`Worldline s'effondre de 40 %`, `Stellantis abaisse ses prévisions`,
 * `Groupama : résultat net…`, `Accor +5%`, `Citigroup to cut…`; not `Booked flights…`,
 * `Échéancier reçu`): the caller asks it only of a draft where nobody says I, we or you.
 */
function isActor(text: string, tokens: readonly Token[], i: number, named: Lang | null): boolean {
  const t = tokens[i]!;
  // A mention opening the draft is whom it replies to, not who acts.
  // (Most words are ruled out by their second letter before any pattern is tried.)
  // (Read within bounds: a one-letter token read past its end made V8 deoptimize the caller.)
  const c1 = t.text.length > 1 ? t.text.charCodeAt(1) : 0;
  const acts = (t.kind === "mention" && i > 0) || t.kind === "cashtag" || (t.kind === "word" && isAcronym(t.text, c1));
  // A name opening the draft is read last of all against the common-word lists, which load on first use.
  const asName = !acts && named !== null && i === 0 && t.kind === "word" && /^\p{Lu}\p{Ll}/u.test(t.text) && !isStopWord(t.norm);
  if (!acts && !asName) return false;
  let k = i - 1;
  if (k >= 0 && tokens[k]!.kind === "word" && isStopWord(tokens[k]!.norm)) k--;
  const before = tokens[k];
  if (before !== undefined && !(before.kind === "punct" && SENTENCE_END.has(before.text)) && before.kind !== "emoji") return false;
  // …a French compound past after its auxiliary (`La PBoC a fixé`, `Les banques ont relevé`), or a near future (`TotalEnergies va investir`).
  const aux = tokens[i + 1] !== undefined && AUXILIARIES.has(tokens[i + 1]!.norm) ? 1 : 0;
  let at = i + 1 + aux;
  // …or a French pronominal verb (`Worldline s'effondre`, `Covéa se renforce`).
  if (tokens[at]?.kind === "word" && REFLEXIVES.has(tokens[at]!.norm)) at++;
  const next = tokens[at];
  // …or before a headline's kicker colon (`Groupama : résultat net en hausse de 20 %`, `Aon: insured losses topped $60bn`;
  // a subject as often as a firm, `Insurtech : … lève 18 M€`: a headline's form either way).
  if (asName && next !== undefined && next.kind === "punct" && next.text === ":") return isRareName(t);
  // …or before its signed move, as the markets quote it (`Accor +5%, en tête du SBF 120`, `$SMCI -30% after…`).
  // (The tokenizer keeps `+` as a mark and drops a minus sign: read before the number, in the text.)
  const figureAt = next?.kind === "punct" && next.text === "+" ? at + 1 : at;
  const figure = tokens[figureAt];
  if (figure?.kind === "number" && figure.start > 0 && SIGNS.has(text[figure.start - 1]!)) return !asName || isRareName(t);
  // …or before an English headline's future (`Citigroup to cut 5% of its workforce`).
  if (asName && named === "en" && next !== undefined && next.norm === "to" && tokens[at + 1]?.kind === "word" && /^\p{Ll}{2,}$/u.test(tokens[at + 1]!.text)) return isRareName(t);
  if (next === undefined || next.kind !== "word" || next.text.length < 4 || !/^\p{Ll}/u.test(next.text) || isStopWord(next.norm)) return false;
  // A name is only an actor before a verb as headlines conjugate it: English `-s` or `-ed`
  // (`Worldline slumps`, `Kering warned`; not `Flea market haul`), French not a bare participle
  // (`Kering lance`, `Kering a lancé`; not `Échéancier reçu`).
  if (!asName) return true;
  const conjugated = named === "en" ? /(?<!s)s$|ed$/u.test(next.norm) : aux === 1 || !/(?:é|ée|és|ées|u|ue|us|ues)$/u.test(next.norm);
  return conjugated && isRareName(t);
}

const AUXILIARIES = new Set(["a", "ont", "va", "vont"]);
const REFLEXIVES = new Set(["s'", "se"]);
/** Ranks of the common-word lists a name must be missing from: all of them (the lists hold 10,000 words a language). */
const COMMON_RANK = 10_000;

/** A word (`Worldline`, `Stellantis`) among neither language's common words. */
function isRareName(t: Token): boolean {
  const key = t.key ?? "";
  return !commonWords("fr", COMMON_RANK).has(key) && !commonWords("en", COMMON_RANK).has(key);
}

/** An acronym, mixed-case ones included (`FCA`, `BCE`, `BoE`, `PBoC`, `BaFin`), not a chat word (`OK`, `LOL`). */
function isAcronym(text: string, c1: number): boolean {
  if (/^\p{Lu}{2,}\p{Ll}{0,2}$/u.test(text)) return !(c1 >= 97 && c1 <= 122) && !/^(OK|LOL|MDR|PTDR|OMG|TBH|IMO)$/.test(text);
  // `BoE`, `PBoC`, `BoJ`, `BaFin`: two capitals or more, one of them after a small letter, in a short word.
  return text.length <= 5 && /^\p{Lu}/u.test(text) && /\p{Ll}\p{Lu}/u.test(text) && /^[\p{L}]+$/u.test(text) && !/^(LOL|MDR|OMG|TBH|IMO)$/.test(text.toUpperCase());
}

function hasNameWithin(tokens: readonly Token[], from: number, count: number): boolean {
  for (let j = from; j < Math.min(tokens.length, from + count); j++) if (isName(tokens, j) || tokens[j]!.kind === "hashtag") return true;
  return false;
}

function spanOf(text: string, m: { start: number; end: number }): Span {
  return { start: m.start, end: m.end, text: text.slice(m.start, m.end) };
}

function figures(text: string, tokens: readonly Token[], lex: Lexicon): { figures: Span[]; dates: Span[] } {
  const found: Span[] = [];
  const dates: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== "number") continue;
    const next = tokens[i + 1];
    const prev = tokens[i - 1];
    const unitAfter = next && (next.kind === "punct" || next.kind === "word") && lex.units.has(next.kind === "word" ? next.key! : next.text);
    const currencyBefore = prev && prev.kind === "punct" && /^[€$£¥]$/.test(prev.text) && prev.end === t.start;
    if (unitAfter) found.push(spanOf(text, { start: t.start, end: next!.end }));
    else if (currencyBefore) found.push(spanOf(text, { start: prev!.start, end: next?.kind === "word" && lex.units.has(next.key!) ? next.end : t.end }));
    // A year (1990–2099) or a day next to a month is a date.
    else if (/^(19[9]\d|20\d\d)$/.test(t.text)) dates.push(spanOf(text, t));
    // (The day and its month together: a message quotes `3 June`, not `3`.)
    else if (next?.kind === "word" && lex.months.has(next.norm)) dates.push(spanOf(text, { start: t.start, end: next.end }));
    else if (prev?.kind === "word" && lex.months.has(prev.norm)) dates.push(spanOf(text, { start: prev.start, end: t.end }));
  }
  // A month named on its own (`en octobre`, `in October`) dates the fact too; where the month
  // is also a common word (`may`, `march`, `mars`) it needs a number beside it or a cue before
  // it (`depuis mars`, `in May`). A weekday (`mardi`, `on Tuesday`) dates a news fact as well.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== "word") continue;
    const key = t.key!;
    const month = lex.months.has(t.norm);
    if (!month && !lex.weekdays.has(key)) continue;
    if (dates.some((d) => d.end >= t.start && d.start <= t.end)) continue;
    const prev = tokens[i - 1];
    const cued = prev?.kind === "word" && lex.monthCues.has(prev.key!);
    if ((month && (!AMBIGUOUS_MONTHS.has(t.norm) || cued)) || lex.weekdays.has(key)) dates.push(spanOf(text, t));
  }
  return { figures: found, dates };
}

/** A source credited in parentheses, as news accounts do: `(Reuters)`, `(AFP)`, `(Insee)`, `(@lesechos)`. */
/** Words that open a parenthesis crediting a source (`(chiffres Euronext)`, `(source : Insee)`). */
const CREDIT_WORDS = new Set(["chiffres", "donnees", "source", "sources", "data", "figures", "registre", "rapport", "report", "register"]);

function creditedSources(text: string, tokens: readonly Token[], lex: Lexicon): Span[] {
  const out: Span[] = [];
  for (let i = 1; i + 1 < tokens.length; i++) {
    const open = tokens[i - 1]!;
    if (open.text !== "(") continue;
    // A capitalised name or a mention first (`(Caisse des dépôts)`, `(Office for National Statistics)`), then up to five more tokens (`Crédit Logement/CSA`), then the closing parenthesis.
    // …possibly after a word that credits it (`(chiffres Euronext)`, `(data: ONS)`).
    const credit = CREDIT_WORDS.has(tokens[i]!.norm) ? (tokens[i + 1]?.text === ":" ? i + 2 : i + 1) : i;
    const first = tokens[credit];
    // …or a body that credits without a capital (`(parquet d'Aix-en-Provence)`, `(police)`).
    if (first === undefined || !(first.kind === "mention" || (first.kind === "word" && (/^\p{Lu}/u.test(first.text) || (first.key !== null && lex.sourceNouns.has(first.key)))))) continue;
    let j = credit + 1;
    while (j < tokens.length && j - credit < 6 && tokens[j]!.text !== ")" && tokens[j]!.text !== "(" && tokens[j]!.kind !== "url") j++;
    if (tokens[j]?.text !== ")") continue;
    // (A body without its capital credits only words that are no one's aside: `( arrête avec tes hontes toi )` is not an `arrêté`.)
    if (first.kind === "word" && !/^\p{Lu}/u.test(first.text) && someoneSpeaks(tokens.slice(credit, j), lex)) continue;
    out.push(spanOf(text, { start: open.start, end: tokens[j]!.end }));
  }
  return out;
}

/** What may close a headline after its credit: links, hashtags, emoji (`… - Reuters https://…`). */
const AFTER_CREDIT = new Set(["url", "hashtag", "emoji"]);
/**
 * A dash or a bar set apart by spaces, or a colon, right before a headline's credit (`… -
 * Bloomberg`, `… | Les Echos`, `… edges up by 1 to 676: Baker Hughes`); read in the text, as the
 * rules' tokens leave hyphens out.
 */
const CREDIT_MARK = /(?:\s[-\u2010\u2013\u2014\u2015|]|\S\s?:)\s+$/;
/** Words that credit a headline as its outlets' own do, capitalised or not (`…: sources`, `…: AmCham survey`, `- RPT`). */
const CREDIT_NOUNS = new Set(["source", "sources", "report", "rpt", "survey", "poll", "sondage", "enquete", "etude"]);
/** Capitals that close a draft without crediting it: a placeholder or a note (`… - TBC`, `- PS`). */
const NOT_A_CREDIT = new Set(["TBC", "TBD", "TODO", "WIP", "FYI", "ASAP", "NB", "PS", "RT", "DM", "MP", "IMO", "IMHO", "LOL", "MDR", "PTDR", "OMG", "OK"]);
/** At most this many words credit a headline (`The Washington Post`, `Yahoo Canada Finance`). */
const CREDIT_WORDS_MAX = 4;
/** A headline has at least this many words before its credit. */
const CREDITED_WORDS_MIN = 3;

/**
 * A headline credited to its outlet after a closing dash or colon, as news accounts and shared
 * articles write it (`China mulls waiving ethanol tariffs - Bloomberg`, `… | Les Echos`, `…: sources`): a mention,
 * acronyms and names among neither language's common words (`Morningstar`, `WSJ`, `Morgan
 * Stanley`), or an outlet whose name has common words (see InformedPack.outlets). Not a
 * signature (`- Mike`) or a subtitle (`Gold Price Forecast - Gold Markets Relatively Stable`).
 */
function closingCredit(text: string, tokens: readonly Token[], lex: Lexicon): Span | null {
  let end = tokens.length - 1;
  while (end >= 0 && AFTER_CREDIT.has(tokens[end]!.kind)) end--;
  // Back from the end over what a name is made of, to the mark before it (most drafts stop at once).
  let words = 0;
  let k = end;
  let before = "";
  for (; k >= CREDITED_WORDS_MIN; k--) {
    const t = tokens[k]!;
    if (t.kind === "word" && (CREDIT_NOUNS.has(t.norm) || /^\p{Lu}/u.test(t.text))) {
      if (++words > CREDIT_WORDS_MAX || NOT_A_CREDIT.has(t.text.toUpperCase())) return null;
      // A mention, a domain's parts (`Investorplace.com`) and an ampersand (`S&P Global`) go with the name.
    } else if (t.kind !== "mention" && !(t.text === "." && tokens[k + 1]?.kind === "word") && !(t.kind === "word" && tokens[k - 1]?.text === ".") && t.text !== "&") return null;
    before = text.slice(Math.max(0, t.start - 4), t.start);
    if (CREDIT_MARK.test(before)) break;
  }
  if (k < CREDITED_WORDS_MIN || wordCount(tokens.slice(0, k)) < CREDITED_WORDS_MIN) return null;
  // After a colon, only in a draft where nobody says I, we or you: `Best day of my life: Disneyland` names a place.
  if (before.trimEnd().endsWith(":") && someoneSpeaks(tokens, lex)) return null;
  return namesOutlet(tokens.slice(k, end + 1), lex) ? spanOf(text, { start: tokens[k]!.start, end: tokens[end]!.end }) : null;
}

/**
 * Whether the words a headline is credited to name an outlet or a body: every capitalised word
 * rare or an acronym, but an article first (`The Guardian`, `Morningstar`, `WSJ`, `BFM BUSINESS`),
 * or an outlet the packs list, with a credit noun if need be (`Reuters Poll`, `sondage Reuters`).
 */
function namesOutlet(name: readonly Token[], lex: Lexicon): boolean {
  let common = 0;
  for (let i = 0; i < name.length; i++) {
    const t = name[i]!;
    if (t.kind !== "word" || !/^\p{Lu}/u.test(t.text) || CREDIT_NOUNS.has(t.norm) || isAcronym(t.text, t.text.length > 1 ? t.text.charCodeAt(1) : 0)) continue;
    if (isStopWord(t.norm) ? !(i === 0 && name.length > 1) : !isRareName(t)) common++;
  }
  if (common === 0) return true;
  const outlet = lex.outlets().match(name)[0];
  const rest = outlet === undefined ? [] : [...name.slice(0, outlet.first), ...name.slice(outlet.last + 1)];
  return outlet !== undefined && rest.every((n) => n.kind === "word" && CREDIT_NOUNS.has(n.norm));
}

/** Words that open a newsroom's own scoop before its name (`INFO BFM BUSINESS - …`, `EXCLU Les Echos : …`). */
const SCOOP_TAGS = new Set(["info", "infos", "exclu", "exclusif", "exclusive", "scoop", "revelations"]);
/** What ends a scoop's credit: a dash set apart, a colon, a bar, a full stop (read in the text). */
const SCOOP_CREDIT_END = /^\s?[-\u2010\u2013\u2014\u2015|:.]\s/;

/**
 * A scoop credited to its newsroom at the draft's head, as French outlets write it (`INFO BFM
 * BUSINESS - La Société Générale va supprimer 900 postes`, `EXCLU Les Echos : Natixis prépare…`,
 * `INFO @BFMBusiness : …`): the tag, up to four words of a name (see namesOutlet), then a mark.
 */
function scoopCredit(text: string, tokens: readonly Token[], lex: Lexicon): Span | null {
  const tag = tokens[0];
  if (tag === undefined || tag.kind !== "word" || !SCOOP_TAGS.has(tag.norm)) return null;
  for (let k = 1; k <= CREDIT_WORDS_MAX && k < tokens.length - 1; k++) {
    const t = tokens[k]!;
    if (!(t.kind === "mention" || (t.kind === "word" && /^\p{Lu}/u.test(t.text)))) return null;
    if (!SCOOP_CREDIT_END.test(text.slice(t.end, t.end + 3))) continue;
    return namesOutlet(tokens.slice(1, k + 1), lex) ? spanOf(text, { start: tag.start, end: t.end }) : null;
  }
  return null;
}

/** A credit grade as agencies write it (`Aa3`, `BBB`, `AA`, `Baa2`; `BBB+` and `AA-` are tokenized without their sign); not a lone `A` or `B`. */
const GRADE = /^(?:AAA|AA|BBB|BB|CCC|Aaa|Aa[1-3]|A[1-3]|Baa[1-3]|Ba[1-3]|B[1-3]|Caa[1-3])$/;

/**
 * A rating agency's action with its grade (`Moody's abaisse la note de la France d'un cran, à
 * Aa3`, `Moody's strips the US of its last triple-A rating, cutting it to Aa1`, `Fitch affirms
 * France at AA-`): the agency that rates is the rating's source, named.
 */
function ratingAction(text: string, tokens: readonly Token[], lex: Lexicon): Span | null {
  let graded = false;
  for (let i = 0; i < tokens.length && !graded; i++) {
    const t = tokens[i]!;
    // (Every grade opens on A, B or C: most words are ruled out before the pattern.)
    const c = t.text.charCodeAt(0);
    graded = t.kind === "word" && ((c >= 65 && c <= 67 && GRADE.test(t.text)) || (t.norm === "triple" && /^A{1,3}$/.test(tokens[i + 1]?.text ?? "")));
  }
  // In the author's own story a grade is a mark (`mon fils a eu A3…`); a firm's own rating stays
  // (`Notre note relevée à A1 par Moody's`), and `US` is a country, not `us`.
  if (!graded || tokens.some((t) => t.kind === "word" && lex.persons.has(t.norm) && t.text !== "US")) return null;
  const agency = lex.ratingAgencies().match(tokens)[0];
  return agency === undefined ? null : spanOf(text, agency);
}

/** Words a speaker's headline gives after its colon, at least (`Fed's Powell: no hurry to cut`). */
const SPOKEN_WORDS_MIN = 3;

/**
 * A headline that opens on its speaker and a colon, as wires and market flashes write what
 * someone said: an institution's person, its name an acronym or one of InformedPack.institutions
 * (`ECB's Lagarde: disinflation process 'well on track'`, `Fed’s Powell: …`) or a flash's name in capitals (`*POWELL: FED DOESN'T NEED TO…`).
 */
function openingSpeaker(text: string, tokens: readonly Token[], lex: Lexicon): Span | null {
  const first = tokens[0];
  if (first === undefined) return null;
  let colon = -1;
  if (first.text === "*" && tokens[1]?.kind === "word" && /^\p{Lu}{3,}$/u.test(tokens[1].text) && tokens[2]?.text === ":") colon = 2;
  else if (first.kind === "word" && /['\u2019]s$/.test(first.text) && tokens[1]?.kind === "word" && /^\p{Lu}\p{Ll}/u.test(tokens[1].text) && tokens[2]?.text === ":") {
    const body = first.text.slice(0, -2);
    if (isAcronym(body, body.charCodeAt(1)) || lex.institutions.has(fold(body))) colon = 2;
  }
  if (colon < 0 || wordCount(tokens.slice(colon + 1)) < SPOKEN_WORDS_MIN) return null;
  return spanOf(text, { start: first.start, end: tokens[colon]!.end });
}

/** A credit rating's grade (`at BBB+`, `à Aa2`), not a broker's name. */
const CREDIT_GRADE = /^(?:A{1,3}|B{1,3}|C{1,3}|D|Aa|Baa|Ba|Caa|Ca)\d?$/;

/** In an analyst's call, the broker that makes it (`… price target at Benchmark`, `… chez Oddo BHF`): a capitalised name after a word of credit. */
function brokersOf(text: string, tokens: readonly Token[], lex: Lexicon): Span[] {
  const out: Span[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i]!.kind !== "word" || !lex.creditedBy.has(tokens[i]!.norm)) continue;
    const name = tokens[i + 1]!;
    if (name.kind === "mention" || (name.kind === "word" && /^\p{Lu}/u.test(name.text) && !CREDIT_GRADE.test(name.text))) out.push(spanOf(text, { start: tokens[i]!.start, end: name.end }));
  }
  return out;
}

const QUOTE = /[«“„]\s*([^«»“”„]{8,}?)\s*[»”“]|"([^"]{8,}?)"/gu;
const MAY_QUOTE = /[«“„"]/;

/** Origins followed by a name within `window` tokens, and the others (those that need a name dropped). */
function splitNamed(text: string, tokens: readonly Token[], found: readonly PhraseMatch<Category>[], window: number, lex: Lexicon, withName: Span[], bare: Span[]): void {
  for (const m of found) {
    if (hasNameWithin(tokens, m.last + 1, window) || (NAMES_A_BODY.has(m.phrase.toLowerCase()) && hasSourceNounWithin(tokens, m.last + 1, SOURCE_NOUN_WINDOW, lex))) withName.push(spanOf(text, m));
    else if (!NEEDS_NAME.has(m.phrase.toLowerCase())) bare.push(spanOf(text, m));
  }
}

/** Words from an origin to its source noun (`d'après le comité`, `per its annual report`, `— la directrice`): an article and an adjective, not a sentence. */
const SOURCE_NOUN_WINDOW = 3;

/** A body or a document that reports (`le comité du label`, `a statement on its website`), right after an origin or a dash. */
function hasSourceNounWithin(tokens: readonly Token[], from: number, count: number, lex: Lexicon): boolean {
  for (let j = from; j < Math.min(tokens.length, from + count); j++) {
    const t = tokens[j]!;
    if (t.kind !== "word") return false;
    if (t.key !== null && lex.sourceNouns.has(t.key)) return true;
  }
  return false;
}

/** Quotations of three words or more. */
function quotationsOf(text: string): Span[] {
  const out: Span[] = [];
  if (!MAY_QUOTE.test(text)) return out;
  for (const m of text.matchAll(QUOTE)) {
    if ((m[1] ?? m[2] ?? "").trim().split(/\s+/).length >= 3) out.push(spanOf(text, { start: m.index, end: m.index + m[0].length }));
  }
  return out;
}

/** Dashes that hand a quotation to its speaker (`« … » — Villeroy de Galhau`). */
const ATTRIBUTION_DASH = new Set(["—", "–", "-", "―"]);

/**
 * A quotation with its speaker named just before it (`Lagarde : « … »`, `Powell said: "…"`), or
 * just after a dash (`« … » — Villeroy de Galhau sur France Inter`, `"…" – Dimon on CNBC`), names its origin.
 */
function isAttributed(tokens: readonly Token[], q: Span, lex: Lexicon, heardFrom: number, reporting: readonly Span[]): boolean {
  let before = 0;
  while (before < tokens.length && tokens[before]!.start < q.start) before++;
  if (before === tokens.length) before = -1; // as findIndex: no token at or after the quotation
  // Not a name inside the quotation before (`"Is that an albino Mexican?" "No dad, he's Asian."`): a dialogue, not its speaker.
  for (let j = Math.max(0, before - 4); j < before; j++) {
    if (tokens[j]!.start < heardFrom) continue;
    if (isName(tokens, j) || (j === 0 && /^\p{Lu}/u.test(tokens[0]!.text) && !isStopWord(tokens[0]!.norm) && introduces(tokens, before, q, reporting))) return true;
  }
  let after = before < 0 ? tokens.length : before;
  while (after < tokens.length && tokens[after]!.start < q.end) after++;
  const dash = tokens[after];
  // The speaker opens what follows the dash, in capitals or as a mention.
  const speaker = tokens[after + 1];
  if (dash === undefined || !ATTRIBUTION_DASH.has(dash.text) || speaker === undefined) return false;
  // …or a role or a body, after an article if need be (`« … » — la directrice des Points conseil budget`).
  return speaker.kind === "mention" || (speaker.kind === "word" && /^\p{Lu}/u.test(speaker.text) && !isStopWord(speaker.norm)) || hasSourceNounWithin(tokens, after + 1, SOURCE_NOUN_WINDOW, lex);
}

/**
 * Whether the draft's first word hands the quotation to a speaker: a colon or a reporting verb
 * before it (`Lagarde : « … »`, `Powell said "…"`; not `Dude was talmbout "…"`, a story).
 */
function introduces(tokens: readonly Token[], before: number, q: Span, reporting: readonly Span[]): boolean {
  for (let j = 1; j < before; j++) if (tokens[j]!.text === ":") return true;
  for (const r of reporting) if (r.end <= q.start && r.start >= tokens[0]!.end) return true;
  return false;
}

/** Whether the word before token i makes the reporting verb there conversation (see InformedPack.conversation; `I'd say`). */
function conversational(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  const before = tokens[i - 1];
  return before !== undefined && before.kind === "word" && (lex.conversation.has(before.norm) || before.norm.endsWith("'d"));
}

/** A reporting verb counts as a named origin when the draft names its author anywhere (`Lagarde said`, `La BCE a annoncé`). */
function namesSomeone(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) if (isName(tokens, i)) return true;
  for (const t of tokens) if (t.kind === "word") return /^\p{Lu}{2,}/u.test(t.text);
  return false;
}

/**
 * A headline that opens on its speaker, a name among neither language's common words, right
 * before what it reports (`Burberry says coronavirus hurting luxury demand`, `Orpea annonce…`):
 * isName leaves out a draft's first word, which most often merely starts the sentence.
 */
function opensOnSpeaker(tokens: readonly Token[], reporting: readonly Span[], lex: Lexicon, lang: Lang): boolean {
  const first = tokens[0];
  const next = tokens[1];
  if (first === undefined || next === undefined || first.kind !== "word" || !/^\p{Lu}\p{Ll}/u.test(first.text) || isStopWord(first.norm)) return false;
  // …as a headline has it: an English verb in the singular (`Insurers say…` is a generalisation),
  // and nobody saying I, we or you (`Landlord says I need…` is the author's day).
  if (next.kind !== "word" || (lang === "en" && !/(?:s|ed|said|told)$/.test(next.norm)) || someoneSpeaks(tokens, lex)) return false;
  // (A French compound past, `Orpea a annoncé`, is one reporting phrase with its auxiliary.)
  for (const r of reporting) if (r.start === next.start) return isRareName(first);
  return false;
}

/**
 * `tells` after a name, as headlines write an interview or a warning (`…, Pulte tells Fox
 * Business`, `PBOC Tells Property Speculators…`): a reporting verb the list cannot hold, as its
 * key (`tell`) is every chatter's `I'll tell you`. Not in a draft where someone says I, we or you
 * (`Mom tells me…`).
 */
function toldBy(tokens: readonly Token[], lex: Lexicon): Token | null {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== "word" || t.norm !== "tells") continue;
    const name = tokens[i - 1]!;
    if (name.kind !== "word" || !/^\p{Lu}/u.test(name.text) || isStopWord(name.norm)) continue;
    return someoneSpeaks(tokens, lex) ? null : t;
  }
  return null;
}

// Written as plain loops over the matches: V8 compiles this function for every batch, and the
// chained filter/map/spread version took 50–70 ms to optimize and was optimized six times over.
/** The last draft read: `relevant` asks again for the evidence `informed` has just found. */
let last: { tokens: readonly Token[]; lex: Lexicon; lang: Lang; evidence: Evidence } | null = null;

/** What shows the draft is informed, and what undermines it; `lang` is the draft's language (a headline's verb has its shape, see isActor). */
export function findEvidence(text: string, tokens: readonly Token[], lex: Lexicon, lang: Lang): Evidence {
  if (last !== null && last.tokens === tokens && last.lex === lex && last.lang === lang) return last.evidence;
  const evidence = readEvidence(text, tokens, lex, lang);
  last = { tokens, lex, lang, evidence };
  return evidence;
}

function readEvidence(text: string, tokens: readonly Token[], lex: Lexicon, lang: Lang): Evidence {
  const origins: PhraseMatch<Category>[] = [];
  const reporting: Span[] = [];
  const quarters: Span[] = [];
  const hedges: Span[] = [];
  const opinions: Span[] = [];
  const claims: Span[] = [];
  let rated = false;
  // A firm's own research and a newsroom's unnamed sources: named origins as written.
  const namedAsWritten: Span[] = [];
  for (const m of lex.phrases.match(tokens)) {
    switch (m.data) {
      case "origins":
        origins.push(m);
        break;
      case "reporting":
        if (!conversational(tokens, m.first, lex)) reporting.push(spanOf(text, m));
        break;
      case "quarters":
        quarters.push(spanOf(text, m));
        break;
      case "hedges":
        hedges.push(spanOf(text, m));
        break;
      case "opinion":
        opinions.push(spanOf(text, m));
        break;
      case "claims":
        claims.push(spanOf(text, m));
        break;
      case "ratings":
        rated = true;
        break;
      case "ownResearch":
      case "anonymousSources":
        namedAsWritten.push(spanOf(text, m));
        break;
    }
  }
  const tells = toldBy(tokens, lex);
  if (tells !== null) reporting.push(spanOf(text, tells));
  const namedOrigins: Span[] = [];
  const bareOrigins: Span[] = [];
  splitNamed(text, tokens, origins, 4, lex, namedOrigins, bareOrigins);
  for (const r of namedAsWritten) namedOrigins.push(r);
  for (const credited of creditedSources(text, tokens, lex)) namedOrigins.push(credited);
  const credit = closingCredit(text, tokens, lex);
  if (credit !== null) namedOrigins.push(credit);
  const speaker = openingSpeaker(text, tokens, lex) ?? scoopCredit(text, tokens, lex) ?? ratingAction(text, tokens, lex);
  if (speaker !== null) namedOrigins.push(speaker);
  if (rated) for (const broker of brokersOf(text, tokens, lex)) namedOrigins.push(broker);
  const quotes = quotationsOf(text);
  for (let k = 0; k < quotes.length; k++) if (isAttributed(tokens, quotes[k]!, lex, k > 0 ? quotes[k - 1]!.end : 0, reporting)) namedOrigins.push(quotes[k]!);
  const someName = reporting.length > 0 && (namesSomeone(tokens) || opensOnSpeaker(tokens, reporting, lex, lang));
  const { figures: figs, dates } = figures(text, tokens, lex);
  for (const q of quarters) dates.push(q);
  const links: Span[] = [];
  for (const t of tokens) if (t.kind === "url") links.push(spanOf(text, t));
  // A firm's own news and a headline's actor are looked for only where they can count: beside a
  // date or a figure (see WEIGHTS.own and WEIGHTS.actor), and when no link or named source already makes the draft informed.
  const own: Span[] = [];
  const actors: Span[] = [];
  if (links.length === 0 && namedOrigins.length === 0) {
    if ((figs.length > 0 || dates.length > 0) && ownVoiced(tokens, lex)) {
      for (const m of lex.announcements().match(tokens)) own.push(spanOf(text, m));
      for (const m of lex.ownChanges().match(tokens)) if (ownVoiced(tokens.slice(0, m.first), lex)) own.push(spanOf(text, m));
    }
    if (figs.length > 0) {
      // A name opening the draft acts only where nobody says I, we or you (`Grabbed a bike for £60, I…`).
      const named = !someoneSpeaks(tokens, lex);
      for (let i = 0; i < tokens.length; i++) if (isActor(text, tokens, i, named ? lang : null)) actors.push(spanOf(text, tokens[i]!));
    }
  }
  return {
    links,
    namedOrigins,
    bareOrigins,
    namedReporting: someName ? reporting : [],
    bareReporting: someName ? [] : reporting,
    figures: figs,
    own,
    actors,
    dates,
    quotes,
    hedges,
    opinions,
    claims,
  };
}
