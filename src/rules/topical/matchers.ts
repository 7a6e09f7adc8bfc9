// Compiles what counts as a current topic for one configuration: the user's topics, the
// presets' topic lists (both languages: bilingual tweets are common), and the content words of
// recent headlines. Compiled once per configuration and reused for every draft.
import type { Headline, PresetData, ResolvedConfig } from "../../config/types.js";
import { isStopWord } from "../../lang/stopwords.js";
import type { PackLoader } from "../../packs/load.js";
import { PhraseMatcher, wordKey } from "../../text/phrases.js";
import { tokenize } from "../../text/tokenize.js";

/** Short capitalised preset terms (Fed, PER, SEC, ING) must be written capitalised: `fed up` is not the Fed. */
export type CaseRule = "upper" | "capital" | null;
export interface TopicData {
  /** `not`: a phrase that holds a topic word in another sense; matched only to hide that word. */
  from: "topics" | "preset" | "not";
  caseRule: CaseRule;
}

export interface TopicPack {
  headlineStopWords?: string[];
  /** Phrases holding a topic word in another sense (`fed up`, `bank holiday`): a topic inside one does not count. */
  notTopics?: string[];
  minHeadlineWordLength?: number;
  /** Scale words that make a number a sector-sized amount (`$3bn`, `1,6 milliard`): a topic when a sector preset is on. */
  amountScales?: string[];
}

export interface CompiledTopics {
  matcher: PhraseMatcher<TopicData>;
  /** Headline content word key → indices of the headlines that hold it. */
  headlineWords: Map<string, number[]>;
  headlines: Headline[];
  /** A few topics to quote in suggestions, per language. */
  examples: Record<"fr" | "en", string[]>;
  /** Keys of amount scale words (`bn`, `milliard`), when a sector preset is on; empty otherwise. */
  amountScales: ReadonlySet<string>;
  empty: boolean;
}

function caseRuleOf(term: string): CaseRule {
  if (/[\s#$@]/.test(term) || term.length > 5 || !/\p{Lu}/u.test(term)) return null;
  return /\p{Ll}/u.test(term) ? "capital" : "upper";
}

function presetTerms(presets: readonly PresetData[]): string[] {
  const out = new Set<string>();
  for (const p of presets) for (const list of Object.values(p.topics)) for (const t of list ?? []) out.add(t);
  return [...out];
}

function headlineIndex(headlines: readonly Headline[], packs: PackLoader): Map<string, number[]> {
  const fr = packs.load<TopicPack>("topical", "fr") ?? {};
  const en = packs.load<TopicPack>("topical", "en") ?? {};
  const ignore = new Set([...(fr.headlineStopWords ?? []), ...(en.headlineStopWords ?? [])].map(wordKey));
  const minLength = Math.min(fr.minHeadlineWordLength ?? 4, en.minHeadlineWordLength ?? 4);
  const index = new Map<string, number[]>();
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

function examplesOf(config: ResolvedConfig): Record<"fr" | "en", string[]> {
  const pick = (lang: "fr" | "en") => {
    // The user's own topics first; then preset terms spread over each list (lists are grouped by
    // theme) that read well in a sentence: no tags, no very short acronyms.
    const spread = config.presets.flatMap((p) => {
      const list = (p.topics[lang] ?? []).filter((t) => !/^[#$]/.test(t) && t.length > 3);
      return [0, 1, 2].map((k) => list[Math.floor((k * list.length) / 3) + 3]).filter((t): t is string => Boolean(t));
    });
    return [...new Set([...config.topics, ...spread])].slice(0, 3);
  };
  return { fr: pick("fr"), en: pick("en") };
}

export function compileTopics(config: ResolvedConfig, packs: PackLoader): CompiledTopics {
  const notTopics = [...(packs.load<TopicPack>("topical", "fr")?.notTopics ?? []), ...(packs.load<TopicPack>("topical", "en")?.notTopics ?? [])];
  const entries: Array<readonly [string, TopicData]> = [
    ...notTopics.map((t) => [t, { from: "not", caseRule: null }] as const),
    ...config.topics.map((t) => [t, { from: "topics", caseRule: null }] as const),
    ...presetTerms(config.presets).map((t) => [t, { from: "preset", caseRule: caseRuleOf(t) }] as const),
  ];
  const matcher = new PhraseMatcher<TopicData>(entries);
  const headlineWords = headlineIndex(config.headlines, packs);
  const scales = [...(packs.load<TopicPack>("topical", "fr")?.amountScales ?? []), ...(packs.load<TopicPack>("topical", "en")?.amountScales ?? [])];
  return {
    matcher,
    headlineWords,
    headlines: config.headlines,
    examples: examplesOf(config),
    amountScales: new Set(config.presets.length > 0 ? scales.map((s) => wordKey(s)) : []),
    empty: matcher.size === notTopics.length && headlineWords.size === 0,
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
    config.presets.map((p) => `${p.name}:${presetTerms([p]).length}`).join("\u0001"),
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
