// Rule knowledge lives as JSON data in `rules/<rule>/<name>.json` (name: a language code, or
// another file such as `common`). Users may add folders of the same layout (`packs` in config):
// their arrays are appended to the built-in ones, their objects merged, their scalars win.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export interface PackLoader {
  /** The merged data of `rules/<rule>/<name>.json` over all pack roots, or undefined if none has it. */
  load<T = unknown>(rule: string, name: string): T | undefined;
  /** Folders searched, built-in first. */
  readonly roots: readonly string[];
}

let root: string | undefined;
/** The installed package's folder (where `rules/` and `package.json` are), from source, lib or bundle alike. */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "rules"))) return (root = dir);
    const up = dirname(dir);
    if (up === dir) throw new Error("twcheck: cannot find its rules/ folder");
    dir = up;
  }
}

export function builtinRulesDir(): string {
  return join(packageRoot(), "rules");
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Arrays append (without repeats), objects merge key by key, anything else is replaced. */
export function mergePackData(base: Json, extra: Json): Json {
  if (Array.isArray(base) && Array.isArray(extra)) {
    const seen = new Set(base.map((v) => JSON.stringify(v)));
    return [...base, ...extra.filter((v) => !seen.has(JSON.stringify(v)))];
  }
  if (isObject(base) && isObject(extra)) {
    const out: { [key: string]: Json } = { ...base };
    for (const [key, value] of Object.entries(extra)) out[key] = key in out ? mergePackData(out[key]!, value) : value;
    return out;
  }
  return extra;
}

function isObject(v: Json): v is { [key: string]: Json } {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

export class PackError extends Error {}

/** A loader over the built-in rules folder and the user's pack folders (resolved from `baseDir`). */
export function createPackLoader(userPacks: readonly string[] = [], baseDir = process.cwd()): PackLoader {
  const roots = [builtinRulesDir(), ...userPacks.map((p) => resolve(baseDir, p))];
  const cache = new Map<string, unknown>();
  return {
    roots,
    load<T>(rule: string, name: string): T | undefined {
      const key = `${rule}/${name}`;
      if (cache.has(key)) return cache.get(key) as T | undefined;
      let data: Json | undefined;
      for (const dir of roots) {
        const file = join(dir, rule, `${name}.json`);
        if (!existsSync(file)) continue;
        let parsed: Json;
        try {
          parsed = JSON.parse(readFileSync(file, "utf8")) as Json;
        } catch (error) {
          throw new PackError(`${file}: invalid rule pack (${(error as Error).message})`);
        }
        data = data === undefined ? parsed : mergePackData(data, parsed);
      }
      cache.set(key, data);
      return data as T | undefined;
    },
  };
}
