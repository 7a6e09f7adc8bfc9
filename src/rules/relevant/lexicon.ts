// What the relevant rule matches: everyday-life words by domain, first-person and chatter
// markers, business senses and business vocabulary (rule packs, both languages), and the
// audience's interests (config `audience` plus the presets' audience lists).
import type { PresetData, ResolvedConfig } from "../../config/types.js";
import { languageCues } from "../../lang/detect.js";
import type { PackLoader } from "../../packs/load.js";
import { fold } from "../../text/normalize.js";
import { PhraseMatcher, phraseIdentity, phraseKey, wordKey, type PhraseMatch } from "../../text/phrases.js";
import type { Token } from "../../text/tokenize.js";
import type { Lang } from "../../types.js";
import { adviceWords, type AdviceWords } from "./advice.js";

export interface RelevantPack {
  /** First-person words (`je`, `my`): the draft speaks of its author. */
  personal?: string[];
  /** Chatter markers (`mdr`, `lol`, `tbh`, `send help`, `😭`): the tone of a personal account. */
  informal?: string[];
  /** Everyday-life words of no particular domain (kept for user packs of the earlier layout). */
  trivia?: string[];
  /** Everyday-life words and emoji by domain (`food`, `sleep`, `pets`…); the domain is named in the finding. */
  domains?: Record<string, string[]>;
  /** Phrases that use an everyday word in its business sense (`coffee prices`, `bank holiday`, `assurance animaux`): not trivia, and business vocabulary. */
  notTrivia?: string[];
  /** Words that give an everyday word an economic sense (`prices`, `sales`, `ménages`, `tarifs`). */
  business?: string[];
  /** Units that make a number a business figure (`%`, `€`, `bn`, `Md€`, `pb`). */
  sectorUnits?: string[];
  /** The author's own possessives (`my`, `mon`): see Lexicon.ownPossessives. */
  ownPossessives?: string[];
  /** Words of a shop discount after a percentage (`20% off`, `30 % de remise`). */
  discountWords?: string[];
  /** Nouns numbered with Roman numerals (`Level I`, `Tier I`, `Phase I`): the `I` after them is a number, not the author. */
  numberedBy?: string[];
  /** Listed words that count only as written, in the plural (`mondays` is a mood, `published Monday` a date). */
  pluralOnly?: string[];
  /** First-person words that are nouns too (`mine`): see nounAfter. */
  alsoNouns?: string[];
  /** Words after which one of alsoNouns is the noun (`a mine`, `the gold mine`): not the author. */
  nounAfter?: string[];
  /** A firm's services as it names them to its customers (`nos agences`, `l'appli`, `live chat`, `claims line`): see service.ts. */
  services?: string[];
  /** The firm's own voice (`nous`, `our`) and the reader's (`vous`, `your`): see service.ts. */
  firmVoice?: string[];
  readerWords?: string[];
  /** Instructions that open a clause (`check`, `make sure`, `pensez`): advice to the reader, see advice.ts. */
  imperatives?: string[];
  /** Endings of an instruction's verb (French `ez`: `rentrez`, `débranchez`). */
  imperativeEndings?: string[];
  /** Words with such an ending that are no instruction (`assez`, `allez`). */
  notImperatives?: string[];
  /** Words an instruction may follow at a clause's start (`ne`, `et`, `please`). */
  beforeImperative?: string[];
  maxHashtags?: number;
  maxMentions?: number;
}

/** What a matched phrase is: a bit set, as one phrase may be in several lists (`chez moi` is personal and home life). */
export const LIFE = { trivia: 1, notTrivia: 2, personal: 4, informal: 8, business: 16, businessFr: 32, businessEn: 64, service: 128 } as const;

/**
 * Business vocabulary counts in the language it is listed in: folded, the English `rates` is the
 * French `raté` (missed), and `cours`, `offre` or `groupe` are everyday French words with no
 * English business sense to borrow.
 */
export const businessIn = (kind: number, lang: "fr" | "en"): boolean => (kind & (lang === "fr" ? LIFE.businessFr : LIFE.businessEn)) !== 0;

export interface LifeData {
  kind: number;
  /** The everyday-life domain of a trivia phrase (`food`), or null. */
  domain: string | null;
}

