// What a run uses when nothing is configured.
import { RULE_IDS, type Lang, type RuleId } from "../types.js";
import type { ResolvedConfig, ResolvedRule } from "./types.js";

export const DEFAULT_SEVERITY: Record<RuleId, "warning" | "error"> = {
  "max-length": "error",
  topical: "warning",
  informed: "warning",
  relevant: "warning",
  "not-empty": "error",
  "cool-down": "error",
};

/** Draft files the hook and `files`-less runs look at. */
export const DEFAULT_FILES = ["**/{drafts,tweets}/**/*.{txt,tweet,md}"];

/** Locale from the environment: French when LANG/LC_ALL/LC_MESSAGES says so, else English. */
export function localeFromEnv(env: NodeJS.ProcessEnv = process.env): Lang {
  const value = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return /^fr/i.test(value) ? "fr" : "en";
}

/** A subcommand's `--locale`: `fr` or `en` as given, anything else (or nothing) from the environment. */
export function localeOption(value: string | undefined, env: NodeJS.ProcessEnv = process.env): Lang {
  return value === "fr" || value === "en" ? value : localeFromEnv(env);
}

export function defaultConfig(baseDir = process.cwd(), env: NodeJS.ProcessEnv = process.env): ResolvedConfig {
  const rules = Object.fromEntries(
    RULE_IDS.map((id): [RuleId, ResolvedRule] => [id, { severity: DEFAULT_SEVERITY[id], options: {} }]),
  ) as Record<RuleId, ResolvedRule>;
  return {
    lang: "auto",
    limit: 140,
    locale: localeFromEnv(env),
    topics: [],
    audience: [],
    news: [],
    files: [],
    allow: [],
    packs: [],
    presets: [],
    headlines: [],
    rules,
    overrides: [],
    baseDir,
    filepath: null,
  };
}
