// topical: the draft speaks about the sector's current topics — the configured `topics`, the
// presets' topic lists, and the recent headlines of the configured news feeds. With none of
// these there is nothing to judge: no score, no finding.
import type { Token } from "../../text/tokenize.js";
import { tokensOf } from "../../lang/analyze.js";
import { formatMessage, pluralForm, quoteList } from "../../lang/messages.js";
import { isStopWord } from "../../lang/stopwords.js";
import type { Rule, RuleContext, RuleOutcome } from "../types.js";
import { caseOk, isTopic, inOtherSense, topicsFor, type CompiledTopics, type TopicData } from "./matchers.js";
import type { PhraseMatch } from "../../text/phrases.js";
import { MESSAGES } from "./messages.js";
import { readsSector, readsSectorNews } from "./sector-model.js";
import { readsCustomerVoice } from "./voice.js";
import { reportsCompanyAction } from "./company-actions.js";
import { namedMarkets, reportsMarketMove } from "./market-move.js";
import { mapPacked } from "../../text/packed.js";
import { wordCount } from "../../text/tokenize.js";
import { foldSameLength, isUpperCaseWord } from "../../text/normalize.js";
import { formedAsReport } from "./news-form.js";
import { joinInitialisms } from "../../text/initialisms.js";
import { lexicon as lifeLexicon, LIFE, lifeMatches } from "../relevant/lexicon.js";
import { announcesOwnNews } from "../informed/evidence.js";

/** A word that sets a figure against another (see CompiledTopics.dataRelease): most drafts hold none. */
const RELEASE_CUE = /\b(?:vs|versus|contre)\b/i;
/** Score of one matched topic; two distinct topics make a fully topical draft. */
const TOPIC_WEIGHT = 0.7;
/** Score of a preset term that is also an everyday word (`banque`, `savings`): alone it is not enough. */
const WEAK_WEIGHT = 0.35;
/** Added to a draft that names a topic when it also gives a percentage or a money figure (`+3 %`, `$1.21`). */
const FIGURE_WEIGHT = 0.35;
/** Score from sharing content words with one headline: 1 word is a hint, 2 or more a link. */
const HEADLINE_WEIGHT = [0, 0.4, 0.8, 1] as const;
export const DEFAULT_THRESHOLD = 0.5;
/** `relevant`'s everyday-life domains whose amounts are prizes, fees and jackpots, not the sector's (see sportStory). */
const PRIZE_DOMAINS: ReadonlySet<string> = new Set(["sport", "luck"]);
/** Words a draft naming a company needs to report its news (`Nike sets strategy in South America`; not `Netflix tonight`). */
const COMPANY_NEWS_MIN_WORDS = 4;

interface HeadlineHit {
  index: number;
  words: string[];
}

function bestHeadline(compiled: CompiledTopics, tokens: readonly Token[]): HeadlineHit | null {
  if (compiled.headlineWords.size === 0) return null;
  const perHeadline = new Map<number, Set<string>>();
  const shown = new Map<string, string>();
  for (const t of tokens) {
    if (t.kind !== "word" && t.kind !== "hashtag" && t.kind !== "cashtag") continue;
    if (isStopWord(t.norm)) continue;
    const key = t.key!;
    const hits = compiled.headlineWords.get(key);
    if (!hits) continue;
    shown.set(key, t.text);
    for (const i of hits) {
      const set = perHeadline.get(i) ?? new Set<string>();
      set.add(key);
      perHeadline.set(i, set);
    }
  }
  let best: HeadlineHit | null = null;
  for (const [index, keys] of perHeadline)
    if (!best || keys.size > best.words.length) best = { index, words: mapPacked([...keys], (k) => shown.get(k)!) };
  return best;
}

interface Figures {
  /** A sector-sized amount (`$3bn`, `1,6 milliard`, `€500m`, `500 millions d'euros`), as written. */
  amount: string | null;
  /** A percentage or rate move (`2,5 %`, `25 bps`, `3 per cent`). */
  percent: boolean;
  /** A number with a currency (`$1.21`, `82 dollars`, `210 €/t`, `EUR48`). */
  money: boolean;
  /** The draft speaks in the first person singular (`je`, `my`): its prices are personal ones. */
  firstPerson: boolean;
  /** The draft addresses its reader (`you`, `vous`). */
  addressed: boolean;
  /** A price move told as markets tell it: a signed percentage and its cause (`+23% on`, `down 13% after`, `-4 % après`), or a move's verb before a percentage (`tumbling 13.5%`, `recule de 2 %`). */
  priceMove: boolean;
}

// Reuters-style money written as one word: `EUR22bn`, `USD7m`, `GBP400`.
const CODE_AMOUNT = /^([a-z]{3})\d+(?:[.,]\d+)?([a-z]{0,2})$/;
const OF = new Set(["de", "d'", "of"]);
/** What joins the two numbers of a ratio (`1 in 5`, `1 PME sur 3`, `one out of four`). */
const RATIO_LINKS = new Set(["in", "sur", "out"]);
/** Denominators a ratio of people or firms uses (`1 sur 3`, `9 in 10`); larger ones are years or amounts. */
const RATIO_MAX = 1000;

