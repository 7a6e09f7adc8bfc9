// Compiles what counts as a current topic for one configuration: the user's topics, the
// presets' topic lists (both languages: bilingual tweets are common), and the content words of
// recent headlines. Compiled once per configuration and reused for every draft.
import type { Headline, PresetData, ResolvedConfig } from "../../config/types.js";
import { isStopWord } from "../../lang/stopwords.js";
import type { PackLoader } from "../../packs/load.js";
import { fold, isUpperCaseWord } from "../../text/normalize.js";
import { PhraseMatcher, phraseIdentity, phraseKey, wordKey, type PhraseMatch } from "../../text/phrases.js";
import { tokenize, type Token } from "../../text/tokenize.js";
import { once } from "../../once.js";
import { mapPacked } from "../../text/packed.js";
import { escapeRegExp } from "../../text/alternation.js";
import { foldedAlternation } from "../../text/folded-pattern.js";
import { compileMarketMoves, type MarketMoves } from "./market-move.js";

/** Short capitalised preset terms (Fed, PER, SEC, ING) must be written capitalised: `fed up` is not the Fed. */
export type CaseRule = "upper" | "capital" | null;
export interface TopicData {
  /**
   * `not`: a phrase that holds a topic word in another sense, matched only to hide that word;
   * `move`: a market move (`en hausse`, `highest since`), which backs an everyday sector word as a figure does;
   * `company`: a company's name (`Michelin`, `Ubisoft`), which the sector's news is about (see TopicPack.companies);
   * `economy` and `economyTopic`: a country's or a region's name and what its economy's news is about
   * (`China`, `growth`), a topic only together (see TopicPack.economies);
   * `trade`: an investor's or a trader's words for their own positions (`stopped out`, `rachat de
   * shorts`), a topic in the first person too (see TopicPack.marketTalk).
   */
  from: "topics" | "preset" | "not" | "move" | "company" | "economy" | "economyTopic" | "trade";
  caseRule: CaseRule;
  /** A preset term that is also an everyday word (`banque`, `savings`): it needs company to count (see `weakTopics`). */
  weak: boolean;
  /** The phrase's matching key: `banque` and `banques` are one topic. */
  key: string;
}

