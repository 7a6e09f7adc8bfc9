// One draft through the enabled rules, in two steps: `analyzeDraft` (language, length, every
// rule's pure check; no side effects, so it may run in a worker thread) and `finishDraft` (the
// rules' `settle` steps such as the cool-down's clock, placed findings, verdict).
import type { ResolvedConfig } from "../config/types.js";
import { detectLanguageNow, loadLanguageStatistics } from "../lang/detect.js";
import { measure } from "../length.js";
import type { PackLoader } from "../packs/load.js";
import type { Rule, RuleContext, RuleOutcome, RunEnv, SettledOutcome } from "../rules/types.js";
import type { Draft, DraftResult, Finding, Lang, LengthInfo, RawFinding, ReportedSeverity, Scores, Severity } from "../types.js";
import { allowedRanges, overlapsAny } from "./allow.js";
import { positionInSource } from "./positions.js";

export interface DraftCheckSetup {
  rules: ReadonlyMap<string, Rule>;
  packs: PackLoader;
  run: RunEnv;
}

/** What the pure step found: plain data (it crosses from a worker thread by structured clone). */
export interface DraftAnalysis {
  lang: Lang;
  length: LengthInfo;
  allowed: Array<[number, number]>;
  /** Each rule that ran, in order, with its outcome before `settle`. */
  outcomes: Array<[string, RuleOutcome]>;
}

// The rules a configuration enables, in order: the same for every draft without front matter
// (nearly all of a batch), so worked out once per configuration and rule set.
const enabledByConfig = new WeakMap<ResolvedConfig, WeakMap<ReadonlyMap<string, Rule>, Rule[]>>();

/** Rules that apply to this draft under this configuration, in order. */
function activeRules(draft: Draft, config: ResolvedConfig, rules: ReadonlyMap<string, Rule>): readonly Rule[] {
  if (draft.options.disable === undefined && !isBlank(draft.text)) {
    let byRules = enabledByConfig.get(config);
    if (!byRules) enabledByConfig.set(config, (byRules = new WeakMap()));
    let enabled = byRules.get(rules);
    if (!enabled) byRules.set(rules, (enabled = rulesFor(draft, config, rules)));
    return enabled;
  }
  return rulesFor(draft, config, rules);
}

// `\s` is the set String#trim removes: blank as `trim() === ""` is, without a copy.
const NOT_SPACE = /\S/;
const isBlank = (text: string): boolean => !NOT_SPACE.test(text);

function rulesFor(draft: Draft, config: ResolvedConfig, rules: ReadonlyMap<string, Rule>): Rule[] {
  const disabled = new Set(draft.options.disable ?? []);
  // A blank draft is one problem (max-length says it is empty); the other rules would only restate it.
  const blank = isBlank(draft.text);
  const out: Rule[] = [];
  for (const [id, rule] of rules) {
    const setting = config.rules[rule.id];
    if (!setting || setting.severity === "off" || disabled.has(id)) continue;
    if (blank && id !== "max-length") continue;
    out.push(rule);
  }
  return out;
}

function contextFor(draft: Draft, config: ResolvedConfig, rule: Rule, packs: PackLoader, lang: Lang, length: LengthInfo, allowed: ReadonlyArray<readonly [number, number]>): RuleContext {
  const options = config.rules[rule.id].options;
  return { draft, text: draft.text, lang, locale: config.locale, config, options, allowed, packs, length };
}

/**
 * The pure step. Synchronous for most drafts; a promise only while the language statistics
 * load (see detectLanguageNow): a batch then makes no promise per draft.
 */
export function analyzeDraft(draft: Draft, config: ResolvedConfig, rules: ReadonlyMap<string, Rule>, packs: PackLoader): DraftAnalysis | Promise<DraftAnalysis> {
  const { text } = draft;
  const lang = draft.options.lang ?? (config.lang === "auto" ? detectLanguageNow(text) : config.lang);
  if (lang === null) return loadLanguageStatistics().then(() => analyzeDraft(draft, config, rules, packs));
  const length = measure(text, config.limit);
  const allowed = allowedRanges(text, config.allow);
  const outcomes: Array<[string, RuleOutcome]> = [];
  for (const rule of activeRules(draft, config, rules)) outcomes.push([rule.id, rule.check(contextFor(draft, config, rule, packs, lang, length, allowed))]);
  // The overflow offset is internal: the report has the rest.
  const lengthInfo: LengthInfo = { weighted: length.weighted, limit: length.limit, remaining: length.remaining, valid: length.valid };
  return { lang, length: lengthInfo, allowed, outcomes };
}

