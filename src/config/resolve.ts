// From the user's file, presets and command-line options to the ResolvedConfig a run uses,
// and the per-file variant when `overrides` match.
import { dirname, isAbsolute, relative } from "node:path";
import type picomatchType from "picomatch";
import { RULE_IDS, type Lang, type LangSetting, type RuleId, type Severity } from "../types.js";
import { defaultConfig } from "./defaults.js";
import { ConfigError, loadUserConfig } from "./load.js";
import { loadPreset } from "./presets.js";
import type { Limit, OverrideConfig, ResolvedConfig, ResolvedRule, RuleSetting, UserConfig } from "./types.js";

/** What the command line (or a library caller) sets on top of the file. */
export interface ConfigOverrides {
  config?: string;
  presets?: string[];
  rules?: Partial<Record<RuleId, Severity>>;
  limit?: Limit;
  lang?: LangSetting;
  locale?: Lang;
}

export function normalizeRule(setting: RuleSetting, previous?: ResolvedRule): ResolvedRule {
  if (typeof setting === "string") return { severity: setting, options: previous?.options ?? {} };
  return { severity: setting[0], options: setting[1] ?? previous?.options ?? {} };
}

function applyRules(target: Record<RuleId, ResolvedRule>, rules: Record<string, RuleSetting> | undefined): void {
  if (!rules) return;
  for (const [id, setting] of Object.entries(rules)) {
    if ((RULE_IDS as readonly string[]).includes(id)) target[id as RuleId] = normalizeRule(setting, target[id as RuleId]);
  }
}

/** Resolves a configuration object (from a file, or given to the library). */
export async function resolveConfig(
  user: UserConfig,
  opts: { baseDir?: string; filepath?: string | null; env?: NodeJS.ProcessEnv; overrides?: ConfigOverrides } = {},
): Promise<ResolvedConfig> {
  const baseDir = opts.baseDir ?? process.cwd();
  const cli = opts.overrides ?? {};
  const config = defaultConfig(baseDir, opts.env ?? process.env);
  config.filepath = opts.filepath ?? null;
  const presetNames = [...(user.extends ?? []), ...(cli.presets ?? [])];
  config.presets = await Promise.all([...new Set(presetNames)].map((name) => loadPreset(name, baseDir)));
  config.lang = cli.lang ?? user.lang ?? config.lang;
  config.limit = cli.limit ?? user.limit ?? config.limit;
  config.locale = cli.locale ?? user.locale ?? config.locale;
  config.topics = user.topics ?? [];
  config.audience = user.audience ?? [];
  config.news = user.news ?? [];
  config.files = user.files ?? [];
  config.allow = user.allow ?? [];
  config.packs = user.packs ?? [];
  config.overrides = user.overrides ?? [];
  // The glob matcher is loaded only by configurations that have overrides.
  if (config.overrides.length > 0) picomatch ??= (await import("picomatch")).default;
  applyRules(config.rules, user.rules);
  for (const [id, severity] of Object.entries(cli.rules ?? {})) config.rules[id as RuleId] = normalizeRule(severity!, config.rules[id as RuleId]);
  return config;
}

/** Finds, validates and resolves the configuration for a run started in `cwd`. */
export async function loadConfig(cwd: string, overrides: ConfigOverrides = {}, env = process.env): Promise<ResolvedConfig> {
  const { config, filepath } = await loadUserConfig(cwd, overrides.config);
  return resolveConfig(config, { baseDir: filepath ? dirname(filepath) : cwd, filepath, env, overrides });
}

/**
 * The configuration for one source: `overrides` whose `files` globs match its path (relative
 * to the config's folder) apply in order. Command-line options still win.
 */
export function configForSource(config: ResolvedConfig, source: string, cli: ConfigOverrides = {}): ResolvedConfig {
  if (config.overrides.length === 0) return config;
  const path = isAbsolute(source) ? relative(config.baseDir, source) : source.replace(/^\.\//, "");
  const matching = config.overrides.filter((o) => matches(o, path));
  if (matching.length === 0) return config;
  const out: ResolvedConfig = { ...config, rules: { ...config.rules } };
  for (const o of matching) {
    if (o.lang && !cli.lang) out.lang = o.lang;
    if (o.limit && !cli.limit) out.limit = o.limit;
    if (o.topics) out.topics = o.topics;
    if (o.audience) out.audience = o.audience;
    if (o.allow) out.allow = [...out.allow, ...o.allow];
    applyRules(out.rules, o.rules);
  }
  for (const [id, severity] of Object.entries(cli.rules ?? {})) out.rules[id as RuleId] = normalizeRule(severity!, out.rules[id as RuleId]);
  return out;
}

let picomatch: typeof picomatchType | null = null;
const matcherCache = new WeakMap<OverrideConfig, (path: string) => boolean>();
function matches(o: OverrideConfig, path: string): boolean {
  let m = matcherCache.get(o);
  if (!m) {
    if (!picomatch) throw new Error("twcheck: overrides used before resolveConfig loaded the glob matcher");
    m = picomatch(o.files, { dot: true, matchBase: !o.files.some((f) => f.includes("/")) });
    matcherCache.set(o, m);
  }
  return m(path);
}

/** `--rule id:severity` values, checked. */
export function parseRuleFlag(value: string, previous: Partial<Record<RuleId, Severity>> = {}): Partial<Record<RuleId, Severity>> {
  const m = /^([\w-]+):(off|warning|error)$/.exec(value.trim());
  if (!m) throw new ConfigError(`--rule ${value}: expected <rule>:<off|warning|error>, e.g. --rule informed:error`);
  if (!(RULE_IDS as readonly string[]).includes(m[1]!)) throw new ConfigError(`--rule ${value}: unknown rule "${m[1]}" (rules are ${RULE_IDS.join(", ")})`);
  return { ...previous, [m[1] as RuleId]: m[2] as Severity };
}
