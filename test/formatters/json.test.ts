// The JSON report is the contract of the spec: keys, order, and one valid document.
import { json } from "../../src/formatters/json.js";
import { VERSION } from "../../src/version.js";
import { batchItem, problems, readyWithWarning, summaryOf, tooLong } from "./results.js";

const f = () => json();
const run = (drafts: typeof readyWithWarning[], probs = problems) => {
  const j = f();
  return j.begin() + drafts.map((d) => j.draft(d)).join("") + j.end(summaryOf, probs);
};

describe("json", () => {
  test("one document with twcheck, drafts, summary, problems, in that order", () => {
    const out = run([readyWithWarning, tooLong]);
    const report = JSON.parse(out);
    expect(Object.keys(report)).toEqual(["twcheck", "drafts", "summary", "problems"]);
    expect(report.twcheck).toBe(VERSION);
    expect(report.summary).toEqual(summaryOf);
    expect(report.problems).toEqual(problems);
    expect(out.endsWith("}\n")).toBe(true);
  });

  test("each draft has exactly the contract's keys, in order; `total` (display only) is not written", () => {
    const [d] = JSON.parse(run([readyWithWarning])).drafts;
    expect(Object.keys(d)).toEqual(["source", "id", "index", "line", "text", "lang", "length", "scores", "findings", "cooldown", "ready"]);
    expect(d).toEqual({
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
    });
    expect(Object.keys(d.length)).toEqual(["weighted", "limit", "remaining", "valid"]);
  });

  test("a cooldown object and a batch id are written as they are", () => {
    const cooldown = { since: "2026-11-26T09:00:00.000Z", until: "2026-11-26T09:07:00.000Z", elapsed: false };
    const [d] = JSON.parse(run([{ ...batchItem, cooldown }])).drafts;
    expect(d.cooldown).toEqual(cooldown);
    expect(d.id).toBe("post-7");
  });

  test("no drafts and no problems is still valid JSON", () => {
    const j = f();
    const report = JSON.parse(j.begin() + j.end({ drafts: 0, ready: 0, errors: 0, warnings: 0 }, []));
    expect(report).toEqual({ twcheck: VERSION, drafts: [], summary: { drafts: 0, ready: 0, errors: 0, warnings: 0 }, problems: [] });
  });
});
