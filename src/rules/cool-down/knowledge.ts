// Compiles the cool-down's knowledge for one language once (per pack loader): phrase matchers
// and word sets, so that checking a draft does no file IO and builds no regexp.
import type { PackLoader } from "../../packs/load.js";
import { fold } from "../../text/normalize.js";
import { PhraseMatcher, wordKey } from "../../text/phrases.js";
import type { Lang } from "../../types.js";
import { profanityList } from "./profanity-list.js";
import type { CommonPack, LanguagePack, LexiconKind, Weights, WeightedPhrases } from "./types.js";

export interface LexiconEntry {
  kind: LexiconKind;
  weight: number;
}

export interface Knowledge {
  lang: Lang;
  lexicon: PhraseMatcher<LexiconEntry>;
  attackFrames: PhraseMatcher;
  reporting: PhraseMatcher;
  afterIntensifiers: PhraseMatcher;
  /** Single-word lists, by matching key (wordKey). */
  negators: ReadonlySet<string>;
  negationBreakers: ReadonlySet<string>;
  intensifiers: ReadonlySet<string>;
  thirdPerson: ReadonlySet<string>;
  firstPerson: ReadonlySet<string>;
  secondPerson: ReadonlySet<string>;
  determiners: ReadonlySet<string>;
  /** Upper-case words that are not shouting (acronyms, newsroom labels), as written. */
  notShouting: ReadonlySet<string>;
  emoji: ReadonlyMap<string, number>;
  weights: Weights;
}

export const DEFAULT_WEIGHTS: Weights = {
  threshold: 0.5,
  attack: 0.3,
  intensified: 1.3,
  reported: 0.35,
  described: 0.5,
  profanityList: 0.3,
  exclaim2: 0.15,
  exclaim3: 0.25,
  interrobang: 0.2,
  shoutRun: 0.3,
  shoutPerExtraWord: 0.05,
  shoutMax: 0.5,
  shoutWord: 0.15,
  styleMax: 0.5,
  styleAlone: 0.45,
};

// Later categories win when a phrase is listed twice; `neutral` last so it always blocks.
const CATEGORIES: ReadonlyArray<readonly [keyof LanguagePack, LexiconKind]> = [
  ["profanity", "profanity"],
  ["hostile", "hostile"],
  ["anger", "anger"],
  ["insults", "insult"],
  ["slurs", "slur"],
  ["attacks", "attack"],
  ["whenNegated", "whenNegated"],
  ["neutral", "neutral"],
];

const cache = new WeakMap<PackLoader, Map<Lang, Knowledge>>();

export function knowledgeFor(packs: PackLoader, lang: Lang): Knowledge {
  let byLang = cache.get(packs);
  if (!byLang) cache.set(packs, (byLang = new Map()));
  let k = byLang.get(lang);
  if (!k) byLang.set(lang, (k = compile(packs.load<LanguagePack>("cool-down", lang) ?? {}, packs.load<CommonPack>("cool-down", "common") ?? {}, lang)));
  return k;
}

export function compile(pack: LanguagePack, common: CommonPack, lang: Lang): Knowledge {
  const weights: Weights = { ...DEFAULT_WEIGHTS, ...numbersOnly(common.weights ?? {}) };
  const entries = new Map<string, readonly [string, LexiconEntry]>();
  const ignore = new Set(asList(common.profanityIgnore?.[lang]).map((w) => fold(w)));
  // Our own `fuck*` must not be shadowed by the list's exact `fucking` at a lower weight.
  const ownPrefixes = CATEGORIES.flatMap(([key]) => weighted(pack[key] as WeightedPhrases | undefined))
    .map(([p]) => fold(p))
    .filter((p) => p.endsWith("*") && !/\s/.test(p))
    .map((p) => p.slice(0, -1));
  for (const word of profanityList(lang)) {
    const f = fold(word);
    if (!ignore.has(f) && !ownPrefixes.some((p) => f.startsWith(p))) entries.set(f, [word, { kind: "profanity", weight: weights.profanityList }]);
  }
  for (const [key, kind] of CATEGORIES) {
    for (const [phrase, weight] of weighted(pack[key] as WeightedPhrases | undefined)) {
      entries.set(fold(phrase), [phrase, { kind, weight }]);
    }
  }
  return {
    lang,
    lexicon: new PhraseMatcher(entries.values()),
    attackFrames: new PhraseMatcher(weighted(pack.attackFrames).map(([p]) => p)),
    reporting: new PhraseMatcher(pack.reporting ?? []),
    afterIntensifiers: new PhraseMatcher(pack.afterIntensifiers ?? []),
    negators: keys(pack.negators),
    negationBreakers: keys(pack.negationBreakers),
    intensifiers: keys(pack.intensifiers),
    thirdPerson: keys(pack.thirdPerson),
    firstPerson: keys(pack.firstPerson),
    secondPerson: keys(pack.secondPerson),
    determiners: keys(pack.determiners),
    notShouting: new Set((pack.notShouting ?? []).flatMap((w) => w.split(/\s+/)).map((w) => w.toUpperCase())),
    emoji: new Map(weighted(common.emoji).map(([e, w]) => [stripVariation(e), w])),
    weights,
  };
}

/** `{ phrase: weight }` without the `_about` comments and with weights clamped to [0, 1]. */
function weighted(map: WeightedPhrases | undefined): Array<[string, number]> {
  if (!map) return [];
  return Object.entries(map)
    .filter((e): e is [string, number] => !e[0].startsWith("_") && typeof e[1] === "number")
    .map(([p, w]) => [p, Math.min(1, Math.max(0, w))]);
}

function numbersOnly(obj: object): Partial<Weights> {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => typeof v === "number")) as Partial<Weights>;
}

function asList(v: string[] | string | undefined): string[] {
  return Array.isArray(v) ? v : [];
}

function keys(list: readonly string[] | undefined): ReadonlySet<string> {
  return new Set((list ?? []).map((w) => (w.endsWith("'") ? fold(w) : wordKey(w))));
}

/** Emoji are looked up without variation selectors or skin tones. */
export function stripVariation(emoji: string): string {
  return emoji.replace(/[\uFE0E\uFE0F]|\p{EMod}/gu, "");
}
