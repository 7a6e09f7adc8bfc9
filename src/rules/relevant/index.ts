// relevant: of interest to the audience. The configured audience's interests raise the score;
// personal trivia, hashtag stuffing, long mention chains and a language other than the
// audience's lower it. Without any audience configured the rule still judges trivia, hashtags
// and mentions (they are noise to any professional audience), but not language.
//
// Personal trivia is judged as a structure, not by one word: everyday-life words (food, sleep,
// pets, commute… by domain, emoji included), the first person, a chatter tone (`mdr`, `tbh`, `😭`)
// are weighed against what makes a draft professional (the audience's interests, the sector's
// topics, a business figure, a cashtag, business vocabulary). `coffee` in `Coffee futures hit
// $3.40/lb` is a commodity; `Third coffee of the day ☕ send help` is the author's morning.
import { tokensOf } from "../../lang/analyze.js";
import { formatMessage, quoteList } from "../../lang/messages.js";
import { fold, isUpperCaseWord } from "../../text/normalize.js";
import { wordKey, type PhraseMatch } from "../../text/phrases.js";
import { wordCount, type Token } from "../../text/tokenize.js";
import type { Lang, RawFinding } from "../../types.js";
import type { Rule, RuleContext } from "../types.js";
import { announcesOwnNews, findEvidence, lexicon as informedLexicon } from "../informed/evidence.js";
import { caseOk, isSectorTopic, isTopic, topicsFor, type TopicData } from "../topical/matchers.js";
import { heldProduct, readsOnTopic } from "../topical/index.js";
import { reportsCompanyAction } from "../topical/company-actions.js";
import { advisesReader } from "./advice.js";
import { customersAddressed } from "./service.js";
import { audienceFor, businessIn, emojiKey, lexicon, LIFE, lifeMatches as matchLife, type Lexicon, type LifeData } from "./lexicon.js";
import { MESSAGES } from "./messages.js";
import { mapPacked } from "../../text/packed.js";

export const DEFAULT_THRESHOLD = 0.5;
/** Where a draft starts before anything is found: neutral, not perfect, until it speaks to the audience. */
export const BASE = 0.8;
export const AUDIENCE_BONUS = 0.2;
export const PENALTIES = {
  /** Personal trivia (see `TRIVIA_MARGIN`); each further everyday-life word adds `moreTrivia`. */
  trivia: 0.45,
  moreTrivia: 0.15,
  /** Everyday-life words the draft's professional side outweighs (`Coffee prices jump 20%`), or a lone one: weak evidence. */
  impersonalTrivia: 0.2,
  extraHashtag: 0.2,
  mentionChain: 0.35,
  language: 0.35,
  /** Off the sector: nothing in the draft for the audience (see OFF_SECTOR_MIN_WORDS). */
  offSector: 0.35,
} as const;
/**
 * Personal trivia: the everyday-life side (one per everyday-life word, domain emoji one in all,
 * one for the first person, one for a chatter tone) with no professional sign at all, or
 * outnumbering the professional signs by this much. Professional signs: the audience's
 * interests, the sector's topics (or, failing them, business vocabulary, half), a business figure
 * (`20%`, `3 Md€`), a cashtag.
 */
export const TRIVIA_MARGIN = 2;
/** Words a draft needs before its personal voice alone makes it a personal note (shorter replies are not-empty's). */
export const NOTE_MIN_WORDS = 6;
/**
 * Words a draft needs before being judged off the sector: with a sector configured (presets or
 * topics), a draft that names none of its topics, no interest of the audience, no business word
 * or cashtag, and no source (link, mention, `selon`, `according to`) has nothing for the audience,
 * whatever its subject (a choir, a boiler, a flea market): everyday life has more subjects than
 * any list. Shorter drafts are not-empty's to judge.
 */
export const OFF_SECTOR_MIN_WORDS = 5;

/** A firm's own announcement in its own voice with a date or a figure (informed's `own` evidence): news for its customers. */
function ownDatedNews(text: string, tokens: readonly Token[], ctx: RuleContext): boolean {
  const e = findEvidence(text, tokens, informedLexicon(ctx.packs), ctx.lang);
  return e.own.length > 0 && (e.dates.length > 0 || e.figures.length > 0);
}

