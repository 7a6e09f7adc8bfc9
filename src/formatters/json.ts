// The JSON report (stable contract, see README "JSON output"), streamed: drafts are written
// as they are checked, so memory stays flat on large batches. The whole output is one
// JSON document: the frame indented by two spaces, each draft on one line (fast to write on
// large batches, one line per draft for grep and diff; `jq .` pretty-prints it all).
import { VERSION } from "../version.js";
import type { DraftResult, Problem, Summary } from "../types.js";
import type { Formatter } from "./types.js";

const indent = (json: string, by: string) => json.replace(/\n/g, `\n${by}`);

export function toJsonDraft(r: DraftResult): DraftResult {
  // Key order is part of the contract's readability.
  return {
    source: r.source,
    id: r.id,
    index: r.index,
    line: r.line,
    text: r.text,
    lang: r.lang,
    length: r.length,
    scores: r.scores,
    findings: r.findings,
    cooldown: r.cooldown,
    ready: r.ready,
  };
}

export function json(): Formatter {
  let count = 0;
  return {
    begin: () => `{\n  "twcheck": ${JSON.stringify(VERSION)},\n  "drafts": [`,
    draft(result) {
      const sep = count++ === 0 ? "\n    " : ",\n    ";
      // The engine builds results in the contract's key order; only a thread's `total` is left out.
      return sep + JSON.stringify("total" in result ? toJsonDraft(result) : result);
    },
    end(summary: Summary, problems: readonly Problem[]) {
      const close = count === 0 ? "]" : "\n  ]";
      return `${close},\n  "summary": ${indent(JSON.stringify(summary, null, 2), "  ")},\n  "problems": ${indent(JSON.stringify(problems, null, 2), "  ")}\n}\n`;
    },
  };
}
