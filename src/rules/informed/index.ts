// informed: the draft shows its author is informed — a link, a named origin, a figure with its
// unit, a date, a quotation — and does not pass on hearsay or strong claims it cannot back.
import { tokensOf } from "../../lang/analyze.js";
import { formatMessage, quoteList } from "../../lang/messages.js";
import type { RawFinding } from "../../types.js";
import type { Rule, RuleContext } from "../types.js";
import { findEvidence, lexicon, type Evidence, type Span } from "./evidence.js";
import { MESSAGES, ORIGIN_WORDS } from "./messages.js";
import { mapPacked } from "../../text/packed.js";

export const DEFAULT_THRESHOLD = 0.5;
export const DEFAULT_MIN_EVIDENCE = 1;

/** How much each kind of evidence is worth; `minEvidence` (default 1) is the total that makes a draft fully informed. */
export const WEIGHTS = {
  link: 1,
  namedOrigin: 1,
  namedReporting: 0.6,
  bareOrigin: 0.3,
  bareReporting: 0.2,
  figure: 0.4,
  /** A firm's own announcement in its own voice (see Evidence.own): with a date or a figure, the author is enough of a source. */
  own: 0.3,
  /** A named institution beside a figure (see Evidence.actors). */
  actor: 0.2,
  /** Each figure after the first. */
  moreFigures: 0.2,
  date: 0.25,
  quote: 0.4,
} as const;
export const PENALTIES = { hedge: 0.5, opinion: 0.2, claim: 0.3, claimWithFigure: 0.5 } as const;

function numberOption(ctx: RuleContext, key: string, fallback: number, min: number, max: number): number {
  const value = ctx.options[key];
  return typeof value === "number" && value >= min && value <= max ? value : fallback;
}

export function sourced(e: Evidence): boolean {
  return e.links.length > 0 || e.namedOrigins.length > 0 || e.namedReporting.length > 0 || e.quotes.length > 0;
}

export function evidenceTotal(e: Evidence): number {
  let total = 0;
  if (e.links.length) total += WEIGHTS.link;
  if (e.namedOrigins.length) total += WEIGHTS.namedOrigin;
  else if (e.bareOrigins.length) total += WEIGHTS.bareOrigin;
  if (e.namedReporting.length) total += WEIGHTS.namedReporting;
  else if (e.bareReporting.length) total += WEIGHTS.bareReporting;
  if (e.figures.length) total += WEIGHTS.figure + Math.min(2, e.figures.length - 1) * WEIGHTS.moreFigures;
  if (e.actors.length) total += WEIGHTS.actor;
  if (e.own.length) total += WEIGHTS.own;
  if (e.dates.length) total += WEIGHTS.date;
  if (e.quotes.length) total += WEIGHTS.quote;
  return total;
}

export function penaltyTotal(e: Evidence): number {
  let total = Math.min(2, e.hedges.length) * PENALTIES.hedge + Math.min(2, e.opinions.length) * PENALTIES.opinion;
  if (e.claims.length && !sourced(e)) total += e.figures.length ? PENALTIES.claimWithFigure : PENALTIES.claim;
  return total;
}

function findings(ctx: RuleContext, e: Evidence): RawFinding[] {
  const { locale, text } = ctx;
  // The words to write (`selon`, `according to`) in the draft's language, whatever the messages' language.
  const say = (key: string, params: Record<string, string> = {}) => formatMessage(MESSAGES, locale, key, { ...ORIGIN_WORDS[ctx.lang], ...params });
  const words = (spans: Span[]) => quoteList(mapPacked(spans, (s) => s.text), locale);
  const out: RawFinding[] = [];
  if (e.hedges.length) {
    // One finding for all the hearsay, from its first word to its last.
    const first = e.hedges[0]!;
    const last = e.hedges[e.hedges.length - 1]!;
    out.push({ start: first.start, end: last.end, message: say("hedge", { words: words(e.hedges) }), suggestion: say("hedgeFix") });
  }
  if (e.claims.length && !sourced(e)) {
    const c = e.claims[0]!;
    const key = e.figures.length ? "claimFigure" : "claim";
    out.push({ start: c.start, end: c.end, message: say(key, { words: words([c]), figure: words(e.figures.slice(0, 1)) }), suggestion: say("claimFix") });
  }
  if (out.length) return out;
  if (e.figures.length) {
    const f = e.figures[0]!;
    return [{ start: f.start, end: f.end, message: say("figureNoSource", { figure: words([f]) }), suggestion: say("addSource") }];
  }
  if (e.opinions.length) return [{ start: 0, end: text.length, message: say("opinionOnly", { words: words(e.opinions) }), suggestion: say("addSource") }];
  // A date alone is evidence too, not enough of it: the message must not say there is none.
  if (e.dates.length) return [{ start: 0, end: text.length, message: say("dateOnly", { date: words(e.dates.slice(0, 1)) }), suggestion: say("addSource") }];
  return [{ start: 0, end: text.length, message: say("noEvidence"), suggestion: say("addSource") }];
}

export function scoreEvidence(e: Evidence, minEvidence = DEFAULT_MIN_EVIDENCE): number {
  const earned = Math.min(1, evidenceTotal(e) / minEvidence);
  return Math.max(0, Math.min(1, earned - penaltyTotal(e)));
}

export const rule: Rule = {
  id: "informed",
  defaultSeverity: "warning",
  scoreKey: "informed",
  describe: {
    en: "The draft shows it is informed: a link, a named source, a figure with its unit, a date, a quotation; no rumour or unbacked claim.",
    fr: "Le brouillon montre qu'il est informé : un lien, une source citée, un chiffre avec son unité, une date, une citation ; ni rumeur ni affirmation sans appui.",
  },
  check(ctx) {
    if (ctx.text.trim() === "") return { findings: [] };
    const e = findEvidence(ctx.text, tokensOf(ctx.text), lexicon(ctx.packs), ctx.lang);
    const minEvidence = numberOption(ctx, "minEvidence", DEFAULT_MIN_EVIDENCE, 0.1, 5);
    const score = scoreEvidence(e, minEvidence);
    if (score >= numberOption(ctx, "threshold", DEFAULT_THRESHOLD, 0, 1)) return { score, findings: [] };
    return { score, findings: findings(ctx, e) };
  },
};
