// Language detection measured on every labelled draft we have: the quality fixtures (`lang`),
// the cool-down fixtures (language from the file name) and, when present beside the project,
// the public dev sets (../shared/data/dev: French and English files). Also counts how many
// drafts the function-word cues leave to franc (the slow path).
import { existsSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { devDir as dev, readJsonl as lines } from "./lib/dev-sets.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const libDir = process.env.TWCHECK_LIB ?? join(root, "dist/lib");
const { detectLanguage, languageCues, loadLanguageStatistics, needsStatistics } = await import(join(libDir, "lang/detect.js"));
await loadLanguageStatistics();

const sets = [];
const quality = join(root, "test/fixtures/quality");
sets.push(["quality fixtures", readdirSync(quality).filter((f) => f.endsWith(".jsonl")).flatMap((f) => lines(join(quality, f)).map((d) => [d.text, d.lang]))]);
const cool = join(root, "test/fixtures/cool-down");
sets.push(["cool-down fixtures", readdirSync(cool).filter((f) => f.endsWith(".jsonl")).flatMap((f) => lines(join(cool, f)).map((d) => [d.text, f.startsWith("fr") ? "fr" : "en"]))]);
if (existsSync(join(dev, "hostility-fr.jsonl"))) sets.push(["dev: MLMA (fr)", lines(join(dev, "hostility-fr.jsonl")).map((d) => [d.text, "fr"])]);
if (existsSync(join(dev, "offensive-en.jsonl"))) sets.push(["dev: Davidson (en)", lines(join(dev, "offensive-en.jsonl")).map((d) => [d.text, "en"])]);

console.log("language detection (auto), per labelled set");
for (const [name, drafts] of sets) {
  let ok = 0;
  let slow = 0;
  for (const [text, lang] of drafts) {
    if (detectLanguage(text) === lang) ok++;
    if (needsStatistics ? needsStatistics(text) : (() => { const c = languageCues(text); return Math.abs(c.fr - c.en) < 2 && text.length >= 50; })()) slow++;
  }
  console.log(`  ${name.padEnd(20)} ${((100 * ok) / drafts.length).toFixed(1).padStart(5)} % correct (${ok}/${drafts.length}), ${((100 * slow) / drafts.length).toFixed(1)} % left to franc`);
}
