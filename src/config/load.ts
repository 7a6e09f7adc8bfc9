// Finding and reading the user's configuration file with cosmiconfig (module name `twcheck`).
import type { Loader, PublicExplorer } from "cosmiconfig";
import { statSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { MODULE_NAME, SEARCH_PLACES, mayHaveConfig } from "./find.js";
import type { UserConfig } from "./types.js";

export class ConfigError extends Error {}

export interface LoadedConfig {
  config: UserConfig;
  filepath: string | null;
}

// JS configs with a plain import(): cosmiconfig's own loader falls back, when a config throws,
// to import-fresh, which needs `__filename` (absent from the ESM bundle) and hides the real error.
const importJs: Loader = async (filepath) => ((await import(pathToFileURL(filepath).href)) as { default?: unknown }).default;

/** The cosmiconfig explorer for `twcheck` (every file name of the spec); cosmiconfig is loaded on first use. */
export async function configExplorer(): Promise<PublicExplorer> {
  // A CommonJS package: bundled, its exports may only be on `default`.
  const loaded = (await import("cosmiconfig")) as typeof import("cosmiconfig") & { default?: typeof import("cosmiconfig") };
  const cosmiconfig = loaded.cosmiconfig ?? loaded.default!.cosmiconfig;
  return cosmiconfig(MODULE_NAME, { searchStrategy: "project", searchPlaces: [...SEARCH_PLACES], loaders: { ".js": importJs, ".mjs": importJs, ".cjs": importJs } });
}

/** Lazily one explorer for the run, so that its cache serves every folder searched. */
export function explorerOnDemand(): { search(dir: string): ReturnType<PublicExplorer["search"]> } {
  let explorer: Promise<PublicExplorer> | null = null;
  return {
    async search(dir) {
      if (!mayHaveConfig(dir)) return null;
      explorer ??= configExplorer();
      return (await explorer).search(dir);
    },
  };
}

/** The config named with --config, else the nearest one from `cwd` up to the project root. */
export async function loadUserConfig(cwd: string, configPath?: string): Promise<LoadedConfig> {
  let found: { config: unknown; filepath: string; isEmpty?: boolean } | null;
  if (configPath) {
    const path = resolve(cwd, configPath);
    try {
      if (statSync(path).isDirectory()) throw new ConfigError(`${configPath}: cannot read config: is a directory (a file is needed here)`);
    } catch (error) {
      if (error instanceof ConfigError) throw error;
      throw new ConfigError(`${configPath}: cannot read config: no such file`);
    }
    found = await loadOrExplain(async () => (await configExplorer()).load(path), configPath);
  } else found = await loadOrExplain(() => explorerOnDemand().search(cwd), "configuration");
  if (!found || found.isEmpty) return { config: {}, filepath: found?.filepath ?? null };
  return { config: await validateConfig(found.config, found.filepath), filepath: found.filepath };
}

/** Checks a configuration object; the error names the file, the key and what was expected. */
export async function validateConfig(raw: unknown, origin: string): Promise<UserConfig> {
  // zod is loaded only by runs that have a configuration to check.
  const { configSchema, describeIssues } = await import("./schema.js");
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) throw new ConfigError(`${origin}: invalid configuration: ${describeIssues(parsed.error)}`);
  const { $schema: _ignored, ...config } = parsed.data;
  return config as UserConfig;
}

async function loadOrExplain<T>(load: () => Promise<T>, origin: string): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    const e = error as Error & { filepath?: string };
    throw new ConfigError(`${e.filepath ?? origin}: cannot load configuration: ${reasonOf(e.message || String(error))}`);
  }
}

/**
 * One line from a loader's message: cosmiconfig's YAML/JSON errors start with a header line
 * ("YAML Error in <file>:") and carry a code frame; the reason is the first other line.
 */
export function reasonOf(message: string): string {
  // The code frame may be coloured (parse-json colours it when it thinks the terminal can, as under CI=true).
  // eslint-disable-next-line no-control-regex
  const lines = message.replace(/\u001b\[[0-9;]*m/g, "").split("\n").map((l) => l.trim());
  const reason = lines.find((l) => l !== "" && !/^(YAML|JSON) Error in /.test(l) && !/^(>?\s*\d+\s*\||\|)/.test(l) && !/^-*\^$/.test(l));
  return (reason ?? lines[0] ?? "").replace(/ while parsing '[\s\S]*$/, "");
}