export interface Lexicon {
  /** Every list in one matcher, one pass over the draft; the longer phrase wins (`coffee prices` over `coffee`). */
  life: PhraseMatcher<LifeData>;
  /** Emoji (which the phrase matcher does not read), without variation selectors: domain emoji and chatter emoji. */
  domainEmoji: ReadonlyMap<string, string>;
  informalEmoji: ReadonlySet<string>;
  /** Unit keys (symbols as written, words as the phrase matcher keys them). */
  sectorUnits: ReadonlySet<string>;
  /** The author's own (`my`, `mon`, `ma`, `mes`): a sector word they own (`my pension`, `ma mutuelle`) is their story. */
  ownPossessives: ReadonlySet<string>;
  /** A percentage followed by one of these (`20% off`, `-30 % de remise`) is a shop's discount, not a business figure. */
  discountWords: ReadonlySet<string>;
  /** First-person words as written, folded (`moi`, `my`): the phrase matcher's keys drop a final `s`, and `mois` is not `moi`. */
  personalWords: ReadonlySet<string>;
  /** See RelevantPack.pluralOnly (folded). */
  pluralOnly: ReadonlySet<string>;
  /** See RelevantPack.numberedBy: folded noun → its language (English when both list it). */
  numberedBy: ReadonlyMap<string, Lang>;
  /** See RelevantPack.alsoNouns and nounAfter (lower case, as written). */
  alsoNouns: ReadonlySet<string>;
  nounAfter: ReadonlySet<string>;
  /** Instructions to the reader (see advice.ts). */
  advice: AdviceWords;
  /** The firm's own voice and the reader's, as written, folded (see service.ts). */
  firmVoice: ReadonlySet<string>;
  readerWords: ReadonlySet<string>;
  maxHashtags: number;
  maxMentions: number;
}

const byPacks = new WeakMap<PackLoader, Lexicon>();
const HAS_LETTER = /[\p{L}\p{N}]/u;
/** Emoji as the lexicon keys them: without variation selectors (`☀️` = `☀`). */
export const emojiKey = (s: string) => s.replace(/\uFE0F/g, "");

