// One finding a line: `file:line:col: severity rule message`, as compilers and editors read them.
import type { Formatter } from "./types.js";

export function compact(): Formatter {
  return {
    begin: () => "",
    draft(result) {
      return result.findings.map((f) => `${result.source}:${f.line}:${f.column}: ${f.severity} ${f.rule} ${oneLine(f.message)}\n`).join("");
    },
    end: () => "",
  };
}

const oneLine = (s: string) => s.replace(/\s*\n\s*/g, " ");
