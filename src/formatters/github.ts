// GitHub Actions workflow commands: each finding becomes an annotation on the file and line.
import type { Formatter } from "./types.js";

// https://docs.github.com/actions/reference/workflow-commands: data and property escaping.
const data = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const prop = (s: string) => data(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

export function github(): Formatter {
  return {
    begin: () => "",
    draft(result) {
      return result.findings
        .map((f) => {
          const kind = f.severity === "error" ? "error" : "warning";
          const props = `file=${prop(result.source)},line=${f.line},col=${f.column},endLine=${f.endLine},endColumn=${f.endColumn},title=${prop(`twcheck ${f.rule}`)}`;
          const text = f.suggestion ? `${f.message}\n${f.suggestion}` : f.message;
          return `::${kind} ${props}::${data(text)}\n`;
        })
        .join("");
    },
    end: () => "",
  };
}