/**
 * Whether a draft that names one of the firm's services gives what a notice gives: a number (hours,
 * a phone number, a day of the month) or a date (informed's evidence): `Maintenance de l'appli ce
 * dimanche de 7h à 9h`, not `Quelle journée à l'agence… 😮‍💨`.
 */
function servicePractical(tokens: readonly Token[], ctx: RuleContext): boolean {
  if (tokens.some((t) => t.kind === "number")) return true;
  const e = findEvidence(ctx.text, tokens, informedLexicon(ctx.packs), ctx.lang);
  return e.dates.length > 0;
}

const BUSINESS_WEIGHT = 0.5;
/**
 * Business words in the author's own story do not weigh (`mon prêt étudiant`, `my bank app`,
 * `premier compte à la banque`): they are the author's errands more often than the audience's
 * business, unless the draft names an organisation by its acronym (`Je serai au petit-déjeuner
 * débat de l'AMF jeudi`).
 */
function personalBusinessWeight(tokens: readonly Token[]): number {
  for (const t of tokens) if (t.kind === "word" && t.text.length >= 2 && t.text.length <= 6 && isUpperCaseWord(t.text)) return BUSINESS_WEIGHT;
  return 0;
}

interface Life {
  /** Everyday-life words and emoji, in order. */
  trivia: Array<{ start: number; end: number; domain: string }>;
  /** Distinct everyday-life words, domain emoji counting one in all. */
  distinct: number;
  personal: boolean;
  informal: boolean;
  business: boolean;
  /** One of the firm's services named (`nos agences`, `live chat`; see service.ts). */
  service: boolean;
  /** Where the business words are (see everydayBusiness). */
  businessAt: Array<{ start: number; end: number }>;
}

const NO_TRIVIA: Life["trivia"] = [];

/**
 * Whether a one-word match is the listed word or its plural: keys drop a final s or x, so the
 * listed `prix` (price) also keys `pris` (taken, `j'ai pris un café`), which is neither.
 */
function inflects(m: PhraseMatch<LifeData>, tokens: readonly Token[]): boolean {
  if (m.first !== m.last) return true;
  const written = tokens[m.first]!.norm;
  const listed = fold(m.phrase);
  return written === listed || written === listed + "s" || written === listed + "x" || listed === written + "s" || listed === written + "x";
}

/** French words before an infinitive (`à conseiller`, `me conseiller`, `pour placer`). */
const BEFORE_INFINITIVE = new Set(["à", "a", "me", "m'", "te", "t'", "se", "s'", "nous", "vous", "pour", "sans"]);

/** English subjects that make the next word in `-s` a verb (`he shares his snack`, `she banks on it`). */
const THIRD_PERSON = new Set(["he", "she", "who"]);

/**
 * Whether a one-word match is a verb, not the noun listed: French in `-er` after a word that takes
 * an infinitive (`une série à conseiller`, not `conseiller`, an adviser), English in `-s` after
 * `he`, `she`, `who` (`he shares his snack`, not `shares`).
 */
function asVerb(m: PhraseMatch<unknown>, tokens: readonly Token[], lang: Lang): boolean {
  if (m.first !== m.last || m.first === 0) return false;
  const written = tokens[m.first]!.norm;
  const before = tokens[m.first - 1]!.norm;
  return lang === "fr" ? written.endsWith("er") && BEFORE_INFINITIVE.has(before) : written.endsWith("s") && THIRD_PERSON.has(before);
}

/** Whether the author's own possessive comes just before a match, one word between at most (`my pension`, `ma complémentaire santé`, `my home insurance`). */
function ownedByAuthor(m: { first: number }, tokens: readonly Token[], lex: Lexicon): boolean {
  for (let k = m.first - 1; k >= 0 && k >= m.first - 2; k--) {
    const t = tokens[k]!;
    if (t.kind !== "word") return false;
    if (lex.ownPossessives.has(t.norm)) return true;
  }
  return false;
}

