// not-empty: the draft says something — enough content words (stop words from the `stopword`
// package, tweet filler words from the pack), no filler, no empty hype, no clickbait, and not
// only hashtags, mentions, emoji or a bare link.
import { tokensOf } from "../../lang/analyze.js";
import { formatMessage, quoteList } from "../../lang/messages.js";
import { isStopWord } from "../../lang/stopwords.js";
import type { PhraseMatch } from "../../text/phrases.js";
import type { Token } from "../../text/tokenize.js";
import type { RawFinding } from "../../types.js";
import type { Rule, RuleContext } from "../types.js";
import { lexicon, type Category, type Lexicon } from "./lexicon.js";
import { MESSAGES } from "./messages.js";

export const DEFAULT_THRESHOLD = 0.5;
export const PENALTIES = { filler: 0.35, hype: 0.35, clickbait: 0.5, teaser: 0.35 } as const;
/**
 * A draft with nothing concrete in it — no figure, link, mention, cashtag or name — scores at
 * most this: it may still pass, but one piece of filler, hype or teasing then makes it empty talk.
 */
export const VAGUE_CAP = 0.6;
/** A hashtag's word counts half: `#inflation` alone is a label, not a statement. */
const HASHTAG_WEIGHT = 0.5;

interface Span {
  start: number;
  end: number;
}

export interface Content {
  /** Content words (with hashtags counted half). */
  count: number;
  words: Token[];
  /** False when there is no word, number or cashtag outside tags, mentions, emoji and links. */
  hasText: boolean;
}

function inside(t: Token, spans: readonly Span[]): boolean {
  return spans.some((s) => t.start >= s.start && t.end <= s.end);
}

export function contentOf(tokens: readonly Token[], lex: Lexicon, noise: readonly Span[]): Content {
  let count = 0;
  const words: Token[] = [];
  let hasText = false;
  for (const t of tokens) {
    if (t.kind === "word" || t.kind === "number" || t.kind === "cashtag") hasText = true;
    if (inside(t, noise)) continue;
    if (t.kind === "number" || t.kind === "cashtag") {
      count += 1;
      words.push(t);
    } else if (t.kind === "word" && (t.norm.length > 1 || /\p{N}/u.test(t.norm)) && !isStopWord(t.norm) && !lex.emptyWords.has(t.norm)) {
      count += 1;
      words.push(t);
    } else if (t.kind === "hashtag" && !lex.emptyWords.has(t.norm)) count += HASHTAG_WEIGHT;
  }
  return { count, words, hasText };
}

const SENTENCE_END = /^[.!?…:;]$/;

/**
 * Something a reader can check or look up: a figure, a link, a mention, a cashtag, or a name
 * (a capitalised word that does not start a sentence, an acronym such as BCE or CAC40).
 */
export function hasConcreteAnchor(tokens: readonly Token[]): boolean {
  let sentenceStart = true;
  for (const t of tokens) {
    if (t.kind === "number" || t.kind === "url" || t.kind === "mention" || t.kind === "cashtag") return true;
    if (t.kind === "word") {
      const first = t.text[0]!;
      const capitalised = first !== first.toLowerCase();
      const acronym = t.text.length >= 2 && t.text === t.text.toUpperCase() && t.text !== t.text.toLowerCase() && t.text.length <= 6;
      if (capitalised && (!sentenceStart || acronym) && !t.text.endsWith("'")) return true;
      sentenceStart = false;
    } else if (t.kind === "punct" && SENTENCE_END.test(t.text)) sentenceStart = true;
  }
  return false;
}

function patternSpans(text: string, patterns: readonly RegExp[]): Span[] {
  const out: Span[] = [];
  for (const re of patterns) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const lead = m[0].length - m[0].trimStart().length;
      out.push({ start: m.index + lead, end: m.index + m[0].trimEnd().length });
    }
  }
  return out;
}

