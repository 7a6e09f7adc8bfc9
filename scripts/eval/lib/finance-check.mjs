// What the engine does for one draft with `lang: auto` and `--preset finance` (or another preset), on the built
// library (TWCHECK_LIB to point elsewhere): detect the language, then run the asked rules on
// one context. Shared by the eval scripts that measure sets of drafts.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
const libDir = process.env.TWCHECK_LIB ?? join(root, "dist/lib");
const lib = (path) => import(join(libDir, path));
const { defaultConfig } = await lib("config/defaults.js");
const { createPackLoader } = await lib("packs/load.js");
const { measure } = await lib("length.js");
const { detectLanguage, loadLanguageStatistics } = await lib("lang/detect.js");
await loadLanguageStatistics();
// One configuration per sector preset, built on first use (`finance` unless a set asks another).
const configs = new Map();
const configFor = (preset) => {
  if (!configs.has(preset)) configs.set(preset, { ...defaultConfig(root, {}), presets: [JSON.parse(readFileSync(join(root, `rules/presets/${preset}.json`), "utf8"))] });
  return configs.get(preset);
};
const packs = createPackLoader([], root);

export { root };

/** The rules by id, loaded from the built library. */
export async function loadRules(ids) {
  return Object.fromEntries(await Promise.all(ids.map(async (id) => [id, (await lib(`rules/${id}/index.js`)).rule])));
}

/** The detected language and each rule's result for one draft, with one sector preset. */
export function checkDraft(text, rules, preset = "finance") {
  const lang = detectLanguage(text, "en");
  const ctx = { draft: { source: "eval", id: null, index: 0, line: 1, column: 1, text, options: {} }, text, lang, locale: "en", config: configFor(preset), options: {}, allowed: [], packs, length: measure(text, 280) };
  return { lang, out: Object.fromEntries(Object.entries(rules).map(([id, rule]) => [id, rule.check(ctx)])) };
}
