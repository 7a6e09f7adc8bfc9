// One draft through the enabled rules: language, length, rule outcomes, placed findings, verdict.
import type { ResolvedConfig } from "../config/types.js";
import { detectLanguageAsync } from "../lang/detect.js";
import { measure } from "../length.js";
import type { PackLoader } from "../packs/load.js";
import type { Rule, RuleContext, RunEnv, SettledOutcome } from "../rules/types.js";
import type { Draft, DraftResult, Finding, RawFinding, ReportedSeverity, Scores, Severity } from "../types.js";
import { allowedRanges, overlapsAny } from "./allow.js";
import { positionInSource } from "./positions.js";

export interface DraftCheckSetup {
  rules: ReadonlyMap<string, Rule>;
  packs: PackLoader;
  run: RunEnv;
}

export async function checkDraft(draft: Draft, config: ResolvedConfig, setup: DraftCheckSetup): Promise<DraftResult> {
  const { text } = draft;
  const lang = draft.options.lang ?? (config.lang === "auto" ? await detectLanguageAsync(text) : config.lang);
  const length = measure(text, config.limit);
  const allowed = allowedRanges(text, config.allow);
  const disabled = new Set(draft.options.disable ?? []);
  const scores: Scores = {};
  const findings: Finding[] = [];
  let cooldown: DraftResult["cooldown"] = null;

  // A blank draft is one problem (max-length says it is empty); the other rules would only
  // restate it.
  const blank = text.trim() === "";
  for (const [id, rule] of setup.rules) {
    const setting = config.rules[rule.id];
    if (!setting || setting.severity === "off" || disabled.has(id)) continue;
    if (blank && id !== "max-length") continue;
    const ctx: RuleContext = { draft, text, lang, locale: config.locale, config, options: setting.options, allowed, packs: setup.packs, length };
    let outcome: SettledOutcome = rule.check(ctx);
    if (rule.settle) outcome = await rule.settle(outcome, ctx, setup.run);
    if (outcome.score !== undefined) scores[rule.scoreKey ?? (rule.id as keyof Scores)] = round(outcome.score);
    if (outcome.cooldown !== undefined) cooldown = outcome.cooldown;
    for (const raw of outcome.findings) {
      const placed = place(draft, rule.id, raw, setting.severity, allowed);
      if (placed) findings.push(placed);
    }
  }
  findings.sort((a, b) => a.line - b.line || a.column - b.column);
  const { overflowStart: _internal, ...lengthInfo } = length;
  return {
    source: draft.source,
    id: draft.id,
    index: draft.index,
    line: draft.line,
    text,
    lang,
    length: lengthInfo,
    scores,
    findings,
    cooldown,
    ready: !findings.some((f) => f.severity === "error"),
    ...(draft.total !== undefined ? { total: draft.total } : {}),
  };
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