/** Runs of exclamation marks (`!!`, `!!!`) read as hype whatever the words. */
function shouting(text: string): Span[] {
  return [...text.matchAll(/!{2,}/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

function threshold(ctx: RuleContext): number {
  const value = ctx.options.threshold;
  return typeof value === "number" && value >= 0 && value <= 1 ? value : DEFAULT_THRESHOLD;
}

function minWords(ctx: RuleContext, lex: Lexicon): number {
  const value = ctx.options.minContentWords;
  return typeof value === "number" && value >= 1 ? value : lex.minContentWords;
}

export const rule: Rule = {
  id: "not-empty",
  defaultSeverity: "error",
  scoreKey: "not-empty",
  describe: {
    en: "The draft says something: enough content words, no filler, empty hype or clickbait, not only hashtags, mentions, emoji or a link.",
    fr: "Le brouillon dit quelque chose : assez de mots porteurs de sens, ni remplissage, ni enthousiasme creux, ni appât à clics, pas seulement des hashtags, mentions, emoji ou un lien.",
  },
  check(ctx) {
    const { text, locale } = ctx;
    // An empty draft is max-length's to report.
    if (text.trim() === "") return { findings: [] };
    const tokens = tokensOf(text);
    const lex = lexicon(ctx.packs);
    const matches = lex.phrases.match(tokens);
    const filler: Span[] = [...matches.filter((m) => m.data === "filler"), ...patternSpans(text, lex.fillerPatterns)];
    const hype: Span[] = [...matches.filter((m) => m.data === "hype"), ...shouting(text)];
    const clickbait: PhraseMatch<Category>[] = matches.filter((m) => m.data === "clickbait");
    const teaser: PhraseMatch<Category>[] = matches.filter((m) => m.data === "teaser");
    const content = contentOf(tokens, lex, [...filler, ...hype, ...clickbait, ...teaser]);
    const needed = minWords(ctx, lex);

    const say = (key: string, params: Record<string, string | number> = {}) => formatMessage(MESSAGES, locale, key, params);
    if (!content.hasText) {
      return { score: 0, findings: [{ start: 0, end: text.length, message: say("onlyTags"), suggestion: say("onlyTagsFix") }] };
    }
    const penalty =
      Math.min(2, filler.length) * PENALTIES.filler +
      Math.min(2, hype.length) * PENALTIES.hype +
      Math.min(2, clickbait.length) * PENALTIES.clickbait +
      Math.min(2, teaser.length) * PENALTIES.teaser;
    const earned = Math.min(1, content.count / needed, hasConcreteAnchor(tokens) ? 1 : VAGUE_CAP);
    const score = Math.max(0, Math.min(1, earned - penalty));
    if (score >= threshold(ctx)) return { score, findings: [] };

    const quote = (spans: readonly Span[]) => quoteList(spans.map((s) => text.slice(s.start, s.end)), locale);
    // One finding per kind of emptiness, naming all its words; the word count only when nothing else explains the score.
    const findings: RawFinding[] = [];
    const group = (spans: readonly Span[], key: string) => {
      if (!spans.length) return;
      const ordered = [...spans].sort((a, b) => a.start - b.start);
      findings.push({ start: ordered[0]!.start, end: ordered[ordered.length - 1]!.end, message: say(key, { words: quote(ordered) }), suggestion: say(`${key}Fix`) });
    };
    group(clickbait, "clickbait");
    group(teaser, "teaser");
    group(filler, "filler");
    group(hype, "hype");
    if (findings.length === 0) {
      const count = content.words.length;
      const key = count === 0 ? "nothing" : count === 1 ? "thinOne" : "thin";
      findings.push({ start: 0, end: text.length, message: say(key, { count, words: quote(content.words) }), suggestion: say("thinFix") });
    }
    return { score, findings: findings.sort((a, b) => (a.start ?? 0) - (b.start ?? 0)) };
  },
};
