// The default, human report: for each draft its source, language, length meter, the text with
// what does not fit highlighted, findings (line:column, severity, message, rule, suggestion)
// and a READY / NOT READY verdict; a summary line at the end.
import { message } from "./labels.js";
import { highlightOverflow, meter } from "./meter.js";
import type { DraftResult, Finding, Problem, Summary } from "../types.js";
import type { Formatter, FormatterOptions } from "./types.js";

const GUTTER = "  │ ";

export function stylish({ color, locale, plain }: FormatterOptions): Formatter {
  const t = (key: Parameters<typeof message>[1], params?: Record<string, string | number>) => message(locale, key, params);
  // Wide enough for the longest severity label of the locale, plus a space ("attention" is 9).
  const sevWidth = Math.max(t("error").length, t("warning").length) + 1;
  const icon = (ok: boolean) => (plain ? "" : ok ? color.green("✔ ") : color.red("✖ "));

  function header(r: DraftResult): string {
    const where: string[] = [];
    if (r.total !== undefined && r.total > 1) where.push(t("tweetOf", { n: r.index + 1, total: r.total }));
    else if (r.total === undefined && (r.index > 0 || r.id !== null)) where.push(r.id !== null ? `id ${r.id}` : t("item", { n: r.index + 1 }));
    const place = `${r.source}:${r.line}`;
    return `${color.underline(place)}${where.length ? color.dim(` (${where.join(", ")})`) : ""}  ${color.dim(r.lang)}  ${meter(r.length, color, plain)}\n`;
  }

  function finding(f: Finding, width: number): string {
    const pos = `${f.line}:${f.column}`.padEnd(width);
    const sev = f.severity === "error" ? color.red(t("error").padEnd(sevWidth)) : color.yellow(t("warning").padEnd(sevWidth));
    let out = `  ${color.dim(pos)}  ${sev}${f.message}  ${color.dim(f.rule)}\n`;
    if (f.suggestion) out += `  ${" ".repeat(width)}  ${" ".repeat(sevWidth)}${color.cyan("→ ")}${f.suggestion}\n`;
    return out;
  }

  return {
    begin: () => "",
    draft(r) {
      let out = header(r);
      const text = highlightOverflow(r.text, r.length, color, plain);
      out += text === "" ? color.dim(`${GUTTER}${t("emptyText")}\n`) : `${text.split("\n").map((l) => color.dim(GUTTER) + l).join("\n")}\n`;
      const width = Math.max(0, ...r.findings.map((f) => `${f.line}:${f.column}`.length));
      for (const f of r.findings) out += finding(f, width);
      const verdict = r.ready ? color.green.bold(t("ready")) : color.red.bold(t("notReady"));
      return `${out}  ${icon(r.ready)}${verdict}\n\n`;
    },
    end(summary: Summary, problems: readonly Problem[]) {
      // Problems were already written to stderr as they happened; the summary counts them.
      const notReady = summary.drafts - summary.ready;
      const ok = notReady === 0 && problems.length === 0;
      const parts = [
        t("drafts", { n: summary.drafts }),
        t("readyCount", { n: summary.ready }),
        t("notReadyCount", { n: notReady }),
        t("errors", { n: summary.errors }),
        t("warnings", { n: summary.warnings }),
      ];
      if (problems.length) parts.push(t("problems", { n: problems.length }));
      const line = parts.join(" · ");
      return `${icon(ok)}${ok ? color.green.bold(line) : color.bold(line)}\n`;
    },
  };
}
