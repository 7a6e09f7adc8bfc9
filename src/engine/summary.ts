// Post-processing of results, as small pure functions: quiet mode, counts, exit code.
import type { DraftResult, Summary } from "../types.js";

/** `--quiet`: errors only. */
export function onlyErrors(result: DraftResult): DraftResult {
  return result.findings.some((f) => f.severity === "warning") ? { ...result, findings: result.findings.filter((f) => f.severity === "error") } : result;
}

export function emptySummary(): Summary {
  return { drafts: 0, ready: 0, errors: 0, warnings: 0 };
}

export function addToSummary(summary: Summary, result: DraftResult): void {
  summary.drafts++;
  if (result.ready) summary.ready++;
  for (const f of result.findings) {
    if (f.severity === "error") summary.errors++;
    else summary.warnings++;
  }
}

/** As ESLint: 0 all ready; 1 a draft not ready or too many warnings; 2 a problem with an input or the run. */
export function exitCode(summary: Summary, opts: { maxWarnings?: number; problems: number }): 0 | 1 | 2 {
  if (opts.problems > 0) return 2;
  if (summary.ready < summary.drafts) return 1;
  if (opts.maxWarnings !== undefined && opts.maxWarnings >= 0 && summary.warnings > opts.maxWarnings) return 1;
  return 0;
}