/** A ratio starting at token i (`1 in 5`, `9 Français sur 10`, `1 out of 4`): a share, read as a percentage. */
function ratioAt(tokens: readonly Token[], i: number): boolean {
  let j = i + 1;
  if (tokens[j]?.kind === "word" && !RATIO_LINKS.has(tokens[j]!.norm)) j++;
  const link = tokens[j];
  if (!link || link.kind !== "word" || !RATIO_LINKS.has(link.norm)) return false;
  if (link.norm === "out" && tokens[++j]?.norm !== "of") return false;
  const of = tokens[j + 1];
  if (!of || of.kind !== "number") return false;
  const a = Number(tokens[i]!.text);
  const b = Number(of.text);
  return Number.isInteger(a) && Number.isInteger(b) && a > 0 && a < b && b <= RATIO_MAX;
}

/** A number written with its direction: a sign against it (`+23`, `-61`) or a word of direction before it (`up 35`). */
function signed(tokens: readonly Token[], i: number, text: string, c: CompiledTopics): boolean {
  const t = tokens[i]!;
  const before = text[t.start - 1];
  if ((before === "+" || before === "-" || before === "\u2212") && (t.start < 2 || /\s/u.test(text[t.start - 2]!))) return true;
  const prev = tokens[i - 1];
  return prev !== undefined && prev.kind === "word" && c.moveWords.has(prev.key!);
}

/**
 * Whether the draft opens as a diary does, on a past tense with no subject and a word in lower
 * case after it (`Paid off the mortgage today`, `Bought the house`, `Changé d'assurance auto`):
 * in the first person, as `I` says. Past a reply's addressees.
 */
function opensAsDiary(tokens: readonly Token[], c: CompiledTopics): boolean {
  let i = 0;
  while (tokens[i]?.kind === "mention") i++;
  const verb = tokens[i];
  const next = tokens[i + 1];
  return verb !== undefined && verb.kind === "word" && c.diaryOpeners.has(verb.norm) && next !== undefined && next.kind === "word" && !/^\p{Lu}/u.test(next.text) && !c.diaryNotBefore.has(next.norm);
}

/** A percentage told as a move by the verb right before it, or before `by`, `de` (`Tumbling 13.5%`, `recule de 2 %`). */
function movedBy(tokens: readonly Token[], i: number, c: CompiledTopics): boolean {
  let prev = tokens[i - 1];
  if (prev?.kind === "word" && c.percentMovesLinks.has(prev.key!)) prev = tokens[i - 2];
  return prev !== undefined && prev.kind === "word" && c.percentMoves.has(prev.key!);
}

/**
 * Figures in one pass over the tokens: sector-sized amounts (finance news speaks in them; everyday
 * tweets rarely do), percentages and money figures. Scale words such as `m` or `millions` make an
 * amount only beside a currency (`2 millions de vues` is not one).
 */
function figures(tokens: readonly Token[], c: CompiledTopics, text: string): Figures {
  const out: Figures = { amount: null, percent: false, money: false, firstPerson: false, addressed: false, priceMove: false };
  if (c.currencies.size === 0 && c.amountScales.size === 0) return out;
  out.firstPerson = opensAsDiary(tokens, c);
  const keyAt = (j: number): string => {
    const t = tokens[j];
    return !t ? "" : t.kind === "punct" ? t.norm : (t.key ?? "");
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === "word") {
      const key = t.key!;
      if (c.firstPerson.has(t.norm)) out.firstPerson = true;
      else if (c.secondPerson.has(t.norm) && !genericYou(tokens, i, c)) out.addressed = true;
      else if (key.length > 3 && key.charCodeAt(3) < 58 && key.charCodeAt(3) > 47) {
        const m = CODE_AMOUNT.exec(key);
        if (m && c.currencies.has(m[1]!)) {
          out.money = true;
          if (m[2] && (c.amountScales.has(m[2]) || c.currencyScales.has(m[2]))) out.amount ??= t.text;
        }
      }
      continue;
    }
    if (t.kind !== "number") continue;
    const next = keyAt(i + 1);
    if (c.percentUnits.has(next) || ((next === "per" || next === "pour") && keyAt(i + 2) === "cent") || ratioAt(tokens, i)) {
      out.percent = true;
      if (!out.priceMove && c.percentUnits.has(next) && ((c.moveCauses.has(keyAt(i + 2)) && signed(tokens, i, text, c)) || movedBy(tokens, i, c))) out.priceMove = true;
      continue;
    }
    const before = i > 0 && c.currencies.has(keyAt(i - 1));
    const scaled = tokens[i + 1]?.kind === "word" && (c.amountScales.has(next) || c.currencyScales.has(next));
    let j = scaled ? i + 2 : i + 1;
    if (OF.has(keyAt(j))) j++;
    const after = c.currencies.has(keyAt(j));
    if (before || after) out.money = true;
    if (scaled && (before || after || c.amountScales.has(next))) out.amount ??= `${t.text} ${tokens[i + 1]!.text}`;
  }
  return out;
}

/** Whether the second-person word at `i` opens a headline's idiom (`what you need to know`): anyone, not the reader. */
function genericYou(tokens: readonly Token[], i: number, c: CompiledTopics): boolean {
  return c.genericYou.some((words) => words.every((w, j) => tokens[i + 1 + j]?.norm === w));
}

