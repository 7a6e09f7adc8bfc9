// Real everyday tweets (session 29): the dev sets in ../shared/data/dev when present, Davidson's
// English tweets labelled "neither" offensive nor hate (2,101) and MLMA's French tweets (1,859),
// none written for this project. What a finance, banking or insurance team must not be told is
// on their topic, and chatter that `informed` should not take for sourced news: how many read
// on topic with each sector preset, and how many pass `informed` (with a link, which the spec
// counts as a source, and without).
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const dev = join(root, "..", "shared", "data", "dev");
console.log("\nReal everyday tweets (dev sets): on topic with a sector preset, judged informed");
const SETS = [
  ["offensive-en.jsonl", "Davidson, \"neither\" (en)", (row) => row.class === "neither"],
  ["hostility-fr.jsonl", "MLMA, all (fr)", () => true],
];
const readJsonl = (file) => readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
// As the cool-down's eval reads them: HTML entities decoded.
const clean = (text) => text.replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#\d+;/g, " ");
if (!SETS.some(([file]) => existsSync(join(dev, file)))) console.log("  skipped: ../shared/data/dev is not there");
else {
  const { checkDraft, loadRules } = await import("./lib/finance-check.mjs");
  const rules = await loadRules(["topical", "informed"]);
  const pct = (n, d) => `${n}/${d} (${d ? ((100 * n) / d).toFixed(1) : "0.0"} %)`;
  for (const [file, name, keep] of SETS) {
    if (!existsSync(join(dev, file))) continue;
    const texts = readJsonl(join(dev, file)).filter(keep).map((row) => clean(row.text));
    const on = ["finance", "banking", "insurance"].map((preset) => `${preset} ${texts.filter((t) => (checkDraft(t, { topical: rules.topical }, preset).out.topical.score ?? 0) >= 0.5).length}`);
    const informed = texts.filter((t) => checkDraft(t, { informed: rules.informed }).out.informed.findings.length === 0);
    // MLMA writes every link as `@url`: a link no rule can follow, so not one here.
    const linked = (t) => /https?:\/\//.test(t);
    console.log(`  ${name.padEnd(28)} on topic: ${on.join(", ")} of ${texts.length}; judged informed ${pct(informed.length, texts.length)}: with a link ${informed.filter(linked).length}/${texts.filter(linked).length}, without ${informed.filter((t) => !linked(t)).length}/${texts.filter((t) => !linked(t)).length}`);
  }
}
