// Real everyday tweets (session 29): the dev sets in ../shared/data/dev when present, Davidson's
// English tweets labelled "neither" offensive nor hate (2,101) and MLMA's French tweets (1,859),
// none written for this project. What a finance, banking or insurance team must not be told is
// on their topic, and chatter that `informed` should not take for sourced news: how many read
// on topic with each sector preset, and how many pass `informed` (with a link, which the spec
// counts as a source, and without).
import { existsSync } from "node:fs";
import { join } from "node:path";
import { clean, devDir as dev, readJsonl } from "./lib/dev-sets.mjs";

console.log("\nReal everyday tweets (dev sets): on topic with a sector preset, judged informed");
const SETS = [
  ["offensive-en.jsonl", "Davidson, \"neither\" (en)", (row) => row.class === "neither"],
  ["hostility-fr.jsonl", "MLMA, all (fr)", () => true],
];
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
