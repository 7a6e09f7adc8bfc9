// `npm run train`: learns not-empty's model (rules/not-empty/model.tsv) from the labelled drafts
// in test/fixtures/quality (the team's sets and the blind sets), with the code of the build
// (src/rules/not-empty/learned.ts). `--files a.jsonl,b.jsonl` limits it to some fixture files.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { train, formatModel } = await import(pathToFileURL(join(root, "dist/lib/rules/not-empty/learned.js")).href);
const { tokensOf } = await import(pathToFileURL(join(root, "dist/lib/lang/analyze.js")).href);
const fixtures = join(root, "test/fixtures/quality");
const all = [...readdirSync(fixtures).map((f) => join(fixtures, f)), ...readdirSync(join(fixtures, "blind")).map((f) => join(fixtures, "blind", f))]
  .filter((f) => f.endsWith(".jsonl"))
  .map((f) => relative(root, f).split("\\").join("/"))
  .sort();
const only = process.argv.find((a) => a.startsWith("--files="));
const files = only ? only.slice(8).split(",") : all;
const examples = [];
for (const file of files)
  for (const line of readFileSync(join(root, file), "utf8").split("\n")) {
    if (!line.trim()) continue;
    const d = JSON.parse(line);
    const label = d.labels?.["not-empty"];
    if (label === "pass" || label === "fail") examples.push({ tokens: tokensOf(d.text), empty: label === "fail" });
  }
const model = train(examples, files);
writeFileSync(join(root, "rules/not-empty/model.tsv"), formatModel(model));
console.log(`rules/not-empty/model.tsv: ${Object.keys(model.weights).length} weights from ${examples.length} drafts (${examples.filter((e) => e.empty).length} empty) in ${files.length} files`);
