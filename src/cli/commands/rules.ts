// `twcheck rules`: every rule with its default severity and what it checks.
import type { Command } from "commander";
import { DEFAULT_SEVERITY, localeOption } from "../../config/defaults.js";
import { loadRule } from "../../rules/index.js";
import { RULE_IDS } from "../../types.js";

export function register(program: Command): void {
  program
    .command("rules")
    .description("list the rules, their default severity and what each checks")
    .option("--locale <fr|en>", "language of the descriptions")
    .option("--format <text|json>", "output format", "text")
    .addHelpText("after", "\nExamples:\n  $ twcheck rules\n  $ twcheck rules --locale fr --format json\n")
    .action(async (opts: { locale?: string; format: string }) => {
      const locale = localeOption(opts.locale);
      const rows = [];
      for (const id of RULE_IDS) {
        const rule = await loadRule(id);
        rows.push({ id, severity: DEFAULT_SEVERITY[id], description: rule ? rule.describe[locale] : "" });
      }
      if (opts.format === "json") process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
      else {
        const width = Math.max(...rows.map((r) => r.id.length));
        for (const r of rows) process.stdout.write(`${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.description}\n`);
      }
    });
}
