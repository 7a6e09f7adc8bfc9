// topical: the draft speaks about the sector's current topics — the configured `topics`, the
// presets' topic lists, and the recent headlines of the configured news feeds. With none of
// these there is nothing to judge: no score, no finding.
import { isUpperCaseWord } from "../../text/normalize.js";
import type { Token } from "../../text/tokenize.js";
import type { PhraseMatch } from "../../text/phrases.js";
import { tokensOf } from "../../lang/analyze.js";
import { formatMessage, quoteList } from "../../lang/messages.js";
import { isStopWord } from "../../lang/stopwords.js";
import { wordKey } from "../../text/phrases.js";
import type { Rule, RuleContext } from "../types.js";
import { topicsFor, type CompiledTopics, type TopicData } from "./matchers.js";
import { MESSAGES } from "./messages.js";

/** Score of one matched topic; two distinct topics make a fully topical draft. */
const TOPIC_WEIGHT = 0.7;
/** Score from sharing content words with one headline: 1 word is a hint, 2 or more a link. */
const HEADLINE_WEIGHT = [0, 0.4, 0.8, 1] as const;
export const DEFAULT_THRESHOLD = 0.5;

function caseOk(match: PhraseMatch<TopicData>, tokens: readonly Token[]): boolean {
  const rule = match.data.caseRule;
  if (!rule) return true;
  const written = tokens[match.first]!.text;
  return rule === "upper" ? isUpperCaseWord(written) : /^\p{Lu}/u.test(written);
}

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
    const key = wordKey(t.norm);
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
    if (!best || keys.size > best.words.length) best = { index, words: [...keys].map((k) => shown.get(k)!) };
  return best;
}

/**
 * Sector-sized amounts: a number followed by a scale word (`$3bn`, `€1.4 billion`, `1,6 milliard
 * d'euros`, `500 millions`). Finance news speaks in them; everyday tweets rarely do.
 */
function amounts(tokens: readonly Token[], scales: ReadonlySet<string>): string[] {
  if (scales.size === 0) return [];
  const out: string[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1]!;
    if (t.kind === "number" && next.kind === "word" && scales.has(wordKey(next.norm))) out.push(`${t.text} ${next.text}`);
  }
  return out;
}

function threshold(ctx: RuleContext): number {
  const value = ctx.options.threshold;
  return typeof value === "number" && value >= 0 && value <= 1 ? value : DEFAULT_THRESHOLD;
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
    const compiled = topicsFor(ctx.config, ctx.packs);
    if (compiled.empty) return { findings: [] };
    const tokens = tokensOf(ctx.text);
    const topics = new Set(
      compiled.matcher
        .match(tokens)
        .filter((m) => m.data.from !== "not" && caseOk(m, tokens))
        .map((m) => m.phrase.toLowerCase()),
    );
    // An amount counts as one topic, however many the draft gives.
    const amount = amounts(tokens, compiled.amountScales)[0];
    if (amount) topics.add(`amount:${amount}`);
    const headline = bestHeadline(compiled, tokens);
    const headlineScore = HEADLINE_WEIGHT[Math.min(3, headline?.words.length ?? 0)]!;
    const score = Math.min(1, topics.size * TOPIC_WEIGHT + headlineScore);
    if (score >= threshold(ctx)) return { score, findings: [] };

    const { locale } = ctx;
    const examples = quoteList(compiled.examples[ctx.lang].length ? compiled.examples[ctx.lang] : compiled.examples[locale], locale);
    const recent = compiled.headlines[headline?.index ?? 0]?.title;
    const message =
      headline && recent
        ? formatMessage(MESSAGES, locale, "offTopicNear", { words: quoteList(headline.words, locale), headline: recent })
        : formatMessage(MESSAGES, locale, "offTopic");
    const suggestion = recent
      ? formatMessage(MESSAGES, locale, "fixHeadline", { examples, headline: recent })
      : formatMessage(MESSAGES, locale, "fixTopics", { examples });
    return { score, findings: [{ message, suggestion, start: 0, end: ctx.text.length }] };
  },
};
