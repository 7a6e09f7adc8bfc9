// What the relevant rule matches: personal trivia and first-person markers (rule packs, both
// languages) and the audience's interests (config `audience` plus the presets' audience lists).
import type { PresetData, ResolvedConfig } from "../../config/types.js";
import { languageCues } from "../../lang/detect.js";
import type { PackLoader } from "../../packs/load.js";
import { fold } from "../../text/normalize.js";
import { PhraseMatcher } from "../../text/phrases.js";
import type { Lang } from "../../types.js";

export interface RelevantPack {
  personal?: string[];
  trivia?: string[];
  maxHashtags?: number;
  maxMentions?: number;
}

export interface Lexicon {
  personal: PhraseMatcher;
  trivia: PhraseMatcher;
  maxHashtags: number;
  maxMentions: number;
}

const byPacks = new WeakMap<PackLoader, Lexicon>();

export function lexicon(packs: PackLoader): Lexicon {
  let lex = byPacks.get(packs);
  if (!lex) {
    const fr = packs.load<RelevantPack>("relevant", "fr") ?? {};
    const en = packs.load<RelevantPack>("relevant", "en") ?? {};
    lex = {
      personal: new PhraseMatcher([...(fr.personal ?? []), ...(en.personal ?? [])]),
      trivia: new PhraseMatcher([...(fr.trivia ?? []), ...(en.trivia ?? [])]),
      maxHashtags: Math.min(fr.maxHashtags ?? 2, en.maxHashtags ?? 2),
      maxMentions: Math.min(fr.maxMentions ?? 3, en.maxMentions ?? 3),
    };
    byPacks.set(packs, lex);
  }
  return lex;
}

export interface Audience {
  matcher: PhraseMatcher;
  /** A few of the user's own audience words, to quote in suggestions. */
  examples: string[];
  /** The audience's language, when the configured audience words tell it. */
  lang: Lang | null;
}

const byConfig = new WeakMap<ResolvedConfig, Audience>();
const bySignature = new Map<string, Audience>();

/**
 * The audience's language from the configured audience words, when they all point the same way
 * (`épargnants, courtiers` → fr). Each word is placed by the presets' audience lists or by its
 * own cues (accents, function words); a bilingual list (`épargnants, savers`) gives null: then
 * the rule does not judge language unless the `audienceLang` option says it.
 */
export function audienceLanguage(words: readonly string[], presets: readonly PresetData[] = []): Lang | null {
  const known: Record<Lang, Set<string>> = { fr: new Set(), en: new Set() };
  for (const p of presets) for (const lang of ["fr", "en"] as const) for (const w of p.audience[lang] ?? []) known[lang].add(fold(w));
  const seen = new Set<Lang>();
  for (const word of words) {
    const key = fold(word);
    const inFr = known.fr.has(key);
    const inEn = known.en.has(key);
    if (inFr !== inEn) seen.add(inFr ? "fr" : "en");
    else if (!inFr) {
      const { fr, en } = languageCues(word);
      if (fr !== en) seen.add(fr > en ? "fr" : "en");
    }
  }
  return seen.size === 1 ? [...seen][0]! : null;
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
      examples: config.audience.slice(0, 3),
      lang: audienceLanguage(config.audience, config.presets),
    };
    if (bySignature.size > 32) bySignature.clear();
    bySignature.set(signature, audience);
  }
  byConfig.set(config, audience);
  return audience;
}
