// Market-desk sets (test/fixtures/desk, session 17): finance news written the way market-news
// accounts write it (headlinese, tickers, brokers' shorthand), French and English. Every draft
// should be on topic with `--preset finance`; language detection and `informed` are shown too.
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const libDir = process.env.TWCHECK_LIB ?? join(root, "dist/lib");
const lib = (path) => import(join(libDir, path));
const { defaultConfig } = await lib("config/defaults.js");
const { createPackLoader } = await lib("packs/load.js");
const { measure } = await lib("length.js");
const { detectLanguage, loadLanguageStatistics } = await lib("lang/detect.js");
await loadLanguageStatistics();
const topical = (await lib("rules/topical/index.js")).rule;
const informed = (await lib("rules/informed/index.js")).rule;
const finance = JSON.parse(readFileSync(join(root, "rules/presets/finance.json"), "utf8"));
const config = { ...defaultConfig(root, {}), presets: [finance] };
const packs = createPackLoader([], root);
const dir = join(root, "test/fixtures/desk");
const drafts = readdirSync(dir)
  .filter((f) => f.endsWith(".jsonl"))
  .sort()
  .flatMap((f) => readFileSync(join(dir, f), "utf8").trim().split("\n").map((l) => JSON.parse(l)));
console.log("\nMarket-desk sets (test/fixtures/desk), --preset finance");
for (const lang of ["fr", "en"]) {
  const xs = drafts.filter((d) => d.lang === lang);
  let on = 0, read = 0, sourced = 0;
  for (const d of xs) {
    const detected = detectLanguage(d.text, "en");
    const ctx = { draft: { source: "eval", id: null, index: 0, line: 1, column: 1, text: d.text, options: {} }, text: d.text, lang: detected, locale: "en", config, options: {}, allowed: [], packs, length: measure(d.text, 280) };
    if ((topical.check(ctx).score ?? 0) >= 0.5) on++;
    if (detected === lang) read++;
    if (informed.check(ctx).findings.length === 0) sourced++;
  }
  const pct = (n) => `${n}/${xs.length} (${((100 * n) / xs.length).toFixed(1)} %)`;
  console.log(`  ${lang}: on topic ${pct(on)}, read as ${lang} ${pct(read)}, no informed finding ${pct(sourced)}`);
}