/** The rules' `settle` steps and the result. Synchronous unless a `settle` step returns a promise. */
export function finishDraft(draft: Draft, analysis: DraftAnalysis, config: ResolvedConfig, setup: DraftCheckSetup): DraftResult | Promise<DraftResult> {
  const { lang, length, allowed } = analysis;
  const settled: SettledOutcome[] = [];
  const outcomes = analysis.outcomes;
  for (let i = 0; i < outcomes.length; i++) {
    const [id, checked] = outcomes[i]!;
    const rule = setup.rules.get(id);
    const outcome = rule?.settle ? rule.settle(checked, contextFor(draft, config, rule, setup.packs, lang, length, allowed), setup.run) : checked;
    if (outcome instanceof Promise) return finishLater(draft, analysis, config, setup, settled, outcome, i);
    settled.push(outcome);
  }
  return resultOf(draft, analysis, config, setup, settled);
}

/** finishDraft from the first `settle` step that returned a promise, one step after the other. */
async function finishLater(
  draft: Draft,
  analysis: DraftAnalysis,
  config: ResolvedConfig,
  setup: DraftCheckSetup,
  settled: SettledOutcome[],
  pending: Promise<SettledOutcome>,
  from: number,
): Promise<DraftResult> {
  const { lang, length, allowed } = analysis;
  settled.push(await pending);
  for (let i = from + 1; i < analysis.outcomes.length; i++) {
    const [id, checked] = analysis.outcomes[i]!;
    const rule = setup.rules.get(id);
    settled.push(rule?.settle ? await rule.settle(checked, contextFor(draft, config, rule, setup.packs, lang, length, allowed), setup.run) : checked);
  }
  return resultOf(draft, analysis, config, setup, settled);
}

function resultOf(draft: Draft, analysis: DraftAnalysis, config: ResolvedConfig, setup: DraftCheckSetup, settled: readonly SettledOutcome[]): DraftResult {
  const { lang, length, allowed } = analysis;
  const scores: Scores = {};
  const findings: Finding[] = [];
  let cooldown: DraftResult["cooldown"] = null;
  const outcomes = analysis.outcomes;
  for (let i = 0; i < outcomes.length; i++) {
    const rule = setup.rules.get(outcomes[i]![0]);
    if (!rule) continue;
    const outcome = settled[i]!;
    if (outcome.score !== undefined) scores[rule.scoreKey ?? (rule.id as keyof Scores)] = round(outcome.score);
    if (outcome.cooldown !== undefined) cooldown = outcome.cooldown;
    for (const raw of outcome.findings) {
      const placed = place(draft, rule.id, raw, config.rules[rule.id].severity, allowed);
      if (placed) findings.push(placed);
    }
  }
  if (findings.length > 1) findings.sort((a, b) => a.line - b.line || a.column - b.column);
  return {
    source: draft.source,
    id: draft.id,
    index: draft.index,
    line: draft.line,
    text: draft.text,
    lang,
    length,
    scores,
    findings,
    cooldown,
    ready: !findings.some((f) => f.severity === "error"),
    ...(draft.total !== undefined ? { total: draft.total } : {}),
  };
}

/** Both steps; a promise only when one of them needs to wait. */
export function checkDraft(draft: Draft, config: ResolvedConfig, setup: DraftCheckSetup): DraftResult | Promise<DraftResult> {
  const analysis = analyzeDraft(draft, config, setup.rules, setup.packs);
  return analysis instanceof Promise ? analysis.then((a) => finishDraft(draft, a, config, setup)) : finishDraft(draft, analysis, config, setup);
}

function place(draft: Draft, rule: string, raw: RawFinding, configured: Severity, allowed: ReadonlyArray<readonly [number, number]>): Finding | null {
  const start = raw.start ?? 0;
  const end = Math.max(raw.end ?? start, start);
  // A finding about particular words is dropped when those words are allowed; a finding about
  // the whole draft (no offsets) is kept.
  if (raw.start !== undefined && allowed.length > 0 && overlapsAny(start, end, allowed)) return null;
  const severity: ReportedSeverity = configured === "warning" ? "warning" : (raw.severity ?? "error");
  const from = positionInSource(draft, start);
  const to = positionInSource(draft, end);
  const finding: Finding = { rule, severity, message: raw.message, line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  if (raw.suggestion) finding.suggestion = raw.suggestion;
  return finding;
}

const round = (n: number) => Math.round(Math.min(1, Math.max(0, n)) * 100) / 100;
