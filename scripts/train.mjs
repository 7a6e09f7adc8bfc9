// `npm run train`: learns the rules' models (rules/{not-empty,topical}/model.tsv, and topical's
// voice model, rules/topical/voice.tsv)
// from the labelled drafts in test/fixtures/quality (the team's sets and the blind sets), with
// the code of the build (src/text/bayes.ts). `--files a.jsonl,b.jsonl` limits it to some files,
// `--rule=voice` to one model.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const lib = (path) => import(pathToFileURL(join(root, "dist/lib", path)).href);
const { train, formatModel, MODEL_LABELS } = await lib("text/bayes.js");
const { tokensOf } = await lib("lang/analyze.js");
const fixtures = join(root, "test/fixtures/quality");
const all = [...readdirSync(fixtures).map((f) => join(fixtures, f)), ...readdirSync(join(fixtures, "blind")).map((f) => join(fixtures, "blind", f))]
  .filter((f) => f.endsWith(".jsonl"))
  .map((f) => relative(root, f).split("\\").join("/"))
  .sort();
const only = process.argv.find((a) => a.startsWith("--files="));
const files = only ? only.slice(8).split(",") : all;
const drafts = files.flatMap((file) =>
  readFileSync(join(root, file), "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line)),
);
const onlyRule = process.argv.find((a) => a.startsWith("--rule="))?.slice(7);
for (const [rule, { label, positive, negative }] of Object.entries(MODEL_LABELS)) {
  if (onlyRule && rule !== onlyRule) continue;
  const examples = drafts
    .filter((d) => d.labels?.[label] === positive || d.labels?.[label] === negative)
    .map((d) => ({ tokens: tokensOf(d.text), positive: d.labels[label] === positive }));
  const model = train(examples, files);
  writeFileSync(join(root, "rules", rule, "model.tsv"), formatModel(model));
  console.log(`rules/${rule}/model.tsv: ${Object.keys(model.weights).length} weights from ${examples.length} drafts (${examples.filter((e) => e.positive).length} labelled ${label} ${positive}) in ${files.length} files`);
}
// The voice model learns the drafts' kinds, their sector words set aside (src/rules/topical/voice.ts).
if (!onlyRule || onlyRule === "voice") {
  const { trainVoice, voiceTrainingExamples } = await lib("rules/topical/voice-training.js");
  const examples = await voiceTrainingExamples(drafts);
  const model = trainVoice(examples, files);
  writeFileSync(join(root, "rules", "topical", "voice.tsv"), formatModel(model));
  console.log(`rules/topical/voice.tsv: ${Object.keys(model.weights).length} weights from ${examples.length} drafts (${examples.filter((e) => e.positive).length} personal) in ${files.length} files`);
}
