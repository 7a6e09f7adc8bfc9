// Eval of the cool-down's anger detector (run by `npm run eval` on the built library).
// Sets: our own labelled examples (test/fixtures/cool-down, written by the team before any
// tuning) and the dev sets in ../shared/data/dev when present. For each: precision, recall, F1,
// false-alarm rate (calm drafts flagged), and balanced accuracy.
// COOLDOWN_EVAL_SHOW=fp|fn prints the misclassified texts (for looking at errors, not for fitting).
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { clean, devDir, readJsonl } from "./lib/dev-sets.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const { createPackLoader } = await import(join(root, "dist/lib/packs/load.js"));
const { knowledgeFor } = await import(join(root, "dist/lib/rules/cool-down/knowledge.js"));
const { detect } = await import(join(root, "dist/lib/rules/cool-down/detect.js"));

const packs = createPackLoader([], root);
const show = process.env.COOLDOWN_EVAL_SHOW ?? "";

function evaluate(name, lang, rows, { groups = false } = {}) {
  const k = knowledgeFor(packs, lang);
  const threshold = k.weights.threshold;
  let tp = 0, fp = 0, fn = 0, tn = 0;
  const byGroup = new Map();
  const started = process.hrtime.bigint();
  for (const row of rows) {
    const fired = detect(row.text, k).score >= threshold;
    if (row.label && fired) tp++;
    else if (row.label) fn++;
    else if (fired) fp++;
    else tn++;
    if (groups && !row.label) {
      const g = (row.note ?? "").split(", ").pop();
      const s = byGroup.get(g) ?? { n: 0, fired: 0 };
      s.n++;
      if (fired) s.fired++;
      byGroup.set(g, s);
    }
    if ((show === "fp" && fired && !row.label) || (show === "fn" && !fired && row.label)) console.log(`   ${show} ${lang}: ${row.text}`);
  }
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const falseAlarm = fp + tn ? fp / (fp + tn) : 0;
  const balanced = (recall + (1 - falseAlarm)) / 2;
  const pct = (x) => `${(100 * x).toFixed(1)} %`;
  console.log(
    `  ${name.padEnd(34)} n=${String(rows.length).padStart(5)}  P ${pct(precision).padStart(7)}  R ${pct(recall).padStart(7)}  F1 ${f1.toFixed(3)}  false alarms ${pct(falseAlarm).padStart(7)}  bal.acc ${balanced.toFixed(3)}  (${Math.round(rows.length / (ms / 1000))} drafts/s)`,
  );
  for (const [g, s] of byGroup) console.log(`      calm "${g}": ${s.fired}/${s.n} flagged (${pct(s.fired / s.n)})`);
}

console.log("cool-down (anger detector, default threshold):");
for (const [name, lang, label] of [
  ["en", "en", "own examples, finance (en)"],
  ["fr", "fr", "own examples, finance (fr)"],
  ["en-social", "en", "own later set, everyday (en)"],
  ["fr-social", "fr", "own later set, argument (fr)"],
  ["en-lead", "en", "lead's check, emotions (en)"],
  ["en-lead2", "en", "lead's 2nd check, hashtags (en)"],
  ["fr-lead", "fr", "lead's check, argument (fr)"],
]) {
  const file = join(root, "test/fixtures/cool-down", `${name}.jsonl`);
  if (existsSync(file)) evaluate(label, lang, readJsonl(file), { groups: true });
}
const sets = [
  ["offensive-en.jsonl", "en", "offensive", "dev: Davidson offensive (en)"],
  ["hostility-fr.jsonl", "fr", "hostile", "dev: MLMA hostility (fr)"],
];
for (const [file, lang, field, name] of sets) {
  const path = join(devDir, file);
  if (!existsSync(path)) {
    console.log(`  ${name}: skipped (${path} not present)`);
    continue;
  }
  evaluate(name, lang, readJsonl(path).map((r) => ({ text: clean(r.text), label: r[field] === 1 })));
}
