// Hand-made results for the formatter tests: one ready draft with a warning, one too long.
import type { DraftResult, Problem, Summary } from "../../src/types.js";

export const readyWithWarning: DraftResult = {
  source: "drafts/monday.txt",
  id: null,
  index: 0,
  line: 1,
  text: "La BCE maintient ses taux.\nOn en parle ?",
  lang: "fr",
  length: { weighted: 40, limit: 140, remaining: 100, valid: true },
  scores: { informed: 0.4 },
  findings: [
    { rule: "informed", severity: "warning", message: "No source: say where this comes from.", line: 2, column: 4, endLine: 2, endColumn: 9, suggestion: "Add a link or name the source." },
  ],
  cooldown: null,
  ready: true,
  total: 2,
};

const long = "x".repeat(140) + "TOOLNG"; // 146: the last six do not fit
export const tooLong: DraftResult = {
  source: "drafts/monday.txt",
  id: null,
  index: 1,
  line: 4,
  text: long,
  lang: "en",
  length: { weighted: 146, limit: 140, remaining: -6, valid: false },
  scores: {},
  findings: [{ rule: "max-length", severity: "error", message: "146/140: 6 over the limit.", line: 4, column: 141, endLine: 4, endColumn: 147, suggestion: "Cut 6 characters." }],
  cooldown: null,
  ready: false,
  total: 2,
};

export const batchItem: DraftResult = {
  ...readyWithWarning,
  source: "batch.jsonl",
  id: "post-7",
  index: 3,
  line: 4,
  text: "Batch, item, with: commas",
  findings: [{ rule: "relevant", severity: "warning", message: "Multi\nline message, 100% sure", line: 4, column: 1, endLine: 4, endColumn: 6 }],
  total: undefined,
};

export const summaryOf: Summary = { drafts: 2, ready: 1, errors: 1, warnings: 1 };
export const problems: Problem[] = [{ source: "missing.txt", message: "cannot read: no such file" }];