export interface TopicPack {
  headlineStopWords?: string[];
  /** Phrases holding a topic word in another sense (`fed up`, `bank holiday`): a topic inside one does not count. */
  notTopics?: string[];
  minHeadlineWordLength?: number;
  /** Scale words that make a number a sector-sized amount (`$3bn`, `1,6 milliard`): a topic when a sector preset is on. */
  amountScales?: string[];
  /** Scale words that make an amount only beside a currency (`€500m`, `500 millions d'euros`; not `2 millions de vues`). */
  amountScalesWithCurrency?: string[];
  /** Preset terms that are everyday words too (`banque`, `bourse`, `savings`, `gold`): one counts only with another topic, a percentage or a money figure. */
  weakTopics?: string[];
  /** Currency symbols, words and codes that make a number a money figure (`€`, `dollars`, `EUR`). */
  currencies?: string[];
  /** Units that make a number a percentage or a rate move (`%`, `percent`, `bps`, `pb`). */
  percentUnits?: string[];
  /** First-person singular words (`je`, `my`): prices in a personal draft (`I paid $7`) are not finance figures. */
  firstPerson?: string[];
  /** Words that address the reader (`you`, `vous`): a draft that speaks to someone is not written as news. */
  secondPerson?: string[];
  /**
   * What follows a second-person word in a headline's idiom (`What you need to know`, `Everything
   * you should know`): anyone, not the reader addressed.
   */
  genericYou?: string[];
  /**
   * Preset terms for money itself (`money`, `argent`): everyone's word. In a story told in the
   * first person (`Mon fils m'a demandé ce que je fais au travail… « j'écris sur l'argent »`) or in
   * chatter (`RT @…: Your sole purpose is to make money`) they are not a foothold for the learned
   * reading, as the sector's other everyday words are.
   */
  everydayMoney?: string[];
  /** First-person possessives (`mon`, `ma`, `my`): a sector word right after one is the author's own contract or provider (`ma mutuelle`, `my insurer`), an everyday word there. */
  possessives?: string[];
  /**
   * Preset terms that name a product a customer holds, in the singular (`overdraft fee`,
   * `carte bancaire`, `complémentaire santé`): in a draft whose author says I, their own account
   * or contract, an everyday word (`$35 overdraft fee for a $4 coffee. love that for me`), as
   * after a possessive. What professionals discuss as policy (`livret A`, `mortgage`) is left out.
   */
  products?: string[];
  /**
   * What opens a reader's question quoted by a columnist (`Question d'un lecteur`, `Reader
   * question`, `question of the week`), before a colon or a question mark: the first person after
   * it is the reader's, not the author's (`Reader question: my insurer rejected my claim…`).
   */
  readerQuestions?: string[];
  /**
   * What a figure is set against in a data release's shorthand (`exp`, `est`, `consensus`,
   * `attendus`): `Claims 233k vs 230k exp.`, `+256 000, contre +160 000 attendus`. The release backs
   * an everyday sector word as a market move does.
   */
  releaseWords?: string[];
  /** Articles and others' possessives before a product that make it the product in general (`l'assurance auto au kilomètre`, `les cartes bancaires pour ados`) or another's (`ses agios`, `their overdraft`), not the author's own. */
  genericArticles?: string[];
  /**
   * First-person plural possessives (`notre`, `nos`, `our`): a draft that names a sector word after
   * one is the firm's voice, or its staff's (`Proud that our online banking now works in 12
   * languages, I'm told`), however chatty: its voice is not read as a customer's.
   */
  ourPossessives?: string[];
  /**
   * Two words as written, accents kept, in which a topic's word is another word or another sense
   * (`épargné par`, spared by; `est épargnée`): folded, they read `epargne par`, a finance phrase
   * (`l'épargne par capitalisation`), so notTopics cannot tell them apart. Savings as a verb stays
   * the sector's (`Les Français n'ont jamais autant épargné`); a draft typed without accents too.
   */
  otherSenses?: string[];
  /** Words of market moves (`en hausse`, `au plus bas`, `slides`, `highest since`): they back an everyday sector word as a figure does. */
  moves?: string[];
  /**
   * What investors and traders say of their own positions and no customer says of a bank or an
   * insurer (`sortir sur mon stop`, `rachat de shorts`, `took profits`, `bought puts`): a topic of
   * the markets told in the first person, and never a customer's dealings (voice.ts).
   */
  marketTalk?: string[];
  /**
   * Indices, commodities, crypto-assets and central banks as investors name them (`CAC`, `Nasdaq`,
   * `l'or`, `bitcoin`, `Fed`, `Powell`): what no customer holds (see market-move.ts and topical's customer voice).
   */
  marketNames?: string[];
  /** An investor's words for a market's move (`ATH`, `casse`, `crosses`, `massacre`): see market-move.ts. */
  marketEvents?: string[];
  /** Words of a direction before a percentage (`up 35%`, `down 13%`): see moveCauses. */
  moveWords?: string[];
  /** Words of a cause after a signed percentage (`+23% on`, `down 13% after`): with a direction, a share price's move. */
  moveCauses?: string[];
  /**
   * Verbs of a market move written right before a percentage (`Tumbling 13.5%`, `bondit de 8 %`):
   * a price move reported, as a direction with its cause is; through one of percentMovesLinks (`by`, `de`).
   */
  percentMoves?: string[];
  percentMovesLinks?: string[];
  /**
   * Past tenses a diary opens on with no subject (`Paid off the mortgage today`, `Reçu l'avis
   * d'échéance`): the author's own doings, as `I` or `je` says. Not before one of diaryNotBefore
   * (`Bought by Amazon in 2017, …`, `Reçu par le ministre, …`): a participle clause, as news writes.
   */
  diaryOpeners?: string[];
  diaryNotBefore?: string[];
  /** A company's legal form before its ticker in brackets (`Acme Inc. (ACME)`, `Groupe SA (GRP)`): a ticker too. */
  companySuffixes?: string[];
  /** Stock exchanges' codes as tickers are written with them (`NYSE:JPM`, `EPA:BNP`, `TSE:RY`): a ticker, as a `$cashtag` is. */
  exchangeCodes?: string[];
  /**
   * What companies do, as business news reports it (`names new CFO`, `supprime 1 200 postes`,
   * `recalls 240,000 SUVs`, `remporte une commande`): regular expressions read on the folded draft
   * (lower case, no accents; see src/text/folded-pattern.ts), `\p{L}` for a letter.
   */
  companyActions?: string[];
  /**
   * Companies outside the sector that its news reports on (`Michelin`, `Ubisoft`, `Toyota`), as
   * headlines write them: each counts as an everyday sector word (a weak topic), written with its
   * capital, and only when a sector preset is on. The sector's own firms are in the presets.
   */
  companies?: string[];
  /**
   * Words that may come before a company's name at the head of a draft that reports its news (`Le
   * groupe SEB rappelle…`, `The Walt Disney Company…`), besides punctuation, numbers and a kicker
   * in capitals (`EXCLUSIF -`, `UPDATE 1-`).
   */
  companyLeads?: string[];
  /**
   * Words that make a company's name the name of a place (`un Lidl`, `magasin Decathlon`, `near a
   * Walmart`; `Accor Arena`, `AT&T Stadium`, `Walmart stores`): before the name and after it.
   */
  companyPlaceBefore?: string[];
  companyPlaceAfter?: string[];
  /**
   * Countries and regions as the news names them (`China`, `U.S.` as `US`, `euro zone`,
   * `française`), written with their capitals as listed: one names an economy beside an
   * economyTopics word (`China's growth`, `US unemployment`, `le chômage en France`, `la
   * croissance chinoise`), a topic when a sector preset is on. Neither counts alone.
   */
  economies?: string[];
  /** What an economy's news is about (`growth`, `jobs`, `exports`, `chômage`, `marchés`): see economies. */
  economyTopics?: string[];
  /** Words that may link a noun to what it is of: an economyTopics word to the economy after it (`growth in China`, `la dette de la France`), an industry noun to its field (`le secteur de l'assurance`). */
  linkWords?: string[];
  /** Nouns that name an everyday sector word as an industry (`the health insurance industry`, `le secteur de l'assurance`): it is then a topic of its own. */
  industryNouns?: string[];
}

