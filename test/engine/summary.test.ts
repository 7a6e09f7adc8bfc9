// Counting results, --quiet, and the exit code.
import { addToSummary, emptySummary, exitCode, onlyErrors } from "../../src/engine/summary.js";
import type { DraftResult, Finding } from "../../src/types.js";

const finding = (severity: "error" | "warning"): Finding => ({ rule: "informed", severity, message: "m", line: 1, column: 1, endLine: 1, endColumn: 2 });
const result = (findings: Finding[]): DraftResult => ({
  source: "s",
  id: null,
  index: 0,
  line: 1,
  text: "t",
  lang: "en",
  length: { weighted: 1, limit: 140, remaining: 139, valid: true },
  scores: {},
  findings,
  cooldown: null,
  ready: !findings.some((f) => f.severity === "error"),
});

describe("summary", () => {
  test("counts drafts, ready drafts, errors and warnings", () => {
    const s = emptySummary();
    for (const r of [result([]), result([finding("warning"), finding("warning")]), result([finding("error"), finding("warning")])]) addToSummary(s, r);
    expect(s).toEqual({ drafts: 3, ready: 2, errors: 1, warnings: 3 });
  });

  test("--quiet keeps errors only, and leaves the verdict alone", () => {
    const r = onlyErrors(result([finding("warning"), finding("error")]));
    expect(r.findings.map((f) => f.severity)).toEqual(["error"]);
    expect(r.ready).toBe(false);
    const warnOnly = onlyErrors(result([finding("warning")]));
    expect(warnOnly.findings).toEqual([]);
    expect(warnOnly.ready).toBe(true);
  });

  test("exit codes as ESLint: 0 ready, 1 not ready or too many warnings, 2 a problem", () => {
    const sum = (drafts: number, ready: number, warnings = 0) => ({ drafts, ready, errors: drafts - ready, warnings });
    expect(exitCode(sum(2, 2, 5), { problems: 0 })).toBe(0);
    expect(exitCode(sum(2, 1), { problems: 0 })).toBe(1);
    expect(exitCode(sum(2, 2, 3), { problems: 0, maxWarnings: 3 })).toBe(0);
    expect(exitCode(sum(2, 2, 4), { problems: 0, maxWarnings: 3 })).toBe(1);
    expect(exitCode(sum(2, 2, 1), { problems: 0, maxWarnings: 0 })).toBe(1);
    expect(exitCode(sum(2, 2, 9), { problems: 0, maxWarnings: -1 })).toBe(0);
    expect(exitCode(sum(2, 1), { problems: 1 })).toBe(2);
    expect(exitCode(sum(0, 0), { problems: 0 })).toBe(0);
  });
});