/** Whether a position is inside quotation marks (`« … »`, `“ … ”`, `" … "`): words reported, not the author's subject. */
function quoted(text: string, at: number): boolean {
  const open = Math.max(text.lastIndexOf("«", at), text.lastIndexOf("“", at));
  if (open >= 0 && text.indexOf(text[open] === "«" ? "»" : "”", open) >= at) return true;
  let straight = 0;
  for (let k = text.indexOf('"'); k >= 0 && k < at; k = text.indexOf('"', k + 1)) straight++;
  return straight % 2 === 1;
}

/** Reads the draft's everyday-life side in one pass over the matches and its emoji. */
function lifeOf(tokens: readonly Token[], matches: readonly PhraseMatch<LifeData>[], lex: Lexicon, hasEmoji: boolean, lang: Lang): Life {
  const life: Life = { trivia: NO_TRIVIA, distinct: 0, personal: false, informal: false, business: false, service: false, businessAt: [] };
  let emoji = false;
  for (const m of matches) {
    const { kind, domain } = m.data;
    if (kind & LIFE.personal) life.personal = true;
    if (kind & LIFE.informal) life.informal = true;
    if (kind & LIFE.service) life.service = true;
    if (kind & LIFE.business && businessIn(kind, lang) && inflects(m, tokens) && !asVerb(m, tokens, lang)) {
      life.business = true;
      life.businessAt.push(m);
    }
    if (kind & LIFE.trivia && !(kind & LIFE.notTrivia)) {
      // Distinct by phrase: `pizza… pizza` is one.
      if (!matches.some((n) => n.start < m.start && n.phrase === m.phrase)) life.distinct++;
      if (life.trivia === NO_TRIVIA) life.trivia = [];
      life.trivia.push({ start: m.start, end: m.end, domain: domain ?? "other" });
    }
  }
  if (hasEmoji && (lex.domainEmoji.size || lex.informalEmoji.size))
    for (const t of tokens) {
      if (t.kind !== "emoji") continue;
      const key = emojiKey(t.text);
      const domain = lex.domainEmoji.get(key);
      if (domain) {
        if (life.trivia === NO_TRIVIA) life.trivia = [];
        life.trivia.push({ start: t.start, end: t.end, domain });
        if (!emoji) life.distinct++;
        emoji = true;
      } else if (lex.informalEmoji.has(key)) life.informal = true;
    }
  if (emoji) life.trivia.sort((a, b) => a.start - b.start);
  return life;
}

/** A shop's discount word at token j, or after `de` (`20% off`, `30 % de remise`). */
function isDiscount(tokens: readonly Token[], j: number, lex: Lexicon): boolean {
  const t = tokens[j];
  if (!t || t.kind !== "word") return false;
  if (lex.discountWords.has(t.norm)) return true;
  const next = tokens[j + 1];
  return (t.norm === "de" || t.norm === "d'") && next !== undefined && lex.discountWords.has(next.norm);
}

/**
 * A number with a business unit after it (`20 %`, `3 Md€`, `25 bp`) or a currency sign before it
 * (`$3.40`), except a shop price: a plain amount of money under SHOP_PRICE with no scale word
 * (`8,50 €`, `$7`, `£6`) is what a coffee or a ticket costs, not a business figure. A market
 * price of that size comes with its sector word (`Coffee futures hit $3.40/lb`), which counts.
 */
function hasBusinessFigure(tokens: readonly Token[], lex: Lexicon): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== "number") continue;
    const next = tokens[i + 1];
    const prev = tokens[i - 1];
    const after = next && ((next.kind === "punct" && lex.sectorUnits.has(next.text)) || (next.kind === "word" && lex.sectorUnits.has(wordKey(next.norm)))) ? next : null;
    const before = prev && prev.kind === "punct" && prev.end === t.start && lex.sectorUnits.has(prev.text) ? prev : null;
    if (!after && !before) continue;
    const currency = (u: Token | null) => u === null || CURRENCIES.has(u.kind === "word" ? wordKey(u.norm) : u.text);
    if (currency(after) && currency(before) && amountOf(t.text) < SHOP_PRICE) continue;
    if (after?.text === "%" && isDiscount(tokens, i + 2, lex)) continue;
    return true;
  }
  return false;
}

