// Finding and reading the user's configuration file with cosmiconfig (module name `twcheck`).
import { cosmiconfig } from "cosmiconfig";
import { statSync } from "node:fs";
import { resolve } from "node:path";
import { describeIssues, configSchema } from "./schema.js";
import type { UserConfig } from "./types.js";

export class ConfigError extends Error {}

export interface LoadedConfig {
  config: UserConfig;
  filepath: string | null;
}

/** The config named with --config, else the nearest one from `cwd` up to the project root. */
export async function loadUserConfig(cwd: string, configPath?: string): Promise<LoadedConfig> {
  const explorer = cosmiconfig("twcheck", { searchStrategy: "project" });
  let found: { config: unknown; filepath: string; isEmpty?: boolean } | null;
  if (configPath) {
    const path = resolve(cwd, configPath);
    try {
      if (statSync(path).isDirectory()) throw new ConfigError(`${configPath}: cannot read config: is a directory (a file is needed here)`);
    } catch (error) {
      if (error instanceof ConfigError) throw error;
      throw new ConfigError(`${configPath}: cannot read config: no such file`);
    }
    found = await loadOrExplain(() => explorer.load(path), configPath);
  } else found = await loadOrExplain(() => explorer.search(cwd), "configuration");
  if (!found || found.isEmpty) return { config: {}, filepath: found?.filepath ?? null };
  return { config: validateConfig(found.config, found.filepath), filepath: found.filepath };
}

/** Checks a configuration object; the error names the file, the key and what was expected. */
export function validateConfig(raw: unknown, origin: string): UserConfig {
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
    const first = (e.message || String(error)).split("\n")[0];
    throw new ConfigError(`${e.filepath ?? origin}: cannot load configuration: ${first}`);
  }
}
