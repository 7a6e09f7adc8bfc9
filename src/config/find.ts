// Where configuration files may be (cosmiconfig's search places for `twcheck`), and a fast
// check that none is there. cosmiconfig and its loaders (YAML, JSON with code frames, TS) make
// up half of the CLI's code: most runs have no configuration file at all, and then they are
// not loaded. The check mirrors cosmiconfig's "project" search: each folder from the start up
// to the first one holding a package file; a package.json counts only with a `twcheck` key.
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";

export const MODULE_NAME = "twcheck";

/** The file names searched in each folder, in cosmiconfig's order (its defaults for `twcheck`). */
export const SEARCH_PLACES: readonly string[] = [
  "package.json",
  ...["", ".json", ".yaml", ".yml", ".js", ".ts", ".cjs", ".mjs"].map((ext) => `.${MODULE_NAME}rc${ext}`),
  ...["", ".json", ".yaml", ".yml", ".js", ".ts", ".cjs", ".mjs"].map((ext) => `.config/${MODULE_NAME}rc${ext}`),
  ...[".js", ".ts", ".cjs", ".mjs"].map((ext) => `${MODULE_NAME}.config${ext}`),
];

// cosmiconfig's own settings file in the current folder (a "meta config") may add search places.
const META_PLACES = ["config", "config.json", "config.yaml", "config.yml", "config.js", "config.ts", "config.cjs", "config.mjs"];

function namesIn(dir: string): Set<string> {
  try {
    return new Set(readdirSync(dir));
  } catch {
    return new Set();
  }
}

function packageHas(file: string, key: string): boolean {
  try {
    const data: unknown = JSON.parse(readFileSync(file, "utf8"));
    return typeof data === "object" && data !== null && Object.hasOwn(data, key);
  } catch {
    return true; // unreadable or malformed: cosmiconfig reads it and says what is wrong
  }
}

function folderMayHold(dir: string, names: ReadonlySet<string>): boolean {
  const inConfig = names.has(".config") ? namesIn(join(dir, ".config")) : null;
  for (const place of SEARCH_PLACES) {
    if (place === "package.json") {
      if (names.has(place) && packageHas(join(dir, place), MODULE_NAME)) return true;
    } else if (place.startsWith(".config/")) {
      if (inConfig?.has(place.slice(".config/".length))) return true;
    } else if (names.has(place)) return true;
  }
  return false;
}

let metaChecked: boolean | null = null;
function metaConfigPresent(): boolean {
  if (metaChecked === null) {
    const cwd = process.cwd();
    const names = namesIn(cwd);
    const inConfig = names.has(".config") ? namesIn(join(cwd, ".config")) : null;
    // A package.yaml may hold cosmiconfig's settings too: left to cosmiconfig.
    metaChecked =
      META_PLACES.some((p) => inConfig?.has(p)) || names.has("package.yaml") || (names.has("package.json") && packageHas(join(cwd, "package.json"), "cosmiconfig"));
  }
  return metaChecked;
}

/** False when no configuration file can apply to `startDir`: cosmiconfig's search would find nothing. */
export function mayHaveConfig(startDir: string): boolean {
  if (metaConfigPresent()) return true;
  let dir = startDir;
  for (;;) {
    const names = namesIn(dir);
    if (folderMayHold(dir, names)) return true;
    if (names.has("package.json") || names.has("package.yaml")) return false;
    const parent = dirname(dir);
    if (parent === dir) return false;
    dir = parent;
  }
}