/** Whether only punctuation, numbers, a kicker in capitals (`EXCLUSIF -`) or a lead word (`Le groupe`) come before token `first`. */
function leadsDraft(tokens: readonly Token[], first: number, leads: ReadonlySet<string>): boolean {
  for (let i = 0; i < first; i++) {
    const t = tokens[i]!;
    if (t.kind === "punct" || t.kind === "number") continue;
    if (t.kind !== "word" || !(leads.has(t.norm) || isUpperCaseWord(t.text))) return false;
  }
  return true;
}

/** Words after a brand that tell a day rather than a company's news (see toldAsADay). */
const DAY_AFTER_NAME: ReadonlySet<string> = new Set(["un", "une", "avec", "pour", "sans", "with", "for"]);
/** A time or a price right after a brand (`35 min`, `14 €`, `20 minutes`). */
const DAY_UNITS: ReadonlySet<string> = new Set(["min", "mn", "minutes", "minute", "h", "heures", "heure", "hours", "hour", "hrs", "€", "$", "£", "euros", "balles"]);

/** Whether the word after a brand that opens the draft (its last token at `end`) tells a day (see the company path in judge). */
function toldAsADay(tokens: readonly Token[], end: number): boolean {
  const next = tokens[end + 1];
  if (next === undefined) return false;
  if (next.kind === "word") return DAY_AFTER_NAME.has(next.norm);
  const unit = tokens[end + 2];
  return next.kind === "number" && unit !== undefined && DAY_UNITS.has(unit.norm);
}

/**
 * The first economyTopics word told of an economy named beside it: right after the name or one
 * word further (`China's growth`, `US unemployment`, `U.S. consumer prices`); before the name with
 * only link words between, a verb allowed first (`growth in China`, `la croissance chinoise`, `le
 * chômage en France`, `prices fall in China`); or anywhere in a draft whose kicker is the economy
 * (`Grèce : le tourisme porte l'économie`). Null when no pair is there.
 */
function economyNews(economies: readonly PhraseMatch<TopicData>[], topics: readonly PhraseMatch<TopicData>[], tokens: readonly Token[], links: ReadonlySet<string>): PhraseMatch<TopicData> | null {
  if (economies.length === 0 || topics.length === 0) return null;
  const kicker = economies[0]!.first === 0 && tokens[economies[0]!.last + 1]?.text === ":";
  if (kicker) return topics[0]!;
  const isLink = (t: Token) => t.kind === "word" && links.has(t.norm);
  for (const topic of topics)
    for (const economy of economies) {
      const gap = topic.first - economy.last - 1;
      if (gap === 0 || (gap === 1 && tokens[economy.last + 1]!.kind === "word")) return topic;
      if (economy.first <= topic.last) continue;
      // Past the topic: a verb, then at least one link (`prices fall in China`), or links only.
      let i = topic.last + 1;
      if (!isLink(tokens[i]!) && tokens[i]!.kind === "word" && i + 1 < economy.first && isLink(tokens[i + 1]!)) i++;
      const from = i;
      while (i < economy.first && i - from < 2 && isLink(tokens[i]!)) i++;
      if (i === economy.first) return topic;
    }
  return null;
}

