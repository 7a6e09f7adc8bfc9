// `twcheck init`: a starter configuration in the current folder.
import type { Command } from "commander";
import { existsSync, writeFileSync } from "node:fs";
import { localeFromEnv } from "../../config/defaults.js";
import { UsageError } from "../errors.js";

const STARTER_FILES = [".twcheckrc", ".twcheckrc.json", ".twcheckrc.yaml", ".twcheckrc.yml", ".twcheckrc.js", ".twcheckrc.cjs", ".twcheckrc.mjs", "twcheck.config.js", "twcheck.config.cjs", "twcheck.config.mjs", "twcheck.config.ts"];

/** The starter configuration; messages in the user's language (`LANG`) unless `--locale` says otherwise, as a run without a configuration file. */
export function starterConfig(opts: { preset?: string; locale?: string; limit?: number }, env: NodeJS.ProcessEnv = process.env): object {
  return {
    extends: opts.preset ? [opts.preset] : ["finance"],
    lang: "auto",
    locale: opts.locale ?? localeFromEnv(env),
    limit: opts.limit ?? 140,
    topics: [],
    audience: [],
    files: ["drafts/**/*.{txt,tweet,md}"],
    allow: [],
    rules: {
      "max-length": "error",
      topical: "warning",
      informed: "warning",
      relevant: "warning",
      "not-empty": "error",
      "cool-down": ["error", { minutes: 7 }],
    },
  };
}

export function register(program: Command): void {
  program
    .command("init")
    .description("write a starter configuration (.twcheckrc.json) in the current folder")
    .option("--preset <name>", "sector preset to extend (finance, banking, insurance)", "finance")
    .option("--locale <fr|en>", "language of messages (default: from LANG, as without a configuration)")
    .option("--force", "overwrite an existing .twcheckrc.json")
    .addHelpText("after", "\nExamples:\n  $ twcheck init\n  $ twcheck init --preset insurance --locale en\n")
    .action((opts: { preset: string; locale?: string; force?: boolean }) => {
      const existing = STARTER_FILES.find((f) => existsSync(f));
      if (existing && !(opts.force && existing === ".twcheckrc.json"))
        throw new UsageError(`${existing} already exists${existing === ".twcheckrc.json" ? " (use --force to overwrite it)" : ""}`);
      writeFileSync(".twcheckrc.json", `${JSON.stringify(starterConfig(opts), null, 2)}\n`);
      process.stdout.write("Wrote .twcheckrc.json: edit topics and audience, then run `twcheck drafts/`.\n");
    });
}
