// Which configuration applies to which input: as ESLint, the nearest config file from the
// input's own folder up to the project root (so `examples/finance/.twcheckrc.json` applies to
// the drafts beside it), or the one named by --config for every input. Each folder is searched
// once and each config file resolved once per run.
import { dirname, resolve } from "node:path";
import { ConfigError, explorerOnDemand, loadUserConfig, reasonOf, validateConfig } from "./load.js";
import { resolveConfig, type ConfigOverrides } from "./resolve.js";
import type { ResolvedConfig } from "./types.js";

export interface ConfigResolver {
  /** The configuration for the current folder (or --config): `files`, the hook and stdin use it. */
  root: ResolvedConfig;
  /** The configuration for an input path (relative to cwd, or absolute); `undefined` for stdin. */
  forPath(path: string | undefined): Promise<ResolvedConfig>;
}

export async function createConfigResolver(
  cwd: string,
  cli: ConfigOverrides,
  env: NodeJS.ProcessEnv,
  prepare: (config: ResolvedConfig) => Promise<void> = async () => {},
): Promise<ConfigResolver> {
  const byFile = new Map<string, Promise<ResolvedConfig>>();
  const resolveFile = (filepath: string | null, raw: unknown) => {
    const key = filepath ?? "";
    let pending = byFile.get(key);
    if (!pending) {
      pending = (async () => {
        const user = filepath && raw !== undefined ? await validateConfig(raw, filepath) : {};
        const config = await resolveConfig(user, { baseDir: filepath ? dirname(filepath) : cwd, filepath, env, overrides: cli });
        await prepare(config);
        return config;
      })();
      byFile.set(key, pending);
    }
    return pending;
  };

  if (cli.config) {
    const loaded = await loadUserConfig(cwd, cli.config);
    const fixed = await resolveFile(loaded.filepath, loaded.config);
    return { root: fixed, forPath: async () => fixed };
  }

  const explorer = explorerOnDemand();
  const byDir = new Map<string, Promise<ResolvedConfig>>();
  const forDir = (dir: string) => {
    let pending = byDir.get(dir);
    if (!pending) {
      pending = explorer.search(dir).then(
        (found) => resolveFile(found && !found.isEmpty ? found.filepath : null, found?.isEmpty ? undefined : found?.config),
        (error: Error & { filepath?: string }) => {
          throw new ConfigError(`${error.filepath ?? dir}: cannot load configuration: ${reasonOf(error.message || String(error))}`);
        },
      );
      byDir.set(dir, pending);
    }
    return pending;
  };
  const root = await forDir(cwd);
  return {
    root,
    forPath: (path) => (path === undefined ? Promise.resolve(root) : forDir(dirname(resolve(cwd, path)))),
  };
}
