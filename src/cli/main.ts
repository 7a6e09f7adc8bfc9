// The command line: wires options to the pipeline (config → inputs → rules → formatter).
import { Command, CommanderError, Option } from "commander";
import { ConfigError } from "../config/load.js";
import { ClockError } from "../engine/run-env.js";
import { HookError } from "../hook/errors.js";
import { PackError } from "../packs/load.js";
import { VERSION } from "../version.js";
import { blockedLine, hookOfRun } from "../hook/blocked.js";
import { localeFromEnv } from "../config/defaults.js";
import { collectList, collectRule, runCheck, type CheckOptions, type RunOutcome } from "./check-command.js";
import { register as registerCooldown } from "./commands/cooldown.js";
import { register as registerHook } from "./commands/hook.js";
import { register as registerInit } from "./commands/init.js";
import { register as registerRules } from "./commands/rules.js";
import { UsageError } from "./errors.js";

const EXAMPLES = `
Examples:
  $ twcheck drafts/monday.txt                  check a draft (thread tweets separated by a --- line)
  $ twcheck drafts/ "tweets/**/*.tweet"        directories and globs
  $ pbpaste | twcheck                          text on stdin (also: twcheck -)
  $ twcheck --format json drafts/ > report.json
  $ twcheck --limit 280 --preset finance --rule informed:error draft.md
  $ twcheck hook install                       block commits of drafts that are not ready
  $ twcheck cooldown list                      drafts written in anger, and when each may go

Exit codes: 0 every draft ready; 1 a draft not ready (or more warnings than --max-warnings);
2 usage error, invalid configuration, or an input that could not be read.`;

export function buildProgram(outcome: RunOutcome = {}): Command {
  const program = new Command("twcheck");
  program
    .description("Is this tweet ready? Length (twitter-text), topical, informed, relevant, not empty, and a cool-down for drafts written in anger.")
    .version(VERSION, "-v, --version")
    .argument("[paths...]", "draft files, directories or globs; - for stdin")
    .addOption(new Option("-f, --format <format>", "report format").choices(["stylish", "compact", "json", "github"]).default("stylish"))
    .option("--limit <140|280>", "length limit (140: every character weighs 1; 280: the platform's weighted count)")
    .option("--lang <auto|fr|en>", "language of the drafts (auto: detected per draft)")
    .option("--locale <fr|en>", "language of the messages")
    .option("-c, --config <file>", "use this configuration file instead of searching for one")
    .option("--preset <name>", "add a sector preset (finance, banking, insurance); repeatable", collectList, [])
    .option("--rule <id:severity>", "set a rule's severity, e.g. informed:error or topical:off; repeatable", collectRule, {})
    .option("-q, --quiet", "report errors only")
    .option("--max-warnings <n>", "exit 1 when there are more than n warnings")
    .option("-o, --output-file <file>", "write the report to a file")
    .option("--stdin-filename <name>", "name to report for stdin (its extension picks the reader)")
    .option("--staged", "check the staged content of draft files (what the next commit holds)")
    .option("--pushed", "check the drafts in the commits being pushed (reads git's pre-push input)")
    .option("--concurrency <off|auto>", "auto: large batches (.jsonl, .csv, .json) are checked on two threads, faster but with a second heap; off: one thread", "off")
    .option("--no-color", "no colours")
    .addHelpText("after", EXAMPLES)
    .showHelpAfterError("(run twcheck --help for usage)")
    // Options after a subcommand are the subcommand's: `twcheck init --locale en`, `twcheck rules --format json`.
    .enablePositionalOptions()
    .action(async (paths: string[], opts: CheckOptions) => {
      process.exitCode = await runCheck(paths, opts, outcome);
    });
  registerInit(program);
  registerRules(program);
  registerHook(program);
  registerCooldown(program);
  for (const command of program.commands) command.exitOverride();
  program.exitOverride();
  return program;
}

export async function run(argv: string[]): Promise<void> {
  // A reader that stops early (`twcheck … | head`) is not an error.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
  const outcome: RunOutcome = {};
  try {
    await buildProgram(outcome).parseAsync(argv);
  } catch (error) {
    process.exitCode = handleError(error);
  }
  // Run by the installed git hook: the last line says the commit (or push) is blocked, in the report's language.
  const hook = hookOfRun(process.env, argv);
  const status = Number(process.exitCode ?? 0);
  if (hook && status !== 0) process.stderr.write(`${blockedLine(hook, status, outcome.locale ?? localeFromEnv())}\n`);
}

/** Known failures are one line and exit 2; anything else is a bug, still without a stack trace unless asked. */
function handleError(error: unknown): number {
  if (error instanceof CommanderError) {
    if (error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.code === "commander.help") return 0;
    return 2; // commander already printed its one-line message.
  }
  if (error instanceof UsageError || error instanceof ConfigError || error instanceof ClockError || error instanceof PackError || error instanceof HookError) {
    process.stderr.write(`twcheck: ${error.message}\n`);
    return 2;
  }
  const e = error as Error;
  process.stderr.write(`twcheck: internal error: ${e?.message ?? String(error)}${process.env.TWCHECK_DEBUG ? `\n${e?.stack}` : " (set TWCHECK_DEBUG=1 for details)"}\n`);
  return 2;
}