const CAPITAL = /^\p{Lu}/u;
/** A draft that opens on a quotation mark: someone's words, reported. */
const OPENS_ON_QUOTE = /^\s*[«"“„]/u;

/**
 * Whether the match and the word after it are capitalised names and that word names a place
 * (TopicPack.companyPlaceAfter), not joined to another name (`Crédit Agricole Centre-Loire` is a bank).
 */
function namedVenue(m: PhraseMatch<TopicData>, tokens: readonly Token[], text: string, c: CompiledTopics): boolean {
  const after = tokens[m.last + 1];
  if (after === undefined || after.kind !== "word" || !c.companyPlaceAfter.has(after.norm) || !CAPITAL.test(after.text) || !CAPITAL.test(tokens[m.first]!.text)) return false;
  return text[after.end] !== "-";
}

/** Whether an industry noun follows the match (`insurance industry`) or comes before it, past link words only (`secteur de l'assurance`). */
function namesIndustry(m: PhraseMatch<TopicData>, tokens: readonly Token[], c: CompiledTopics): boolean {
  const after = tokens[m.last + 1];
  if (after?.kind === "word" && c.industryNouns.has(after.norm)) return true;
  for (let i = m.first - 1; i >= 0 && i >= m.first - 3; i--) {
    const t = tokens[i]!;
    if (t.kind !== "word") return false;
    if (c.industryNouns.has(t.norm)) return true;
    if (!c.linkWords.has(t.norm)) return false;
  }
  return false;
}

/** Whether a possessive comes right before token i, or one lower-case word before it (`my home insurer`, `mon ancienne banque`). */
function ownedBy(tokens: readonly Token[], i: number, possessives: ReadonlySet<string>): boolean {
  const before = tokens[i - 1];
  if (!before || before.kind !== "word") return false;
  if (possessives.has(before.norm)) return true;
  // Not a possessive noun between (`my bank's savings rate` is the bank's rate, not the author's contract).
  return !CAPITAL.test(before.text) && !/['’]s$/.test(before.text) && tokens[i - 2]?.kind === "word" && possessives.has(tokens[i - 2]!.norm);
}

/** Whether a possessive owns token i, as ownedBy reads it, or past a number or an ordinal (`our 42nd branch`, `nos 3 agences`). */
function ownedAfterFigure(tokens: readonly Token[], i: number, possessives: ReadonlySet<string>): boolean {
  if (ownedBy(tokens, i, possessives)) return true;
  const before = tokens[i - 1];
  return before?.kind === "number" && tokens[i - 2]?.kind === "word" && possessives.has(tokens[i - 2]!.norm);
}

/**
 * Whether a customer's product is named as one instance of it: not after an article of the
 * product in general (`l'assurance auto connectée, j'y crois à moitié`) or another's possessive
 * (`rembourser ses agios`), not in the plural where it is listed in the singular (`les cartes
 * bancaires pour ados`, `banking apps`).
 */
function ownInstance(m: PhraseMatch<TopicData>, tokens: readonly Token[], c: CompiledTopics): boolean {
  const before = tokens[m.first - 1];
  if (before?.kind === "word" && c.genericArticles.has(before.norm)) return false;
  // A firm's name that starts with a product's word (`Mutuelle Horizon`) is not a product.
  const after = tokens[m.last + 1];
  if (after?.kind === "word" && CAPITAL.test(after.text) && CAPITAL.test(tokens[m.first]!.text)) return false;
  const listed = c.products.get(m.data.key) ?? "";
  return !(/[sx]$/i.test(tokens[m.last]!.text) && !/[sx]$/i.test(listed));
}

/** Whether a match is a product a customer holds, named as one instance of it (see ownInstance); relevant asks it too. */
export function heldProduct(m: PhraseMatch<TopicData>, tokens: readonly Token[], c: CompiledTopics): boolean {
  return c.products.has(m.data.key) && ownInstance(m, tokens, c);
}

/** Whether only mentions, hashtags, links, emoji and punctuation follow token i: a tag at the draft's end. */
function taggedAtEnd(tokens: readonly Token[], i: number): boolean {
  for (let j = i + 1; j < tokens.length; j++) {
    const kind = tokens[j]!.kind;
    if (kind === "word" || kind === "number" || kind === "cashtag") return false;
  }
  return true;
}

const isTicker = (t: Token): boolean => t.kind === "cashtag" && t.text === t.text.toUpperCase();

/** Whether the draft speaks in a firm's voice (`nous`, `our`) to its reader (`vous`, `your`), nobody saying I (relevant's lists). */
function firmToReader(tokens: readonly Token[], fig: Figures, ctx: RuleContext): boolean {
  if (fig.firstPerson || !fig.addressed) return false;
  const { firmVoice } = lifeLexicon(ctx.packs);
  // (`US` is a country, not `us`.)
  return tokens.some((t) => t.kind === "word" && t.text !== "US" && firmVoice.has(t.norm));
}

function threshold(ctx: RuleContext): number {
  const value = ctx.options.threshold;
  return typeof value === "number" && value >= 0 && value <= 1 ? value : DEFAULT_THRESHOLD;
}

/**
 * The rule's reading of one draft. `voice` is whether it reads in a customer's voice when already
 * known (true on the second reading, see onTopic), undefined on the first.
 */
function judge(ctx: RuleContext, voice?: boolean): RuleOutcome {
  const compiled = topicsFor(ctx.config, ctx.packs);
  if (compiled.empty) return { findings: [] };
  // The lists read `U.S.` as `US`; the learned model reads the tokens it was trained on.
  const written = tokensOf(ctx.text);
  const tokens = joinInitialisms(written);
  // Distinct topics; a preset term that is also an everyday word (`banque`, `gold`) is a weak one.
  const topics = new Set<string>();
  const weak = new Map<string, string>();
  const isScale = (t: Token | undefined) => !!t && t.kind === "word" && (compiled.amountScales.has(t.key!) || compiled.currencyScales.has(t.key!));
  const figureAt = (i: number) =>
    tokens[i]?.kind === "number" || isScale(tokens[i]) || (OF.has(tokens[i]?.norm ?? "") && (tokens[i - 1]?.kind === "number" || isScale(tokens[i - 1])));
  let moved = false;
  const fig = figures(tokens, compiled, ctx.text);
  // The sector's words in a story of one's own life, in the first person with an everyday thing
  // (`Mon chat a lancé une OPA hostile sur le canapé 😾`, `J'ai ouvert un livret A à mon neveu`,
  // `$35 overdraft fee for a $4 coffee. love that for me`): everyday words there, as `banque` is.
  const jokes = new Set<string>();
  // A sector word the author owns (`ma mutuelle`, `my insurer`, `mon livret`) is their own
  // contract or provider, told as their life: an everyday word there, as `banque` is.
  const owned = new Set<string>();
  let reported: boolean | undefined;
  // Read on the first preset topic only: most drafts are never asked.
  let joking: boolean | undefined;
  // relevant's everyday-life words in the draft, matched once for the readings that ask (jokes, sports stories).
  let life: ReturnType<typeof lifeMatches> | undefined;
  const lifeIn = () => (life ??= lifeMatches(lifeLexicon(ctx.packs), tokens));
  const isJoking = (): boolean => (joking ??= fig.firstPerson && lifeIn().some((m) => m.data.kind & LIFE.trivia));
  // A columnist's answer to a reader's question quoted in its first words (`Question d'un lecteur :
  // mon assureur peut-il…`): the reader's contract, the sector's question. Read on the first
  // possessive or product only.
  let readerQuoted: boolean | undefined;
  const quotesReader = (): boolean => (readerQuoted ??= compiled.readerQuestion()?.test(foldSameLength(ctx.text.slice(0, 80))) ?? false);
  // A customer telling their own dealings, with or without a pronoun (`Car insurance renewal came
  // through: up £340 with no claims`, `ON A SIGNÉ 🥹🏡 Notre premier appart, 25 ans de crédit`):
  // the voice model reads the register around the sector's words (voice.ts). Read only for a
  // draft about to be on topic through a preset term (see onTopic), or before the learned readings.
  // Not in a draft that addresses its readers without an I (`Vous pouvez désormais ouvrir un
  // compte joint…`), nor in one that names a sector word as `notre`, `our` (`Proud that our online
  // banking now works in 12 languages`), nor in one that announces its own news in its own voice
  // (`Nouvelle agence à Nantes : nous ouvrons…`, informed's `announcements` beside `nous`, `we`):
  // that is a firm speaking to its customers, or its staff. Nor in one that opens on a quotation
  // (`« J'ai cru que c'était vraiment ma conseillère » : une victime de fraude témoigne`): someone's
  // words, reported.
  let voiced = voice;
  const firmSpeaks = (): boolean =>
    (fig.addressed && !fig.firstPerson) ||
    listed.some((m) => m.data.from === "preset" && ownedAfterFigure(tokens, m.first, compiled.ourPossessives)) ||
    (!fig.firstPerson && announcesOwnNews(written, ctx.packs));
  // Nor in one where an investor speaks of their positions (`je me fais sortir sur mon stop`, `took
  // profits on $NVDA`, TopicPack.marketTalk): a customer of the markets, telling the sector's news.
  // Nor in one that names a market or a central bank by its name, capitalised as listed (`Fed cut 50.
  // Everyone who was SO sure it'd be 25…`, `Mes puts CAC ont fini à zéro. Merci Powell.`): no
  // customer holds the Fed. (Not `gold` or `bitcoin`, everyone's words: `celebrated like she'd won gold`.)
  const customer = (): boolean =>
    (voiced ??= !firmSpeaks() && !OPENS_ON_QUOTE.test(ctx.text) && !listed.some((m) => m.data.from === "trade") && !namesMarket() && readsCustomerVoice(ctx, written, listed, compiled));
  const namesMarket = (): boolean => {
    const markets = compiled.marketMoves();
    return markets !== null && namedMarkets(tokens, markets).some((m) => m.data);
  };
  // Whether a preset term was read as the sector's, or as a joke, not as the author's own: what the voice would change.
  let presetCounted = false;
  // The sector's own topics named, not a customer's products (`BCE`, `épargne`, `claims severity`;
  // not `mortgage` alone): a customer tells one dealing, two of these make the sector's talk
  // (`pourquoi les banques répercutent la baisse des taux de la BCE … sur l'épargne 🤔`).
  const sectorNamed = new Set<string>();
  // The author tells their own story: in the first person, or in a customer's voice.
  const personal = (): boolean => fig.firstPerson || customer();
  // Companies named (everyday sector words), and whether the draft opens on one.
  const companies = new Set<string>();
  let company = false;
  let companyEnd = -1;
  // Economies named, and what their news is about: a topic together (see economyNews).
  const economies: PhraseMatch<TopicData>[] = [];
  const economyTopics: PhraseMatch<TopicData>[] = [];
  // Where the companies and the market moves are (a market's own move, see market-move.ts).
  const companyMatches: PhraseMatch<TopicData>[] = [];
  const moveMatches: PhraseMatch<TopicData>[] = [];
  const take = (m: PhraseMatch<TopicData>): void => {
    if (m.data.from === "move") {
      moved = true;
      moveMatches.push(m);
    }
    const asListed = caseOk(m, tokens);
    // A company the preset lists as a topic of its own (`Worldline`), or any name it lists written with its
    // capital (`LVMH -7%`, not a customer's product: `Mutuelle +11 %`), is a name a signed move can follow.
    if (
      asListed &&
      (m.data.from === "company" || compiled.companyKeys.has(m.data.key) || (m.data.from === "preset" && !compiled.products.has(m.data.key) && /^\p{Lu}/u.test(tokens[m.first]!.text)))
    )
      companyMatches.push(m);
    if (m.data.from === "economy" || m.data.from === "economyTopic") {
      if (asListed) (m.data.from === "economy" ? economies : economyTopics).push(m);
      return;
    }
    if (!isTopic(m) || !asListed || inOtherSense(m, tokens, compiled)) return;
    if (m.data.from === "preset" && !m.data.weak && !compiled.products.has(m.data.key)) sectorNamed.add(m.data.key);
    // `42 euros`, `500 millions de dollars`: a currency after a number is a figure, not a topic.
    if (m.data.weak && compiled.currencies.has(m.data.key) && figureAt(m.first - 1)) return;
    // A venue named after one of the sector's firms (`SoFi Stadium`, `MetLife Stadium`, `Truist
    // Park`), both names written with capitals, is a place: the concert there is not the firm's news.
    if (m.data.from === "preset" && namedVenue(m, tokens, ctx.text, compiled)) return;
    if (m.data.from === "company") {
      // A store or a venue (`un Lidl`, `près d'un Intermarché`, `AT&T Stadium`) is where the news happened, not who made it.
      if (compiled.companyPlaceBefore.has(tokens[m.first - 1]?.norm ?? "") || compiled.companyPlaceAfter.has(tokens[m.last + 1]?.norm ?? "")) return;
      companies.add(m.data.key);
      // The company the draft opens on is what it reports on (`Ubisoft reporte la sortie de son jeu`);
      // one named further on is often where the author was (`Spent the afternoon at IKEA`).
      if (leadsDraft(tokens, m.first, compiled.companyLeads)) {
        company = true;
        companyEnd = m.last;
      }
    }
    // An everyday sector word named as an industry (`the health insurance industry`, `le secteur de
    // l'assurance`) is the sector's news, a topic of its own; not in a personal story (`my uncle
    // works in the oil industry`).
    // A handle tagged in chatter (`Merci @MAIF 🙏`, `fiers de nos équipes @CreditAgricole 🔥`) is
    // a name in the author's day, and one tagged at its end (`…the window cleaner @Barclays 🙄`)
    // who it is told to; in a report (`L'@ACPR_BdF publie…`), the sector's institution.
    // A handle tagged at the end of a draft whose author says I (`…love that for me @BankofAmerica`)
    // is whom the author tells it to, as in chatter.
    const mention = tokens[m.first]!.kind === "mention";
    const chatted = mention && !(reported ??= formedAsReport(written));
    if (mention && (chatted || fig.firstPerson) && taggedAtEnd(tokens, m.last)) return;
    if (chatted) weak.set(m.data.key, ctx.text.slice(m.start, m.end));
    // A product a customer holds, named as one by an author who says I and speaks to no one
    // (`découvert autorisé de 200€ et moi qui vis à -198`, `direct deposit hit at 3am and i was
    // awake`), is theirs, as `mon livret` is; said to readers, or of the product in general, it is the sector's.
    // In a customer's voice every preset term is the author's own: their bank, their claim, their mortgage.
    else if (m.data.from === "preset" && (ownedBy(tokens, m.first, compiled.possessives) || (fig.firstPerson && !fig.addressed && heldProduct(m, tokens, compiled)) || voiced === true) && !quotesReader()) {
      weak.set(m.data.key, ctx.text.slice(m.start, m.end));
      owned.add(m.data.key);
    }
    else if (m.data.weak && m.data.from !== "company" && !fig.firstPerson && namesIndustry(m, tokens, compiled)) {
      topics.add(m.data.key);
      if (m.data.from === "preset") presetCounted = true;
    }
    else if (m.data.weak) {
      weak.set(m.data.key, ctx.text.slice(m.start, m.end));
      if (m.data.from === "preset") presetCounted = true;
    }
    else if (m.data.from === "preset" && isJoking()) {
      weak.set(m.data.key, ctx.text.slice(m.start, m.end));
      jokes.add(m.data.key);
      presetCounted = true;
    }
    else {
      topics.add(m.data.key);
      if (m.data.from === "preset") presetCounted = true;
    }
  };
  // A hashtag that writes a listed phrase as one word (`#AssuranceVie`, `#interestrates`) is that
  // phrase; an account's handle names it (`@FranceAssureurs`, `@ACPR_BdF`), past a reply's addressees.
  const listed = compiled.matcher.matchWithJoinedTags(tokens, true);
  const dropListed = (x: PhraseMatch<TopicData>): void => {
    weak.delete(x.data.key);
    if (isTopic(x) && !x.data.weak) topics.delete(x.data.key);
  };
  for (const m of listed) take(m);
  // A data release in its shorthand (`Claims 233k vs 230k exp.`) backs an everyday sector word as a move does.
  if (!moved && RELEASE_CUE.test(ctx.text) && compiled.dataRelease()?.test(foldSameLength(ctx.text))) moved = true;
  // Two of the sector's topics are not one joke (`Over coffee ☕ I reread the FOMC minutes: no rate cut yet`).
  if (jokes.size >= 2) for (const key of jokes) (weak.delete(key), topics.add(key));
  // An amount counts as one topic, however many the draft gives; not in a sports story, where it
  // is a fee or a prize (`Mercato : l'OM officialise le transfert … pour 35 M€`; `relevant`'s sport
  // words), nor in a lottery's (`Loto : 9 M€ en jeu lundi`, `Powerball jackpot climbs to $1.8
  // billion`; its `luck` words), nor is a money figure there a foothold for the learned reading.
  let sport: boolean | undefined;
  const sportStory = (): boolean => (sport ??= lifeIn().some((m) => (m.data.kind & LIFE.trivia) !== 0 && PRIZE_DOMAINS.has(m.data.domain ?? "")));
  if (fig.amount && !sportStory()) topics.add(`amount:${fig.amount}`);
  // A ticker is the markets' own notation for a listed company, a $cashtag in capitals (`$TSLA`;
  // money is `$5`, never a cashtag; `$ign` is a rapper's name), a code with its exchange's
  // (`NYSE:JPM`) or in brackets after a legal form (`Acme Inc. (ACME)`): one topic however many
  // the draft gives, when a sector preset is on.
  // A share price's move and its cause (`Endonovo up 35% on its SofPulse deal`) is market news.
  if (fig.priceMove && !personal()) topics.add("price move");
  if (compiled.sector && (tokens.some(isTicker) || ((ctx.text.includes(":") || ctx.text.includes("(")) && compiled.writtenTicker?.test(ctx.text)))) topics.add("ticker");
  // A percentage or a money figure backs a topic (`les frais bancaires augmentent de 2,5 %`);
  // prices in a first-person draft are personal (`I paid $7 for a latte`).
  // A market move (`en hausse`, `highest since`) backs it the same way.
  // A price beside a shop's name is a purchase (`180 € sur Leboncoin`), not a business figure.
  const onlyCompanies = () => topics.size === 0 && weak.size > 0 && weak.size === companies.size;
  // Every sector word is the author's own (`ma cotisation augmente de 12 %`): its figures are theirs too.
  const onlyOwned = () => owned.size > 0 && topics.size === 0 && [...weak.keys()].every((key) => owned.has(key) || companies.has(key));
  const headline = bestHeadline(compiled, tokens);
  const headlineScore = HEADLINE_WEIGHT[Math.min(3, headline?.words.length ?? 0)]!;
  const weigh = (): number => {
    const own = fig.firstPerson || voiced === true;
    const figure = fig.percent || (fig.money && !own && !onlyCompanies()) || moved;
    // In a first-person draft (`my bank`, `mon compte`), everyday words are personal unless a
    // sector topic or a percentage backs them (not a percentage of the author's own contract:
    // `ma cotisation augmente de 12 %`): two of them are not enough.
    // A company's name counts as such a word when a figure or a move backs it (`Tesla +5 %`), not
    // beside another everyday word (`IKEA` and `bank card` in a shopping story).
    const weakCount = own && topics.size === 0 && (!fig.percent || onlyOwned()) ? 0 : weak.size - companies.size + (figure ? companies.size : 0);
    const named = topics.size + weakCount;
    return Math.min(1, topics.size * TOPIC_WEIGHT + weakCount * WEAK_WEIGHT + (figure && named > 0 ? FIGURE_WEIGHT : 0) + headlineScore);
  };
  const limit = threshold(ctx);
  // On topic, unless a preset term carried it in a customer's voice telling one dealing: then read
  // again with every preset term the author's own.
  const onTopic = (score: number): RuleOutcome => (voice === undefined && presetCounted && sectorNamed.size < 2 && customer() ? judge(ctx, true) : { score, findings: [] });
  let score = weigh();
  if (score >= limit) return onTopic(score);
  // The companies, the economies and the long tail named: read only now, as they can only add to the score.
  const namedMatcher = compiled.namedMatcher();
  if (namedMatcher) {
    for (const m of namedMatcher.matchWithJoinedTags(tokens, true)) {
      // A longer phrase of the long tail is read instead of the words of the lists it holds, as one
      // matcher would: `credit crunch` is a topic, not `credit` and a topic; `hostile takeover`, one
      // everyday word (a garden's `hostile takeover` is not two).
      if (m.data.from === "preset") for (const x of listed) if (x.first >= m.first && x.last <= m.last && x.last - x.first < m.last - m.first) dropListed(x);
      take(m);
    }
    // In a personal story (`my brother's new job in Singapore`) or a chatty one (`les prix en
    // Espagne sont fous 🤯`), a country's words are the author's life.
    const news = fig.firstPerson || !formedAsReport(written) ? null : economyNews(economies, economyTopics, tokens, compiled.linkWords);
    if (news) {
      // `US unemployment`: the everyday word (`unemployment`) is now the economy's news, counted once.
      weak.delete(news.data.key);
      topics.add(`economy:${news.data.key}`);
    }
    score = weigh();
    if (score >= limit) return onTopic(score);
  }
  // A firm's word to its customers, in its own voice and to the reader, or naming one of its
  // services to the reader, nobody saying I (`Nous ne vous demanderons jamais vos codes`, `Our app
  // now lets you make a windscreen claim…`, `Orages : déclarez vos sinistres sur l'appli`): an
  // everyday sector word there is the firm's product, told to those who hold it.
  // (Money itself is no product: `Your sole purpose is to make money… violence prevention policies`.)
  const sectorWords = [...weak.keys()].filter((key) => !companies.has(key));
  const product = () => sectorWords.some((key) => !compiled.everydayMoney.has(key));
  if (sectorWords.length > 0 && (firmToReader(written, fig, ctx) || (!fig.firstPerson && fig.addressed && product() && lifeIn().some((m) => (m.data.kind & LIFE.service) !== 0)))) {
    topics.add("to customers");
    score = weigh();
    if (score >= limit) return onTopic(score);
  }
  // A market's own move as investors tweet it (`Nasdaq en ATH. Mon portefeuille ? Non. 🙃`, `Dow
  // crosses 40,000`): the sector's news, however personal the aside around it.
  const markets = compiled.marketMoves();
  if (markets && reportsMarketMove(ctx.text, tokens, markets, companyMatches, moveMatches, compiled.percentUnits)) {
    topics.add("market move");
    score = weigh();
    if (score >= limit) return onTopic(score);
  }
  // A company's action reported as news (`Michelin va supprimer 1 200 postes`, `Ford recalls
  // 240,000 SUVs`) is a topic of its own, in a draft where nobody says I or you.
  if (!fig.addressed && !personal() && reportsCompanyAction(ctx.text, written, compiled)) {
    const reported = Math.min(1, score + TOPIC_WEIGHT);
    if (reported >= limit) return onTopic(reported);
  }
  // A company named in a draft formed as a report where nobody says I or you is its news
  // (`Veolia s'empare d'un spécialiste allemand du recyclage`, `Tesla delays launch of robotaxi
  // service`): the sector's news is about companies, whatever they make.
  // Not when the name is followed by an article, a preposition or a time or a price, as a day is
  // told (`Decathlon un samedi aprem…`, `BlaBlaCar avec un conducteur…`, `Burger King 35 min pour
  // un whopper`): a headline's subject is followed by what it did (`Ubisoft reporte…`, `Nike Warns…`).
  if (limit > 0 && company && !fig.addressed && wordCount(tokens) >= COMPANY_NEWS_MIN_WORDS && formedAsReport(written) && !personal() && !toldAsADay(tokens, companyEnd)) return onTopic(limit);
  // No listed topic carries it, but an everyday sector word or a figure is there, and the
  // sector's vocabulary as a whole carries it (a model learned from the labelled fixtures,
  // sector-model.ts): on topic, at the limit. Without that foothold the model would read any
  // news-like sentence (politics, city life) as the sector's: its off-topic drafts are everyday tweets.
  // A shop named in a long story is not a foothold for it (`comme une série Netflix`).
  // A sector word the lists read in another sense (`taux de participation`, `premium tier`) is not a foothold either.
  const otherSense = weak.size === 0 && topics.size === 0 && listed.some((m) => m.data.from === "not");
  // Money itself named in a story told in the first person, or in chatter (a reply, a retweet, emoji), is everyone's word (see TopicPack.everydayMoney).
  // A price in a draft told in the first person is the author's (`T-Mobile texted me about a 'small
  // price adjustment'. $15 more a month…`), as weigh reads it: no foothold either.
  const onlyMoney = () => (fig.firstPerson || !(reported ??= formedAsReport(written))) && [...weak.keys()].every((key) => compiled.everydayMoney.has(key));
  if (limit > 0 && !onlyOwned() && !otherSense && ((weak.size > 0 && !onlyCompanies() && !onlyMoney()) || fig.percent || (fig.money && !fig.firstPerson && !sportStory())) && readsSector(ctx, written) && !customer()) return { score: limit, findings: [] };
  // A short draft written as news (a name; no I, no you) with an everyday sector word, which the
  // model leans towards: `Advent to build up hair care brand following Olaplex buyout`.
  // A company named with its legal form or kind (`Big day for Cronos Group after …`) counts there as
  // such a word; looked for only in drafts that got this far.
  if (limit > 0 && !fig.firstPerson && !fig.addressed && (weak.size > 0 || compiled.companyName?.test(ctx.text)) && readsSectorNews(ctx, written) && !customer()) return { score: limit, findings: [] };

  const { locale } = ctx;
  const quoted = compiled.examples();
  const examples = quoteList(quoted[ctx.lang].length ? quoted[ctx.lang] : quoted[locale], locale);
  const recent = compiled.headlines[headline?.index ?? 0]?.title;
  // The everyday sector words quoted; when all are the author's own (`ma banque`, a product held,
  // a joke of one's life), the message says so rather than asking for a figure the draft may give.
  const everyday = [...weak].filter(([key]) => !companies.has(key));
  const ownStory = everyday.length > 0 && everyday.every(([key]) => owned.has(key) || jokes.has(key));
  const weakKey = pluralForm(locale, everyday.length, ownStory ? "offTopicOwn" : "offTopicWeak", ownStory ? "offTopicOwnMany" : "offTopicWeakMany");
  const theirFigures = ownStory && (fig.percent || fig.money) ? formatMessage(MESSAGES, locale, "ownFigures") : "";
  const message =
    headline && recent
      ? formatMessage(MESSAGES, locale, "offTopicNear", { words: quoteList(headline.words, locale), headline: recent })
      : everyday.length > 0
        ? formatMessage(MESSAGES, locale, weakKey, { words: quoteList(mapPacked(everyday, ([, word]) => word), locale), figures: theirFigures })
        : companies.size > 0
          ? formatMessage(MESSAGES, locale, "offTopicCompany", { words: quoteList([...weak.values()], locale) })
          : formatMessage(MESSAGES, locale, "offTopic");
  const suggestion = recent
    ? formatMessage(MESSAGES, locale, "fixHeadline", { examples, headline: recent })
    : formatMessage(MESSAGES, locale, "fixTopics", { examples });
  return { score, findings: [{ message, suggestion, start: 0, end: ctx.text.length }] };
}

export const rule: Rule = {
  id: "topical",
  defaultSeverity: "warning",
  scoreKey: "topical",
  describe: {
    en: "The draft speaks about the sector's current topics (configured topics, sector presets, recent headlines of the news feeds).",
    fr: "Le brouillon parle des sujets d'actualité du secteur (sujets configurés, presets sectoriels, titres récents des flux d'actualité).",
  },
  check(ctx) {
    return judge(ctx);
  },
};

/** Whether `topical`, with its default settings, reads the draft as on the sector's topics (for `relevant`, which must not say the opposite). */
export function readsOnTopic(ctx: RuleContext): boolean {
  const { score } = rule.check({ ...ctx, options: {} });
  return score !== undefined && score >= DEFAULT_THRESHOLD;
}
