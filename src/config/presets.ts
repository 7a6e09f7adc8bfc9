// Sector presets: built-in packs in rules/presets/<name>.json, or the user's own files (JSON or YAML).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, extname, join, resolve } from "node:path";
import { builtinRulesDir } from "../packs/load.js";
import { ConfigError } from "./load.js";
import type { PresetData } from "./types.js";

export function builtinPresetNames(): string[] {
  const dir = join(builtinRulesDir(), "presets");
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .map((f) => basename(f, ".json"))
    .sort();
}

const isPath = (name: string) => /[\\/]/.test(name) || /\.(json|ya?ml)$/i.test(name);

export async function loadPreset(name: string, baseDir: string): Promise<PresetData> {
  const file = isPath(name) ? resolve(baseDir, name) : join(builtinRulesDir(), "presets", `${name}.json`);
  if (!existsSync(file)) {
    if (isPath(name)) throw new ConfigError(`extends: cannot read preset "${name}": no such file`);
    const known = builtinPresetNames();
    throw new ConfigError(`extends: unknown preset "${name}" (built-in presets: ${known.join(", ") || "none"}; or give a path to your own pack)`);
  }
  let raw: unknown;
  try {
    const text = readFileSync(file, "utf8");
    if (/\.ya?ml$/i.test(file)) {
      const yaml = await import("yaml");
      // The CLI bundle turns this CommonJS package into a default export only.
      raw = (yaml.parse ?? (yaml as unknown as { default: typeof yaml }).default.parse)(text);
    } else raw = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`${name}: cannot read preset: ${(error as Error).message.split("\n")[0]}`);
  }
  const { describeIssues, presetSchema } = await import("./schema.js");
  const parsed = presetSchema.safeParse(raw);
  if (!parsed.success) throw new ConfigError(`${name}: invalid preset: ${describeIssues(parsed.error)}`);
  return {
    name: parsed.data.name ?? basename(file, extname(file)),
    description: parsed.data.description,
    topics: parsed.data.topics,
    ...(parsed.data.moreTopics ? { moreTopics: parsed.data.moreTopics } : {}),
    audience: parsed.data.audience,
  };
}
