// The library: `import { check } from "twcheck"`. The same pipeline as the CLI, returning the
// same objects as the JSON report.
import { resolveConfig, type ConfigOverrides } from "./config/resolve.js";
import { createConfigResolver } from "./config/resolver.js";
import { loadNews } from "./engine/news.js";
import type { ResolvedConfig, UserConfig } from "./config/types.js";
import { validateConfig } from "./config/load.js";
import { clockFrom } from "./engine/run-env.js";
import { checkInputs } from "./engine/run.js";
import { addToSummary, emptySummary } from "./engine/summary.js";
import { toJsonDraft } from "./formatters/json.js";
import { expandPaths } from "./inputs/expand.js";
import { textInput } from "./inputs/files.js";
import type { InputSource } from "./inputs/types.js";
import type { Problem, Report } from "./types.js";
import { VERSION } from "./version.js";

export type * from "./types.js";
export type { UserConfig, ResolvedConfig, RuleSetting, PresetData, Headline } from "./config/types.js";
export type { ConfigOverrides } from "./config/resolve.js";
export { RULE_IDS } from "./types.js";
export { VERSION } from "./version.js";

export interface CheckOptions extends Omit<ConfigOverrides, "config"> {
  /** A configuration object (same shape as .twcheckrc.json). When absent, the nearest config file from `cwd` is used. */
  config?: UserConfig | string;
  /** Folder to search the configuration from and resolve relative paths (default: process.cwd()). */
  cwd?: string;
  /** The clock (default: TWCHECK_NOW, else now). */
  now?: Date;
  env?: NodeJS.ProcessEnv;
}

/** A draft given as text: a string, or an object with a name (its extension picks the reader: .md, .tweet, …). */
export type DraftInput = string | { text: string; source?: string };

/** A config object applies to every input; otherwise each input gets its nearest config file (or --config's). */
async function configsFor(options: CheckOptions, cwd: string, env: NodeJS.ProcessEnv, now: Date): Promise<(input: InputSource) => Promise<ResolvedConfig>> {
  const { config, cwd: _cwd, now: _now, env: _env, ...overrides } = options;
  const prepare = (c: ResolvedConfig) => loadNews(c, now, () => {});
  if (config !== undefined && typeof config !== "string") {
    const fixed = await resolveConfig(await validateConfig(config, "config"), { baseDir: cwd, env, overrides });
    await prepare(fixed);
    return async () => fixed;
  }
  const resolver = await createConfigResolver(cwd, { ...overrides, config }, env, prepare);
  return (input) => resolver.forPath(input.path === undefined || input.path.startsWith("<") ? undefined : input.path);
}

async function runReport(inputs: InputSource[], options: CheckOptions, problems: Problem[]): Promise<Report> {
  const cwd = options.cwd ?? process.cwd();
  const env = options.env ?? process.env;
  const now = options.now ?? clockFrom(env);
  const config = await configsFor(options, cwd, env, now);
  const { config: _file, cwd: _cwd, now: _now, env: _env, ...cli } = options;
  const drafts = [];
  const summary = emptySummary();
  for await (const result of checkInputs(inputs, { config, cli, cwd, env, now, onProblem: (p) => problems.push(p) })) {
    const json = toJsonDraft(result);
    drafts.push(json);
    addToSummary(summary, json);
  }
  return { twcheck: VERSION, drafts, summary, problems };
}

/** Checks one draft or many given as text; a text with `---` lines is a thread. */
export async function check(input: DraftInput | DraftInput[], options: CheckOptions = {}): Promise<Report> {
  const list = Array.isArray(input) ? input : [input];
  const inputs = list.map((item, i) =>
    typeof item === "string" ? textInput(item, list.length > 1 ? `<text ${i + 1}>` : "<text>") : textInput(item.text, item.source ?? `<text ${i + 1}>`),
  );
  return runReport(inputs, options, []);
}

/** Checks files, directories and globs, as the CLI does; unreadable inputs are listed in `problems`. */
export async function checkFiles(paths: string[], options: CheckOptions = {}): Promise<Report> {
  const expanded = await expandPaths(paths, { cwd: options.cwd });
  return runReport(expanded.inputs, options, [...expanded.problems]);
}