/** A phrase's words, folded, with an elided article or pronoun on its own (`j'adore` → `j'`, `adore`). */
function wordsOf(phrase: string): string[] {
  return fold(phrase.trim()).split(/\s+/).flatMap((w) => w.split(/(?<=['’])/));
}

/**
 * A capital `I` after a noun numbered in Roman numerals (`Level I exam`, `pilier I`): a number.
 * English can put its `I` after any noun (`all season I trained`), so after an English noun it
 * is a number only when the noun is capitalized (`Level I`) or no lowercase word follows
 * (`World War I.`); French has no such `I`.
 */
function romanOne(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  const prev = tokens[i - 1];
  if (tokens[i]!.text !== "I" || prev === undefined || prev.kind !== "word") return false;
  const lang = lex.numberedBy.get(prev.norm);
  if (lang === undefined) return false;
  if (lang === "fr" || /^\p{Lu}/u.test(prev.text)) return true;
  const next = tokens[i + 1];
  return next === undefined || next.kind !== "word" || !/^\p{Ll}/u.test(next.text);
}

/**
 * A first-person word that is a noun too, used as one: after a determiner or a word that names its kind (`a mine`,
 * `the gold mine`), or after a hyphenated compound (`a carbon-neutral mine`), which no pronoun
 * follows. The draft's tokens may be its words only: the hyphen is read in the text.
 */
function asNoun(tokens: readonly Token[], i: number, lex: Lexicon, text: string | undefined): boolean {
  const prev = tokens[i - 1];
  if (prev === undefined || prev.kind !== "word" || !lex.alsoNouns.has(tokens[i]!.text.toLowerCase())) return false;
  // As written: folded, French `à mon avis` would read as `a mon`.
  if (lex.nounAfter.has(prev.text.toLowerCase())) return true;
  return text !== undefined && prev.start > 1 && text[prev.start - 1] === "-" && /[\p{L}\p{N}]/u.test(text[prev.start - 2]!);
}

/**
 * The everyday-life phrases of a draft, with the first person read as written: a one-word match
 * keyed like a first-person word but spelled otherwise (`mois` for `moi`) is not personal, nor
 * a Roman one (`Level I`) nor a noun (`a mine`), and a word listed in the plural only matches its
 * plural (`mondays`).
 */
export function lifeMatches(lex: Lexicon, tokens: readonly Token[], text?: string): PhraseMatch<LifeData>[] {
  const found = lex.life.match(tokens);
  for (let k = found.length - 1; k >= 0; k--) {
    const m = found[k]!;
    if (m.first === m.last && lex.pluralOnly.size > 0) {
      const listed = fold(m.phrase);
      if (lex.pluralOnly.has(listed) && tokens[m.first]!.norm !== listed) {
        found.splice(k, 1);
        continue;
      }
    }
    if (!(m.data.kind & LIFE.personal) || m.first !== m.last) continue;
    if (lex.personalWords.has(tokens[m.first]!.norm) && !romanOne(tokens, m.first, lex) && !asNoun(tokens, m.first, lex, text)) continue;
    const kind = m.data.kind & ~LIFE.personal;
    if (kind === 0) found.splice(k, 1);
    else found[k] = { ...m, data: { ...m.data, kind } };
  }
  return found;
}

export function lexicon(packs: PackLoader): Lexicon {
  let lex = byPacks.get(packs);
  if (!lex) {
    const fr = packs.load<RelevantPack>("relevant", "fr") ?? {};
    const en = packs.load<RelevantPack>("relevant", "en") ?? {};
    const both = (key: "personal" | "informal" | "trivia" | "notTrivia" | "business" | "sectorUnits" | "ownPossessives" | "discountWords" | "services" | "firmVoice" | "readerWords") => [
      ...(fr[key] ?? []),
      ...(en[key] ?? []),
    ];
    const entries = new Map<string, { phrase: string; data: LifeData }>();
    const domainEmoji = new Map<string, string>();
    const informalEmoji = new Set<string>();
    const add = (phrase: string, kind: number, domain: string | null) => {
      const trimmed = phrase.trim();
      if (!HAS_LETTER.test(trimmed)) {
        if (domain) domainEmoji.set(emojiKey(trimmed), domain);
        else if (kind === LIFE.informal) informalEmoji.add(emojiKey(trimmed));
        return;
      }
      // One entry per set of tokens matched (`coffee`/`coffees`), carrying every list it is in.
      const key = phraseIdentity(trimmed);
      if (key === null) return;
      const entry = entries.get(key);
      if (entry) {
        entry.data.kind |= kind;
        entry.data.domain ??= domain;
      } else entries.set(key, { phrase: trimmed, data: { kind, domain } });
    };
    for (const p of both("personal")) add(p, LIFE.personal, null);
    for (const p of both("informal")) add(p, LIFE.informal, null);
    for (const p of both("services")) add(p, LIFE.service, null);
    for (const p of both("trivia")) add(p, LIFE.trivia, "other");
    for (const pack of [fr, en]) for (const [domain, words] of Object.entries(pack.domains ?? {})) for (const p of words) add(p, LIFE.trivia, domain);
    // A business sense of an everyday word is business vocabulary too, in its own language.
    for (const [pack, bit] of [[fr, LIFE.businessFr], [en, LIFE.businessEn]] as const) {
      for (const p of pack.notTrivia ?? []) add(p, LIFE.notTrivia | LIFE.business | bit, null);
      for (const p of pack.business ?? []) add(p, LIFE.business | bit, null);
    }
    // A phrase holding a first-person word (`my cat`, `mon café`, `chez moi`) is personal as well;
    // its words are compared as written (`fin de mois` holds no `moi`).
    const personalWords = new Set(both("personal").filter((p) => !/\s/.test(p.trim())).map((p) => fold(p.trim())));
    // The keys rule most phrases out cheaply (start-up reads thousands); the words as written decide.
    const personalKeys = new Set([...personalWords].map((w) => phraseKey(w)));
    for (const [identity, { phrase, data }] of entries)
      if (identity.includes(" ") && identity.slice(1).split(" ").some((w) => personalKeys.has(w)) && wordsOf(phrase).some((w) => personalWords.has(w))) data.kind |= LIFE.personal;
    lex = {
      life: new PhraseMatcher<LifeData>([...entries.values()].map((e) => [e.phrase, e.data] as const)),
      domainEmoji,
      informalEmoji,
      ownPossessives: new Set(both("ownPossessives").map((w) => fold(w.trim()))),
      discountWords: new Set(both("discountWords").map((w) => fold(w.trim()))),
      sectorUnits: new Set(both("sectorUnits").map((u) => (/^\p{L}+$/u.test(u) ? wordKey(u) : u.toLowerCase()))),
      personalWords,
      pluralOnly: new Set([...(fr.pluralOnly ?? []), ...(en.pluralOnly ?? [])].map((w) => fold(w.trim()))),
      alsoNouns: new Set([...(fr.alsoNouns ?? []), ...(en.alsoNouns ?? [])].map((w) => w.trim().toLowerCase())),
      nounAfter: new Set([...(fr.nounAfter ?? []), ...(en.nounAfter ?? [])].map((w) => w.trim().toLowerCase())),
      numberedBy: new Map([...(fr.numberedBy ?? []).map((w) => [fold(w.trim()), "fr"] as const), ...(en.numberedBy ?? []).map((w) => [fold(w.trim()), "en"] as const)]),
      advice: adviceWords([fr, en]),
      firmVoice: new Set(both("firmVoice").map((w) => fold(w.trim()))),
      readerWords: new Set(both("readerWords").map((w) => fold(w.trim()))),
      maxHashtags: Math.min(fr.maxHashtags ?? 2, en.maxHashtags ?? 2),
      maxMentions: Math.min(fr.maxMentions ?? 3, en.maxMentions ?? 3),
    };
    byPacks.set(packs, lex);
  }
  return lex;
}

export interface Audience {
  matcher: PhraseMatcher;
  /** A few of the user's own audience words per draft language, to quote in suggestions (see placeAudience). */
  examples: Record<Lang, string[]>;
  /** The audience's language, when the configured audience words tell it. */
  lang: Lang | null;
}

const byConfig = new WeakMap<ResolvedConfig, Audience>();
const bySignature = new Map<string, Audience>();

/**
 * What the configured audience words say, each word placed once by the presets' audience lists
 * or by its own cues (accents, function words):
 * - the audience's language, when they all point the same way (`épargnants, courtiers` → fr);
 *   a bilingual list (`épargnants, savers`) gives null, and the rule does not judge language
 *   unless the `audienceLang` option says it;
 * - up to three words to quote to a draft in each language: a bilingual audience is not quoted
 *   in French to an English draft; words neither language claims (`fintech`, a firm's own
 *   segment names) go to both.
 */
export function placeAudience(words: readonly string[], presets: readonly PresetData[] = []): Pick<Audience, "lang" | "examples"> {
  const known: Record<Lang, Set<string>> = { fr: new Set(), en: new Set() };
  for (const p of presets) for (const lang of ["fr", "en"] as const) for (const w of p.audience[lang] ?? []) known[lang].add(fold(w));
  const placed = words.map((word) => [word, placeOf(word, known)] as const);
  const seen = new Set<Lang>();
  for (const [, place] of placed) if (place) seen.add(place);
  const pick = (lang: Lang) => placed.filter(([, place]) => place === null || place === lang).map(([word]) => word).slice(0, 3);
  return { lang: seen.size === 1 ? [...seen][0]! : null, examples: { fr: pick("fr"), en: pick("en") } };
}

/** The language of one audience word: from the presets' audience lists, else its own cues; null when neither tells. */
function placeOf(word: string, known: Record<Lang, Set<string>>): Lang | null {
  const key = fold(word);
  const inFr = known.fr.has(key);
  const inEn = known.en.has(key);
  if (inFr !== inEn) return inFr ? "fr" : "en";
  if (inFr) return null;
  const { fr, en } = languageCues(word);
  return fr === en ? null : fr > en ? "fr" : "en";
}

export function audienceFor(config: ResolvedConfig): Audience {
  const hit = byConfig.get(config);
  if (hit) return hit;
  const presetWords = config.presets.flatMap((p) => [...(p.audience.fr ?? []), ...(p.audience.en ?? [])]);
  const signature = `${config.audience.join("\u0001")}\u0002${presetWords.join("\u0001")}`;
  let audience = bySignature.get(signature);
  if (!audience) {
    audience = {
      matcher: new PhraseMatcher([...config.audience, ...presetWords]),
      ...placeAudience(config.audience, config.presets),
    };
    if (bySignature.size > 32) bySignature.clear();
    bySignature.set(signature, audience);
  }
  byConfig.set(config, audience);
  return audience;
}
