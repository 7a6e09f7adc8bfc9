// relevant: of interest to the audience. The configured audience's interests raise the score;
// personal trivia, hashtag stuffing, long mention chains and a language other than the
// audience's lower it. Without any audience configured the rule still judges trivia, hashtags
// and mentions (they are noise to any professional audience), but not language.
import { tokensOf } from "../../lang/analyze.js";
import { formatMessage, quoteList } from "../../lang/messages.js";
import type { Token } from "../../text/tokenize.js";
import type { Lang, RawFinding } from "../../types.js";
import type { Rule, RuleContext } from "../types.js";
import { isSectorTopic, topicsFor } from "../topical/matchers.js";
import { audienceFor, lexicon } from "./lexicon.js";
import { MESSAGES } from "./messages.js";

export const DEFAULT_THRESHOLD = 0.5;
/** Where a draft starts before anything is found: neutral, not perfect, until it speaks to the audience. */
export const BASE = 0.8;
export const AUDIENCE_BONUS = 0.2;
export const PENALTIES = {
  /** First personal trivia word in a personal draft (or two trivia words); later ones add `moreTrivia`. */
  trivia: 0.45,
  moreTrivia: 0.15,
  /** A lone trivia word in an impersonal draft about the audience's interests or the sector's topics (`coffee prices`) is weak evidence. */
  impersonalTrivia: 0.2,
  extraHashtag: 0.2,
  mentionChain: 0.35,
  language: 0.35,
} as const;

function option<T>(ctx: RuleContext, key: string, ok: (v: unknown) => v is T, fallback: T): T {
  const value = ctx.options[key];
  return ok(value) ? value : fallback;
}
const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v) && v >= 0;
const isLang = (v: unknown): v is Lang => v === "fr" || v === "en";

/** The longest run of mentions (only spaces and punctuation between them). */
function mentionChain(tokens: readonly Token[]): Token[] {
  let best: Token[] = [];
  let run: Token[] = [];
  for (const t of tokens) {
    if (t.kind === "mention") run.push(t);
    else if (t.kind !== "punct") run = [];
    if (run.length > best.length) best = [...run];
  }
  return best;
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
    const audienceLang: Lang | null = option<Lang | null>(ctx, "audienceLang", (v): v is Lang | null => isLang(v), audience.lang);

    const interests = audience.matcher.size ? audience.matcher.match(tokens) : [];
    const trivia = lex.trivia.match(tokens);
    const personal = lex.personal.match(tokens).length > 0;
    // Business context: the draft speaks to the audience's interests or the configured topics.
    const business = interests.length > 0 || (trivia.length === 1 && topicsFor(ctx.config, ctx.packs).matcher.match(tokens).some(isSectorTopic));
    const hashtags = tokens.filter((t) => t.kind === "hashtag");
    const chain = mentionChain(tokens);
    const wrongLang = audienceLang !== null && audienceLang !== ctx.lang;

    let score = BASE + (interests.length ? AUDIENCE_BONUS : 0);
    if (trivia.length) {
      score -= personal || trivia.length > 1 || !business ? PENALTIES.trivia + Math.min(2, trivia.length - 1) * PENALTIES.moreTrivia : PENALTIES.impersonalTrivia;
    }
    const extraTags = Math.max(0, hashtags.length - maxHashtags);
    score -= Math.min(3, extraTags) * PENALTIES.extraHashtag;
    if (chain.length > maxMentions) score -= PENALTIES.mentionChain;
    if (wrongLang) score -= PENALTIES.language;
    score = Math.max(0, Math.min(1, score));
    if (score >= option(ctx, "threshold", isNumber, DEFAULT_THRESHOLD)) return { score, findings: [] };

    const say = (key: string, params: Record<string, string | number> = {}) => formatMessage(MESSAGES, locale, key, params);
    const findings: RawFinding[] = [];
    if (trivia.length) {
      const first = trivia[0]!;
      const last = trivia[trivia.length - 1]!;
      const about = audience.examples.length ? ` (${quoteList(audience.examples, locale)})` : "";
      findings.push({
        start: first.start,
        end: last.end,
        message: say("trivia", { words: quoteList(trivia.map((m) => text.slice(m.start, m.end)), locale) }),
        suggestion: say("triviaFix", { audience: about }),
      });
    }
    // Hashtags worth keeping: those the configured topics or the audience's interests name.
    const known = (t: Token) =>
      interests.some((m) => m.start === t.start) || topicsFor(ctx.config, ctx.packs).matcher.match([t]).some(isSectorTopic);
    const keepTags = extraTags > 0 ? hashtags.filter(known) : [];
    if (extraTags > 0) {
      findings.push({
        start: hashtags[maxHashtags]!.start,
        end: hashtags[hashtags.length - 1]!.end,
        message: say("hashtags", { count: hashtags.length, max: maxHashtags }),
        suggestion: keepTags.length
          ? say("hashtagsFix", { keep: quoteList(keepTags.slice(0, Math.max(1, maxHashtags)).map((t) => t.text), locale) })
          : say("hashtagsFixNone", { max: maxHashtags }),
      });
    }
    if (chain.length > maxMentions) {
      findings.push({
        start: chain[0]!.start,
        end: chain[chain.length - 1]!.end,
        message: say("mentions", { count: chain.length }),
        suggestion: say("mentionsFix"),
      });
    }
    if (wrongLang) {
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
