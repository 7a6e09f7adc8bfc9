// not-empty's learned model measured on drafts it was not trained on: the blind sets in eight
// folds (every eighth file), each fold read by a model trained on the other blind sets and the
// team's sets, with the code and threshold of the build. The figures are the model's alone
// (in the rule it is read only for drafts the lists and structures pass and that state no facts).
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const libDir = process.env.TWCHECK_LIB ?? join(root, "dist/lib");
const { train, loadModel, oddsOf, cuesOf, tokensForModel } = await import(join(libDir, "rules/not-empty/learned.js"));
const { tokensOf } = await import(join(libDir, "lang/analyze.js"));
const { LEARNED_ODDS } = await import(join(libDir, "rules/not-empty/index.js"));

const fixtures = join(root, "test/fixtures/quality");
const read = (file) =>
  readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l))
    .filter((d) => d.labels?.["not-empty"] === "pass" || d.labels?.["not-empty"] === "fail");
const team = readdirSync(fixtures).filter((f) => f.endsWith(".jsonl")).flatMap((f) => read(join(fixtures, f)));
const blind = readdirSync(join(fixtures, "blind")).filter((f) => f.endsWith(".jsonl")).sort().map((f) => read(join(fixtures, "blind", f)));
const FOLDS = 8;
const tally = { empty: [0, 0], news: [0, 0], personal: [0, 0], opinion: [0, 0] };
for (let k = 0; k < FOLDS; k++) {
  const held = blind.filter((_, i) => i % FOLDS === k).flat();
  const rest = [...team, ...blind.filter((_, i) => i % FOLDS !== k).flat()];
  const model = loadModel(train(rest.map((d) => ({ tokens: tokensOf(d.text), empty: d.labels["not-empty"] === "fail" }))));
  for (const d of held) {
    const key = d.labels["not-empty"] === "fail" ? "empty" : d.kind;
    if (!tally[key]) continue;
    tally[key][1]++;
    const features = tokensForModel(tokensOf(d.text));
    // As the rule reads it: over the threshold, with a word of substance to quote.
    if (oddsOf(features, model) > LEARNED_ODDS && cuesOf(features, model).length > 0) tally[key][0]++;
  }
}
const pct = ([a, b]) => `${a}/${b} (${((100 * a) / b).toFixed(1)} %)`;
console.log(`\nnot-empty's learned model, ${FOLDS}-fold over ${blind.length} blind sets (each fold unseen in training), log odds > ${LEARNED_ODDS} with a word to quote:`);
console.log(`  empty drafts read as empty: ${pct(tally.empty)}`);
console.log(`  read as empty: news ${pct(tally.news)}, personal ${pct(tally.personal)}, opinion ${pct(tally.opinion)}`);
