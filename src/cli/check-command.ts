// The main job: check the named drafts (or stdin, or the configured files) and report.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseRuleFlag, type ConfigOverrides } from "../config/resolve.js";
import { createConfigResolver } from "../config/resolver.js";
import { loadNews } from "../engine/news.js";
import type { Limit } from "../config/types.js";
import { addToSummary, emptySummary, exitCode, onlyErrors } from "../engine/summary.js";
import { clockFrom } from "../engine/run-env.js";
import { checkInputBatches } from "../engine/run.js";
import { expandPaths } from "../inputs/expand.js";
import { stdinInput } from "../inputs/files.js";
import type { InputSource } from "../inputs/types.js";
import { FORMATS, loadFormatter, type FormatName } from "../formatters/index.js";
import type { Lang, LangSetting, Problem, RuleId, Severity } from "../types.js";
import { chooseColor } from "./colors.js";
import { fail } from "./errors.js";
import { loadPhraseTable } from "../packs/phrase-table.js";
import { openOutput } from "./output.js";
import { problemLine } from "./problem-line.js";

export interface CheckOptions {
  format: string;
  limit?: string;
  lang?: string;
  locale?: string;
  config?: string;
  preset: string[];
  rule: Partial<Record<RuleId, Severity>>;
  quiet?: boolean;
  maxWarnings?: string;
  outputFile?: string;
  stdinFilename?: string;
  color?: boolean;
  staged?: boolean;
  pushed?: boolean;
  concurrency?: string;
}

/** The analysis worker bundled beside the CLI (dist/cli/worker.mjs), if it is there. */
function workerScript(): URL | null {
  const url = new URL("./worker.mjs", import.meta.url);
  return existsSync(fileURLToPath(url)) ? url : null;
}

function parseOverrides(opts: CheckOptions): ConfigOverrides {
  const out: ConfigOverrides = { rules: opts.rule, presets: opts.preset };
  if (opts.config) out.config = opts.config;
  if (opts.limit !== undefined) {
    if (opts.limit !== "140" && opts.limit !== "280") fail(`--limit ${opts.limit}: expected 140 or 280`);
    out.limit = Number(opts.limit) as Limit;
  }
  if (opts.lang !== undefined) {
    if (!["auto", "fr", "en"].includes(opts.lang)) fail(`--lang ${opts.lang}: expected auto, fr or en`);
    out.lang = opts.lang as LangSetting;
  }
  if (opts.locale !== undefined) {
    if (!["fr", "en"].includes(opts.locale)) fail(`--locale ${opts.locale}: expected fr or en`);
    out.locale = opts.locale as Lang;
  }
  return out;
}

export function collectRule(value: string, previous: Partial<Record<RuleId, Severity>>): Partial<Record<RuleId, Severity>> {
  return parseRuleFlag(value, previous);
}

export function collectList(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** What a run has learned that outlives it: the language its report was written in (for the git hook's last line). */
export interface RunOutcome {
  locale?: Lang;
}

export async function runCheck(paths: string[], opts: CheckOptions, outcome: RunOutcome = {}): Promise<number> {
  const env = process.env;
  const cwd = process.cwd();
  if (!(FORMATS as readonly string[]).includes(opts.format)) fail(`--format ${opts.format}: expected one of ${FORMATS.join(", ")}`);
  let maxWarnings: number | undefined;
  if (opts.maxWarnings !== undefined) {
    if (!/^-?\d+$/.test(opts.maxWarnings)) fail(`--max-warnings ${opts.maxWarnings}: expected a whole number`);
    maxWarnings = Number(opts.maxWarnings);
  }
  if (opts.concurrency !== undefined && opts.concurrency !== "auto" && opts.concurrency !== "off") fail(`--concurrency ${opts.concurrency}: expected auto or off`);
  const now = clockFrom(env);
  loadPhraseTable();
  const cli = parseOverrides(opts);
  outcome.locale = cli.locale;
  const warn = (p: Problem) => process.stderr.write(`twcheck: warning: ${p.source}: ${p.message}\n`);
  const configs = await createConfigResolver(cwd, cli, env, (config) => loadNews(config, now, warn));
  const config = configs.root;
  outcome.locale = config.locale;

  const problems: Problem[] = [];
  const report = (p: Problem) => {
    problems.push(p);
    process.stderr.write(`${problemLine(p)}\n`);
  };

  const inputs = await chooseInputs(paths, opts, config.files, cwd, config.baseDir, report);

  const { color, plain } = chooseColor({ color: opts.color, toFile: !!opts.outputFile, env });
  const formatter = (await loadFormatter(opts.format as FormatName))({ color, plain, locale: config.locale });
  const out = openOutput(opts.outputFile);
  const summary = emptySummary();
  let warnings = 0;
  out.write(formatter.begin());
  for await (const results of checkInputBatches(inputs, {
    // stdin is configured from the current folder, or from --stdin-filename's folder.
    config: (input) => configs.forPath(input.path === undefined || input.path.startsWith("<") ? undefined : input.path),
    cli,
    cwd,
    env,
    now,
    worker: opts.concurrency === "auto" ? workerScript() : null,
    onProblem: report,
    onWarning: warn,
  })) {
    for (const result of results) {
      for (const f of result.findings) if (f.severity === "warning") warnings++;
      const shown = opts.quiet ? onlyErrors(result) : result;
      addToSummary(summary, shown);
      out.write(formatter.draft(shown));
    }
    // A slow destination (a pipe read slowly) is waited for before more drafts are checked.
    const backlog = out.backlog();
    if (backlog) await backlog;
  }
  out.write(formatter.end(summary, problems));
  await out.close();
  // --max-warnings counts every warning, even those --quiet hides (as ESLint).
  return exitCode({ ...summary, warnings }, { maxWarnings, problems: problems.length });
}

async function chooseInputs(
  paths: string[],
  opts: CheckOptions,
  files: string[],
  cwd: string,
  configDir: string,
  report: (p: Problem) => void,
): Promise<InputSource[]> {
  if (opts.staged || opts.pushed) {
    if (paths.length) fail(`${opts.staged ? "--staged" : "--pushed"} checks what git holds; do not name files with it`);
    if (opts.staged) return (await import("../hook/staged.js")).stagedInputs(cwd, files);
    const stdin = await readAllStdin();
    return (await import("../hook/pushed.js")).pushedInputs(cwd, files, stdin);
  }
  const named = paths;
  if (named.length === 0) {
    if (!process.stdin.isTTY) return [stdinInput(opts.stdinFilename ?? "<stdin>", opts.stdinFilename ?? "<stdin>")];
    if (files.length === 0) fail("no drafts to check: name files, directories or globs, pipe text on stdin, or set `files` in the configuration (see twcheck --help)");
    // The configuration's `files` are relative to the configuration's folder, wherever twcheck runs.
    const expanded = await expandPaths(files, { cwd: configDir });
    for (const p of expanded.problems) report(p);
    return expanded.inputs;
  }
  const expanded = await expandPaths(named, { stdinFilename: opts.stdinFilename, cwd });
  for (const p of expanded.problems) report(p);
  return expanded.inputs;
}

async function readAllStdin(): Promise<string> {
  if (process.stdin.isTTY) return "";
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}