/**
 * Whether every business word of the draft is inside an everyday phrase the topic lists set
 * apart (`flea market`, `marché de Noël`, `taux de réussite`): then it is not business talk.
 */
function everydayBusiness(life: Life, topics: readonly PhraseMatch<TopicData>[]): boolean {
  return life.businessAt.every((b) => topics.some((t) => t.data.from === "not" && t.start <= b.start && b.end <= t.end));
}

/** Amounts of money below this, with no scale word, are shop prices (see hasBusinessFigure). */
const SHOP_PRICE = 100;
/** Currency signs and words (as keys): a unit that says money, not a scale or a rate. */
const CURRENCIES = new Set(["€", "$", "£", "¥", "euro", "dollar", "pound"]);

/** The value of a number as written (`8,50`, `3.40`, `1 990`); NaN when it is not one. */
function amountOf(written: string): number {
  return Number(written.replace(/[\s\u00a0\u202f]/g, "").replace(",", "."));
}

function option<T>(ctx: RuleContext, key: string, ok: (v: unknown) => v is T, fallback: T): T {
  const value = ctx.options[key];
  return ok(value) ? value : fallback;
}
const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v) && v >= 0;
const isLang = (v: unknown): v is Lang | null => v === "fr" || v === "en";

/** What one pass over the tokens tells: hashtags, cashtags, emoji, and the longest run of mentions (only spaces and punctuation between them). */
interface Tags {
  hashtags: number;
  cashtag: boolean;
  emoji: boolean;
  /** Index of the first mention of the longest run, and its length. */
  chainFrom: number;
  chainLength: number;
}

function tagsOf(tokens: readonly Token[]): Tags {
  const tags: Tags = { hashtags: 0, cashtag: false, emoji: false, chainFrom: -1, chainLength: 0 };
  let runFrom = -1;
  let run = 0;
  for (let i = 0; i < tokens.length; i++) {
    const kind = tokens[i]!.kind;
    if (kind === "mention") {
      if (run === 0) runFrom = i;
      run++;
      if (run > tags.chainLength) {
        tags.chainLength = run;
        tags.chainFrom = runFrom;
      }
      continue;
    }
    if (kind !== "punct") run = 0;
    if (kind === "hashtag") tags.hashtags++;
    else if (kind === "cashtag") tags.cashtag = true;
    else if (kind === "emoji") tags.emoji = true;
  }
  return tags;
}

