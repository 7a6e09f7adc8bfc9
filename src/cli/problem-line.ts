// How an input problem reads on stderr: `in.jsonl:2: malformed JSON`, `array.json:2:10: malformed
// JSON: unexpected "o"`. The place says the line (and the column) once; the JSON report's
// `problems[].message` keeps the reader's whole message, `line 2:` and `at line 2, column 10` included.
import type { Problem } from "../types.js";

export function problemLine(p: Problem): string {
  if (!p.line) return `twcheck: ${p.source}: ${p.message}`;
  const place = `${p.source}:${p.line}`;
  const lead = `line ${p.line}: `;
  if (p.message.startsWith(lead)) return `twcheck: ${place}: ${p.message.slice(lead.length)}`;
  const at = ` at line ${p.line}, column `;
  const i = p.message.indexOf(at);
  const column = i < 0 ? null : /^\d+/.exec(p.message.slice(i + at.length));
  if (column) return `twcheck: ${place}:${column[0]}: ${p.message.slice(0, i)}${p.message.slice(i + at.length + column[0].length)}`;
  return `twcheck: ${place}: ${p.message}`;
}
