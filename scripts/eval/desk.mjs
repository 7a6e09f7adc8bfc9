// Market-desk sets (test/fixtures/desk, session 17): finance news written the way market-news
// accounts write it (headlinese, tickers, brokers' shorthand), French and English. Every draft
// should be on topic with `--preset finance`; language detection and `informed` are shown too.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { checkDraft, loadRules, root } from "./lib/finance-check.mjs";

const rules = await loadRules(["topical", "informed"]);
const dir = join(root, "test/fixtures/desk");
const drafts = readdirSync(dir)
  .filter((f) => f.endsWith(".jsonl"))
  .sort()
  .flatMap((f) => readFileSync(join(dir, f), "utf8").trim().split("\n").map((l) => JSON.parse(l)));
console.log("\nMarket-desk sets (test/fixtures/desk), --preset finance");
for (const lang of ["fr", "en"]) {
  const xs = drafts.filter((d) => d.lang === lang).map((d) => checkDraft(d.text, rules));
  const count = (ok) => xs.filter(ok).length;
  const pct = (n) => `${n}/${xs.length} (${((100 * n) / xs.length).toFixed(1)} %)`;
  const on = count((x) => (x.out.topical.score ?? 0) >= 0.5);
  const read = count((x) => x.lang === lang);
  const sourced = count((x) => x.out.informed.findings.length === 0);
  console.log(`  ${lang}: on topic ${pct(on)}, read as ${lang} ${pct(read)}, no informed finding ${pct(sourced)}`);
}