export const rule: Rule = {
  id: "relevant",
  defaultSeverity: "warning",
  scoreKey: "relevant",
  describe: {
    en: "The draft is of interest to the audience (configured interests), not personal trivia, hashtag noise or a long chain of mentions.",
    fr: "Le brouillon intéresse l'audience (centres d'intérêt configurés) : pas d'anecdote personnelle, de hashtags en rafale ni de chaîne de mentions.",
  },
  check(ctx) {
    const { text, locale } = ctx;
    if (text.trim() === "") return { findings: [] };
    const tokens = tokensOf(text);
    const lex = lexicon(ctx.packs);
    const audience = audienceFor(ctx.config);
    const maxHashtags = option(ctx, "maxHashtags", isNumber, lex.maxHashtags);
    const maxMentions = option(ctx, "maxMentions", isNumber, lex.maxMentions);
    const audienceLang: Lang | null = option<Lang | null>(ctx, "audienceLang", isLang, audience.lang);

    const tags = tagsOf(tokens);
    const lifeMatches = matchLife(lex, tokens, text);
    const life = lifeOf(tokens, lifeMatches, lex, tags.emoji, ctx.lang);
    // A celebration's emoji on a firm's own news, in its voice (`Grande nouvelle à Lille 🎉 Notre
    // nouvelle agence ouvre ses portes…`): decoration, not the author's party.
    if (life.distinct > 0 && !life.personal && life.trivia.every((s) => s.domain === "celebrations" && tokens.some((t) => t.kind === "emoji" && t.start === s.start)) && announcesOwnNews(tokens, ctx.packs)) {
      life.distinct = 0;
      life.trivia = NO_TRIVIA;
    }
    // In an everyday story, the author's own (`mon conseiller`) or quoted words (`j'ai dit « de la conformité »`) are the story's.
    const storyWord = (m: { first: number; start: number }) => life.distinct > 0 && (ownedByAuthor(m, tokens, lex) || (life.personal && quoted(text, m.start)));
    // Money itself in a story of one's own or beside everyday life (`on a parlé de tout sauf d'argent`) is everyone's word (TopicPack.everydayMoney).
    const moneyTalk = (m: PhraseMatch<TopicData>) => (life.personal || life.distinct > 0) && topicsFor(ctx.config, ctx.packs).everydayMoney.has(m.data.key);
    const interests = audience.matcher.size ? audience.matcher.matchWithJoinedTags(tokens).filter((m) => !asVerb(m, tokens, ctx.lang) && !storyWord(m)) : [];
    // The sector's topics in the draft, matched once and only when a step needs them (none when no sector is configured).
    let topicMatches: readonly PhraseMatch<TopicData>[] | undefined;
    const topicsIn = () => {
      if (topicMatches === undefined) {
        const topics = topicsFor(ctx.config, ctx.packs).matcher;
        topicMatches = topics.size > 0 ? topics.matchWithJoinedTags(tokens) : [];
      }
      return topicMatches;
    };
    if (life.business && everydayBusiness(life, topicsIn())) life.business = false;
    const wrongLang = audienceLang !== null && audienceLang !== ctx.lang;

    // A firm's word to its customers (service.ts): for them, whatever everyday words it uses when it
    // addresses them; never off the sector.
    const addressed = life.personal ? null : customersAddressed(life.service, tokens, lex, (at) => quoted(text, at));
    // Whether the draft tells its reader what to do (advice.ts), read once and only when asked.
    let advising: boolean | undefined;
    const advises = (): boolean => (advising ??= advisesReader(tokens, lex.advice));
    // (An instruction addresses the reader too: `Nos conseils : rentrez le mobilier de jardin…`.)
    const toCustomers = addressed === "reader" || (addressed === "firm" && advises());
    let score = BASE + (interests.length ? AUDIENCE_BONUS : 0);
    let personalTrivia = false;
    // Set when the author's voice alone weighed the draft down (below): the words that say it, empty when the lists have none.
    let personalNote: PhraseMatch<LifeData>[] | null = null;
    if (life.distinct) {
      // Weighed only when there is trivia to weigh; the sector's topics are looked up only when they can change the verdict.
      const trivia = life.distinct + (life.personal ? 1 : 0) + (life.informal ? 1 : 0);
      // A price in a first-person story (`my rent went up 12%`, `j'ai payé 6 € un café`) is the author's, not a business figure.
      const figure = !life.personal && hasBusinessFigure(tokens, lex);
      let professional = (interests.length ? 1 : 0) + (figure ? 1 : 0) + (tags.cashtag ? 1 : 0) + (life.business ? (life.personal ? personalBusinessWeight(tokens) : BUSINESS_WEIGHT) : 0);
      // Business words alone, with no topic of the sector anywhere in the draft (`household`,
      // `négociations`, `résultat`), are everyday words here: they weigh nothing.
      if (professional === BUSINESS_WEIGHT && !interests.length && !figure && !tags.cashtag && topicsFor(ctx.config, ctx.packs).matcher.size > 0) {
        if (!topicsIn().some((m) => isTopic(m) && caseOk(m, tokens) && !moneyTalk(m))) professional = 0;
      }
      const outweighed = (p: number) => p === 0 || trivia - p >= TRIVIA_MARGIN;
      const topicWeight = life.business ? 1 - BUSINESS_WEIGHT : 1;
      if (outweighed(professional) && !outweighed(professional + topicWeight)) {
        // A company's action that topical reads as business news (`Grève chez Verpakt`, `Ostrander
        // teams up with a coffee chain`) weighs as a sector topic: the strike is not a commute.
        const action = () => !life.personal && reportsCompanyAction(text, tokens, topicsFor(ctx.config, ctx.packs));
        if (topicsIn().some((m) => isSectorTopic(m) && caseOk(m, tokens) && !storyWord(m) && !moneyTalk(m)) || action()) professional += topicWeight;
      }
      // Advice to the reader beside a word of the sector, in no one's own voice (`Storm warning ⚠️
      // … Clear gutters, secure garden furniture and keep our 24/7 claims line handy`): the
      // everyday words are what the reader must look after, an insurer's or a bank's message.
      const advice = () =>
        !life.personal && advises() && topicsIn().some((m) => isTopic(m) && caseOk(m, tokens) && !storyWord(m) && !moneyTalk(m));
      personalTrivia = outweighed(professional) && !toCustomers && !advice();
      score -= personalTrivia ? PENALTIES.trivia + Math.min(2, life.distinct - 1) * PENALTIES.moreTrivia : PENALTIES.impersonalTrivia;
    } else if ((life.personal || life.informal) && !toCustomers && wordCount(tokens) >= NOTE_MIN_WORDS) {
      // No listed everyday word, but the author's own voice (first person, chatter) and nothing
      // for the audience: no interest, sector topic, business word or figure, no cashtag. Everyday
      // life has more subjects than any list (the plumber, the post office queue, knitting).
      // Business words weigh as in the branch above: with a sector configured, only beside one of
      // its topics (`Cours de poterie`, `a car boot sale`, `ma banque` weigh nothing), which counts anyway.
      let professional = interests.length > 0 || tags.cashtag || (!life.personal && hasBusinessFigure(tokens, lex)) || (life.business && topicsFor(ctx.config, ctx.packs).matcher.size === 0);
      // Here even an everyday sector word (`gold`, `banque`) counts, if the author does not own it: the voice alone is a weak sign.
      // Nor does a product a customer holds, told in the first person (`comment on remplit un chèque`), as topical reads it, nor money itself.
      if (!professional) {
        const compiled = topicsFor(ctx.config, ctx.packs);
        professional = topicsIn().some((m) => isTopic(m) && caseOk(m, tokens) && !ownedByAuthor(m, tokens, lex) && !(life.personal && heldProduct(m, tokens, compiled)) && !moneyTalk(m));
      }
      if (!professional) {
        personalNote = lifeMatches.filter((m) => m.data.kind & (LIFE.personal | LIFE.informal));
        score -= PENALTIES.trivia;
      }
    }
    let offSector = false;
    if (!personalTrivia && !personalNote && addressed === null && !interests.length && !tags.cashtag && !life.business && wordCount(tokens) >= OFF_SECTOR_MIN_WORDS) {
      offSector =
        topicsFor(ctx.config, ctx.packs).matcher.size > 0 &&
        !tokens.some((t) => t.kind === "url" || t.kind === "mention") &&
        !topicsIn().some((m) => isTopic(m) && caseOk(m, tokens)) &&
        !informedLexicon(ctx.packs).phrases.match(tokens).some((m) => m.data === "origins") &&
        // A firm's own dated news to its customers (`Nous ouvrons notre agence de Nantes le 3 mars`) is for them.
        !ownDatedNews(text, tokens, ctx) &&
        // So is a notice of one of its services, with its day, hours or figures (`Maintenance de
        // l'appli ce dimanche de 7h à 9h`, `Live Chat now open until 10pm`), in no one's story.
        !(!life.personal && !life.informal && life.service && servicePractical(tokens, ctx)) &&
        // "No topic of your sector" must not contradict `topical`, which also reads amounts (`$1M of cover`) and the sector's vocabulary as a whole.
        !readsOnTopic(ctx);
      if (offSector) score -= PENALTIES.offSector;
    }
    const extraTags = Math.max(0, tags.hashtags - maxHashtags);
    score -= Math.min(3, extraTags) * PENALTIES.extraHashtag;
    const chained = tags.chainLength > maxMentions;
    if (chained) score -= PENALTIES.mentionChain;
    if (wrongLang) score -= PENALTIES.language;
    score = Math.max(0, Math.min(1, score));
    // maxHashtags and maxMentions are limits, as ESLint's max-* options: going past one is always
    // reported, even when the draft speaks to the audience; the rest only below the threshold.
    const below = score < option(ctx, "threshold", isNumber, DEFAULT_THRESHOLD);
    if (!below && extraTags === 0 && !chained) return { score, findings: [] };

    const say = (key: string, params: Record<string, string | number> = {}) => formatMessage(MESSAGES, locale, key, params);
    const findings: RawFinding[] = [];
    // The audience as the suggestions quote it: its words in the draft's language (else the messages').
    const examples = audience.examples[ctx.lang].length ? audience.examples[ctx.lang] : audience.examples[locale];
    const about = examples.length ? say("triviaAudience", { audience: quoteList(examples, locale) }) : "";
    if (personalTrivia && below) {
      const first = life.trivia[0]!;
      const last = life.trivia[life.trivia.length - 1]!;
      // The first three domains, each once, named in the locale.
      const firstDomains: string[] = [];
      for (const t of life.trivia) if (firstDomains.length < 3 && !firstDomains.includes(t.domain)) firstDomains.push(t.domain);
      const domains = mapPacked(firstDomains, (d) => MESSAGES[`domain_${d}`]?.[locale] ?? d);
      findings.push({
        start: first.start,
        end: last.end,
        message: say("trivia", { words: quoteList(mapPacked(life.trivia, (m) => text.slice(m.start, m.end)), locale, 4), domains: domains.join(", ") }),
        suggestion: say("triviaFix", { audience: about }),
      });
    }
    if (personalNote && below) {
      // About the whole draft: no word in particular makes it personal, its voice does (an emoji
      // alone, in `premier cours de poterie ce soir, ça promet 😅`: no word to quote).
      findings.push({
        start: 0,
        end: text.length,
        message: personalNote.length
          ? say("personalNote", { words: quoteList(mapPacked(personalNote, (m) => text.slice(m.start, m.end)), locale, 4) })
          : say("personalNoteBare"),
        suggestion: say("triviaFix", { audience: about }),
      });
    }
    if (offSector && below) {
      // About the whole draft: what it lacks, not a word in it, makes it miss the audience.
      findings.push({ start: 0, end: text.length, message: say("offSector"), suggestion: say("offSectorFix", { audience: about }) });
    }
    // Hashtags worth keeping: those the configured topics or the audience's interests name.
    const known = (t: Token) =>
      interests.some((m) => m.start === t.start) || topicsFor(ctx.config, ctx.packs).matcher.matchWithJoinedTags([t]).some((m) => isSectorTopic(m) && caseOk(m, [t]));
    if (extraTags > 0) {
      const hashtags = tokens.filter((t) => t.kind === "hashtag");
      const keepTags = hashtags.filter(known);
      findings.push({
        start: hashtags[maxHashtags]!.start,
        end: hashtags[hashtags.length - 1]!.end,
        message: say("hashtags", { count: tags.hashtags, max: maxHashtags }),
        suggestion: keepTags.length
          ? say("hashtagsFix", { keep: quoteList(mapPacked(keepTags.slice(0, Math.max(1, maxHashtags)), (t) => t.text), locale) })
          : say("hashtagsFixNone", { max: maxHashtags }),
      });
    }
    if (chained) {
      findings.push({
        start: tokens[tags.chainFrom]!.start,
        end: tokens[tags.chainFrom + tags.chainLength - 1]!.end,
        message: say("mentions", { count: tags.chainLength }),
        suggestion: say("mentionsFix"),
      });
    }
    if (wrongLang && below) {
      const name = (l: Lang) => say(`langName_${l}`);
      findings.push({
        start: 0,
        end: text.length,
        message: say("language", { draft: name(ctx.lang), audience: name(audienceLang!) }),
        suggestion: say("languageFix", { draft: name(ctx.lang), audience: name(audienceLang!), draftAdj: say(`langAdj_${ctx.lang}`) }),
      });
    }
    return { score, findings };
  },
};