/** A match that names a topic (not a `notTopics` phrase, a market move, or half of an economy's news). */
export function isTopic(m: { data: TopicData }): boolean {
  const from = m.data.from;
  return from !== "not" && from !== "move" && from !== "economy" && from !== "economyTopic";
}

/**
 * Whether a preset acronym or name is written as listed: `OAT` (French government bonds) is not
 * the `oat` of an oat latte, nor `PER` the French `per`. Every rule that reads topics checks it.
 */
export function caseOk(match: PhraseMatch<TopicData>, tokens: readonly Token[]): boolean {
  if (match.data.from === "company" && !writtenAsListed(match, tokens)) return false;
  const rule = match.data.caseRule;
  if (!rule) return true;
  // A possessive (`FCA's`) or a plural (`ATMs`, `ETFs`) is the name written as listed.
  // A handle's first part is the name (`@ACPR_BdF`).
  const written = tokens[match.first]!.text.replace(/^[#$@＠]/, "").replace(/_.*$/, "").replace(/['’]s$/, "").replace(/(?<=\p{Lu}{2})s$/u, "");
  return rule === "upper" ? isUpperCaseWord(written) : /^\p{Lu}/u.test(written);
}

/**
 * A company's name written letter for letter as listed, a possessive allowed (`Renault's`): the
 * matcher's keys drop a final `s` or `x` (plurals), and `Eli` is not `Elis`, nor `space` `SpaceX`.
 */
function writtenAsListed(match: PhraseMatch<TopicData>, tokens: readonly Token[]): boolean {
  let full = "";
  for (let i = match.first; i <= match.last; i++) full += tokens[i]!.text;
  const written = full.replace(/['’]s$/u, "");
  // A capital inside the name (`DuPont`, `SpaceX`) is part of it: `Dupont` is a surname.
  if (INNER_CAPITAL.test(match.phrase) && !INNER_CAPITAL.test(written) && !isUpperCaseWord(written)) return false;
  // A name listed with its `'s` (`Macy's`, `McDonald's`) is written with it.
  const listed = lettersOf(match.phrase);
  return lettersOf(written) === listed || lettersOf(full) === listed;
}

/** A word in lower case with its accents, composed as the packs write them. */
const asWritten = (word: string): string => word.normalize("NFC").toLowerCase();

/** A match whose word is written, with the word before or after it, as one of TopicPack.otherSenses. */
export function inOtherSense(match: PhraseMatch<TopicData>, tokens: readonly Token[], c: CompiledTopics): boolean {
  if (c.otherSenses.size === 0) return false;
  const written = (i: number): string => (tokens[i] ? asWritten(tokens[i]!.text) : "");
  for (let i = match.first; i <= match.last; i++) {
    if (c.otherSenses.has(`${written(i - 1)} ${written(i)}`) || c.otherSenses.has(`${written(i)} ${written(i + 1)}`)) return true;
  }
  return false;
}

const INNER_CAPITAL = /\p{Ll}\p{Lu}/u;
const lettersOf = (s: string): string => fold(s).replace(/[^\p{L}\p{N}]/gu, "");

/** A topic that is a sector topic on its own (not an everyday word such as `banque`, `café`). */
export function isSectorTopic(m: { data: TopicData }): boolean {
  return isTopic(m) && !m.data.weak;
}

export interface CompiledTopics {
  /** The user's topics, the presets' terms, moves and notTopics. */
  matcher: PhraseMatcher<TopicData>;
  /**
   * The names read only for a draft the lists leave off topic, as they can only add to its score:
   * the companies (TopicPack.companies), the economies and their topics (TopicPack.economies), the
   * presets' long tail (PresetData.moreTopics), with the notTopics. Built when first asked for;
   * null with no preset on.
   */
  namedMatcher: () => PhraseMatcher<TopicData> | null;
  /** Headline content word key → indices of the headlines that hold it. */
  headlineWords: Map<string, number[]>;
  headlines: Headline[];
  /** A few topics to quote in suggestions, per language: worked out for the first finding that quotes them. */
  examples: () => Record<"fr" | "en", string[]>;
  /** Keys of amount scale words (`bn`, `milliard`), when a sector preset is on; empty otherwise. */
  amountScales: ReadonlySet<string>;
  /** Keys of scale words that need a currency beside them (`m`, `millions`). */
  currencyScales: ReadonlySet<string>;
  /** Keys of currency words and symbols (`dollar`, `€`, `eur`). */
  currencies: ReadonlySet<string>;
  /** Keys of percentage units (`%`, `bps`). */
  percentUnits: ReadonlySet<string>;
  /** First-person singular words, folded as tokens' `norm` is. */
  firstPerson: ReadonlySet<string>;
  /** Second-person words, folded as tokens' `norm` is. */
  secondPerson: ReadonlySet<string>;
  /** TopicPack.genericYou, each as its words folded as tokens' `norm` is. */
  genericYou: readonly (readonly string[])[];
  /** Keys of TopicPack.everydayMoney. */
  everydayMoney: ReadonlySet<string>;
  /** First-person possessives (TopicPack.possessives), folded as tokens' `norm` is. */
  possessives: ReadonlySet<string>;
  /** The preset terms that name a customer's product (TopicPack.products), by key, as listed (in the singular). */
  products: ReadonlyMap<string, string>;
  /** TopicPack.genericArticles, folded as tokens' `norm` is. */
  genericArticles: ReadonlySet<string>;
  /** TopicPack.ourPossessives, folded as tokens' `norm` is. */
  ourPossessives: ReadonlySet<string>;
  /** TopicPack.otherSenses, in lower case as written (accents kept), one space between the words. */
  otherSenses: ReadonlySet<string>;
  /** TopicPack.readerQuestions as one pattern on the folded head of a draft, compiled when first read; null with no preset on. */
  readerQuestion: () => RegExp | null;
  /** Keys of words of direction before a percentage and of cause after it (TopicPack.moveWords, moveCauses). */
  moveWords: ReadonlySet<string>;
  moveCauses: ReadonlySet<string>;
  /** TopicPack.diaryOpeners and diaryNotBefore, folded as tokens' `norm` is. */
  diaryOpeners: ReadonlySet<string>;
  diaryNotBefore: ReadonlySet<string>;
  /** Keys of verbs of a move before a percentage, and of the words that may join them (TopicPack.percentMoves, percentMovesLinks). */
  percentMoves: ReadonlySet<string>;
  percentMovesLinks: ReadonlySet<string>;
  /** A sector preset is on: figures, amounts and tickers are then the sector's signals. */
  sector: boolean;
  /** A ticker written with its exchange's code (`(NYSE:JPM)`, `EPA:BNP`) or after a company's legal form (`Acme Inc. (ACME)`), or null with no preset on. */
  writtenTicker: RegExp | null;
  /** A company named with its legal form or its kind after a capitalised name (`Cronos Group`, `Verpakt SA`), or null with no preset on. */
  companyName: RegExp | null;
  /** Words before and after a company's name that make it a place (TopicPack.companyPlaceBefore, companyPlaceAfter), folded as tokens' `norm` is: `magasin` is one store, `magasins` a chain's. */
  companyPlaceBefore: ReadonlySet<string>;
  companyPlaceAfter: ReadonlySet<string>;
  /** Words that may come before a company's name at the head of a draft (TopicPack.companyLeads), folded as tokens' `norm` is. */
  companyLeads: ReadonlySet<string>;
  /** Words that link a noun to what it is of, and nouns of industries (TopicPack.linkWords, industryNouns), folded as tokens' `norm` is. */
  linkWords: ReadonlySet<string>;
  industryNouns: ReadonlySet<string>;
  /** The companyActions patterns as one expression on the folded draft, compiled when first read; null with no preset on. */
  companyAction: () => RegExp | null;
  /** A figure against another and TopicPack.releaseWords (`233k vs 230k exp`), on the folded draft, compiled when first read; null with no preset on. */
  dataRelease: () => RegExp | null;
  /** The keys of the packs' companies, those a preset lists as topics of their own included (`Kering`, `Worldline`). */
  companyKeys: ReadonlySet<string>;
  /** Market names and an investor's words for their moves (market-move.ts), compiled when first read; null with no preset on. */
  marketMoves: () => MarketMoves | null;
  empty: boolean;
}

function caseRuleOf(term: string): CaseRule {
  if (term.length > 5 || /[\s#$@]/.test(term) || !/\p{Lu}/u.test(term)) return null;
  return /\p{Ll}/u.test(term) ? "capital" : "upper";
}

/** A company's name is matched with the capitals it is listed with (`LVMH`, `Orange`); one listed in lower case (`easyJet`) as it comes. */
function companyCaseRule(name: string): CaseRule {
  if (/^\p{Lu}+$/u.test(name)) return "upper";
  return /^\p{Lu}/u.test(name) ? "capital" : null;
}

/** The presets' topics (PresetData.topics), or with `more` their long tail (PresetData.moreTopics), each term once. */
function presetTerms(presets: readonly PresetData[], more = false): string[] {
  const out = new Set<string>();
  for (const p of presets) for (const list of Object.values((more ? p.moreTopics : p.topics) ?? {})) for (const t of list ?? []) out.add(t);
  return [...out];
}

function headlineIndex(headlines: readonly Headline[], packs: PackLoader): Map<string, number[]> {
  const index = new Map<string, number[]>();
  // No news feed: no headline to index, and the packs' stop words are not read.
  if (headlines.length === 0) return index;
  const fr = packs.load<TopicPack>("topical", "fr") ?? {};
  const en = packs.load<TopicPack>("topical", "en") ?? {};
  const ignore = new Set([...(fr.headlineStopWords ?? []), ...(en.headlineStopWords ?? [])].map(wordKey));
  const minLength = Math.min(fr.minHeadlineWordLength ?? 4, en.minHeadlineWordLength ?? 4);
  headlines.forEach((h, i) => {
    for (const t of tokenize(h.title)) {
      const isAcronym = t.kind === "word" && /^\p{Lu}{2,}$/u.test(t.text);
      if (t.kind !== "word" && t.kind !== "hashtag" && t.kind !== "cashtag") continue;
      if (!isAcronym && t.norm.length < minLength) continue;
      if (isStopWord(t.norm) || ignore.has(wordKey(t.norm)) || /^\p{N}+$/u.test(t.norm)) continue;
      const key = wordKey(t.norm);
      const list = index.get(key);
      if (!list) index.set(key, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    }
  });
  return index;
}

function examplesOf(config: ResolvedConfig, weak: ReadonlySet<string>): Record<"fr" | "en", string[]> {
  // The user's topics are not labelled by language; one that the presets list in the other
  // language only (`BCE`, `taux directeurs` beside `ECB`, `interest rates`) is not quoted to a
  // draft in this one. Topics no preset lists (a firm's own products) are quoted to both.
  const presetKeys = (lang: "fr" | "en") => new Set(config.presets.flatMap((p) => (p.topics[lang] ?? []).map((t) => phraseKey(t))));
  const keys = config.topics.length > 0 && config.presets.length > 0 ? { fr: presetKeys("fr"), en: presetKeys("en") } : null;
  const ownTopics = (lang: "fr" | "en") => {
    if (!keys) return config.topics;
    const other = lang === "fr" ? keys.en : keys.fr;
    return config.topics.filter((t) => {
      const key = phraseKey(t);
      return keys[lang].has(key) || !other.has(key);
    });
  };
  const pick = (lang: "fr" | "en") => {
    // The user's own topics first; then preset terms spread over each list (lists are grouped by
    // theme) that read well in a sentence: no tags, no very short acronyms, no long names, and
    // no everyday words (`banque`), which are not topics on their own.
    const spread = config.presets.flatMap((p) => {
      // Lists start with their core terms (longer lists append subfields): spread over the first part.
      const all = p.topics[lang] ?? [];
      const list = all.slice(0, Math.max(150, Math.ceil(all.length / 3))).filter((t) => !/^[#$]/.test(t) && t.length > 3 && t.length <= 20 && !weak.has(phraseKey(t)));
      return [0, 1, 2].map((k) => list[Math.floor((k * list.length) / 3) + 3]).filter((t): t is string => Boolean(t));
    });
    return [...new Set([...ownTopics(lang), ...spread])].slice(0, 3);
  };
  return { fr: pick("fr"), en: pick("en") };
}

/**
 * A ticker as written: `CODE:TICKER` (capitals; digits and a class after a dot allowed), not inside
 * a word or a link; or in brackets after a company's legal form (`Acme Inc. (ACME)`).
 */
function tickerPattern(codes: readonly string[], suffixes: readonly string[]): RegExp | null {
  const forms: string[] = [];
  if (codes.length) forms.push(`(?<![\\p{L}\\p{N}/.])(?:${codes.map(escapeRegExp).join("|")}):[A-Z0-9]{1,10}(?:\\.[A-Z]{1,2})?(?![\\p{L}\\p{N}])`);
  if (suffixes.length) forms.push(`(?<![\\p{L}\\p{N}])(?:${suffixes.map(escapeRegExp).join("|")}),? \\([A-Z]{1,6}\\)`);
  return forms.length ? new RegExp(forms.join("|"), "u") : null;
}

/** A capitalised name and then a company's legal form or kind, as written (`Capri Holdings`, `Sykes Enterprises, Incorporated`, `Verpakt SA`). */
function companyPattern(suffixes: readonly string[]): RegExp | null {
  if (!suffixes.length) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{L}\\p{N}&'’.-]*,? (?:${suffixes.map(escapeRegExp).join("|")})(?![\\p{L}\\p{N}])`, "u");
}

/** A figure as a data release writes it: a sign, digits with their separators, a scale or a unit (`+256 000`, `233k`, `0.2%`, `1.31M`). */
const RELEASE_FIGURE = "(?<![\\p{L}\\d])[+\\-\u2212]?\\d[\\d.,\u00a0\u202f ]*(?:k|m|bn|%|pts?|bps?|pb)?";

export function compileTopics(config: ResolvedConfig, packs: PackLoader): CompiledTopics {
  // Every list of the packs serves topics or presets: without either, they are not read at all.
  const listed = config.topics.length > 0 || config.presets.length > 0;
  const fr = (listed ? packs.load<TopicPack>("topical", "fr") : undefined) ?? {};
  const en = (listed ? packs.load<TopicPack>("topical", "en") : undefined) ?? {};
  const both = (key: keyof TopicPack) => [...((fr[key] as string[] | undefined) ?? []), ...((en[key] as string[] | undefined) ?? [])];
  // notTopics only hide topic words: without topics or presets there is nothing to hide.
  const notTopics = listed ? both("notTopics") : [];
  // Moves only matter when a preset is on (they back the presets' everyday words).
  const moves = config.presets.length > 0 ? both("moves") : [];
  // So does an investor's talk of their positions (a sector's topic, however personal its voice).
  const marketTalk = config.presets.length > 0 ? both("marketTalk") : [];
  // Only preset terms can be everyday words (the user's own topics are never weakened).
  const weak = new Set(config.presets.length > 0 ? both("weakTopics").map(phraseKey) : []);
  // Companies count as everyday sector words, written as listed (`Renault`, not `renault`); they have their own matcher (below).
  const companies = config.presets.length > 0 ? both("companies") : [];
  const companyKeyList = mapPacked(companies, phraseKey);
  const companyKeys = new Set(companyKeyList);
  const listedKeys = new Set<string>();
  // The same terms by kind and key: the long tail's `#SPY` is not the topics' `$SPY` (a hashtag is no cashtag).
  const listedIds = new Set<string>();
  const entries: Array<readonly [string, TopicData]> = [
    ...notTopics.map((t) => [t, { from: "not", caseRule: null, weak: false, key: phraseKey(t) }] as const),
    ...moves.map((t) => [t, { from: "move", caseRule: null, weak: false, key: phraseKey(t) }] as const),
    ...marketTalk.map((t) => [t, { from: "trade", caseRule: caseRuleOf(t), weak: false, key: phraseKey(t) }] as const),
    ...config.topics.map((t) => [t, { from: "topics", caseRule: null, weak: false, key: phraseKey(t) }] as const),
    // A preset's everyday word that is a company's name (`Renault`, `Tesla`) is read as a company;
    // a company the preset lists as a topic of its own (`Kering`, `Sanofi`) stays one.
    ...presetTerms(config.presets).flatMap((t) => {
      const key = phraseKey(t);
      if (weak.has(key) && companyKeys.has(key)) return [];
      listedKeys.add(key);
      listedIds.add(phraseIdentity(t) ?? "");
      return [[t, { from: "preset", caseRule: caseRuleOf(t), weak: weak.has(key), key }] as const];
    }),
  ];
  const matcher = new PhraseMatcher<TopicData>(entries);
  // The companies, the economies and the presets' long tail (moreTopics), with the phrases that
  // hide a name in another sense (`Guide Michelin`, `economy class`): their own matcher, built for
  // the first draft the lists leave off topic (a draft on topic by the lists never needs it, and
  // filing 1,400 names is most of a one-draft run's cost otherwise; the long tail's 2,300 terms, 8 %).
  const namedMatcher = once(() => {
    if (config.presets.length === 0) return null;
    const named = companies.flatMap((t, i) => {
      const key = companyKeyList[i]!;
      return listedKeys.has(key) ? [] : [[t, { from: "company", caseRule: companyCaseRule(t), weak: true, key }] as const];
    });
    const economies = both("economies").map((t) => [t, { from: "economy", caseRule: companyCaseRule(t), weak: false, key: phraseKey(t) }] as const);
    const economyTopics = both("economyTopics").map((t) => [t, { from: "economyTopic", caseRule: caseRuleOf(t), weak: false, key: phraseKey(t) }] as const);
    const more = presetTerms(config.presets, true).flatMap((t) => {
      const key = phraseKey(t);
      return listedIds.has(phraseIdentity(t) ?? "") ? [] : [[t, { from: "preset", caseRule: caseRuleOf(t), weak: weak.has(key), key }] as const];
    });
    return new PhraseMatcher<TopicData>([...entries.filter(([, data]) => data.from === "not"), ...named, ...economies, ...economyTopics, ...more]);
  });
  const headlineWords = headlineIndex(config.headlines, packs);
  // Amounts and figures are sector signals only when a sector preset is on.
  const keys = (key: keyof TopicPack) => new Set(config.presets.length > 0 ? both(key).map((s) => wordKey(s)) : []);
  const folded = (key: keyof TopicPack) => new Set(config.presets.length > 0 ? both(key).map((w) => fold(w.trim())) : []);
  return {
    matcher,
    namedMatcher,
    headlineWords,
    headlines: config.headlines,
    examples: once(() => examplesOf(config, weak)),
    amountScales: keys("amountScales"),
    currencyScales: keys("amountScalesWithCurrency"),
    currencies: keys("currencies"),
    percentUnits: keys("percentUnits"),
    // As written (folded), not keyed: a key drops a final `s`, and `mois` (month) would be `moi`.
    firstPerson: folded("firstPerson"),
    secondPerson: folded("secondPerson"),
    everydayMoney: keys("everydayMoney"),
    genericYou: config.presets.length > 0 ? both("genericYou").map((p) => fold(p.trim()).split(/\s+/)) : [],
    possessives: folded("possessives"),
    products: new Map(config.presets.length > 0 ? both("products").map((t) => [phraseKey(t), t] as const) : []),
    genericArticles: folded("genericArticles"),
    ourPossessives: folded("ourPossessives"),
    otherSenses: new Set(listed ? both("otherSenses").map((p) => asWritten(p).trim().split(/\s+/).join(" ")) : []),
    // In the first words, no colon or question mark before it: the draft opens on the reader's question.
    readerQuestion: once(() => (config.presets.length > 0 ? foldedAlternation(both("readerQuestions").map((q) => `^[^:?]{0,40}?(?<![\\p{L}])${q.trim().split(/\s+/).map(escapeRegExp).join("\\s+")}\\s*[:?]`)) : null)),
    moveWords: keys("moveWords"),
    moveCauses: keys("moveCauses"),
    diaryOpeners: folded("diaryOpeners"),
    diaryNotBefore: folded("diaryNotBefore"),
    percentMoves: keys("percentMoves"),
    percentMovesLinks: keys("percentMovesLinks"),
    sector: config.presets.length > 0,
    writtenTicker: config.presets.length > 0 ? tickerPattern(both("exchangeCodes"), both("companySuffixes")) : null,
    companyName: config.presets.length > 0 ? companyPattern(both("companySuffixes")) : null,
    companyPlaceBefore: folded("companyPlaceBefore"),
    companyPlaceAfter: folded("companyPlaceAfter"),
    companyLeads: folded("companyLeads"),
    linkWords: folded("linkWords"),
    industryNouns: folded("industryNouns"),
    companyAction: once(() => (config.presets.length > 0 ? foldedAlternation(both("companyActions")) : null)),
    dataRelease: once(() => {
      const words = both("releaseWords");
      return config.presets.length > 0 && words.length > 0 ? foldedAlternation([`${RELEASE_FIGURE}\\s+(?:vs\\.?|versus|contre)\\s+${RELEASE_FIGURE}\\s*(?:${words.map(escapeRegExp).join("|")})(?![\\p{L}])`]) : null;
    }),
    companyKeys,
    marketMoves: once(() => (config.presets.length > 0 ? compileMarketMoves(both("marketNames"), both("marketEvents")) : null)),
    empty: matcher.size === notTopics.length + moves.length + marketTalk.length && headlineWords.size === 0,
  };
}

// One compiled set per configuration object; configurations rebuilt per draft (overrides) but
// holding the same lists are recognised by their content.
const byConfig = new WeakMap<ResolvedConfig, CompiledTopics>();
const bySignature = new Map<string, CompiledTopics>();

export function topicsFor(config: ResolvedConfig, packs: PackLoader): CompiledTopics {
  const hit = byConfig.get(config);
  if (hit) return hit;
  const signature = [
    config.topics.join("\u0001"),
    config.presets.map((p) => `${p.name}:${presetTerms([p]).length}:${Object.values(p.moreTopics ?? {}).reduce((n, list) => n + (list?.length ?? 0), 0)}`).join("\u0001"),
    config.headlines.map((h) => h.title).join("\u0001"),
    packs.roots.join("\u0001"),
  ].join("\u0002");
  let compiled = bySignature.get(signature);
  if (!compiled) {
    compiled = compileTopics(config, packs);
    if (bySignature.size > 32) bySignature.clear();
    bySignature.set(signature, compiled);
  }
  byConfig.set(config, compiled);
  return compiled;
}
