// A second, larger measure on real finance tweets (session 28): the train split of the same
// "Twitter Financial News" sentiment dataset (zeroshot/twitter-financial-news-sentiment, MIT,
// 9,543 English tweets of finance-news accounts, 2019–2020), as the file `sent_train.csv`
// (`text,label`), which no one on the team had read when it was first measured. Six readers, who
// saw neither the rules nor the results, labelled each row as real-finance.mjs describes
// (real-finance-train-labels.jsonl: `key`, `cat`). Rows are found by key, so a copy in another
// order or with rows missing is still measured (rows without a label are counted apart). A
// quarter of the rows, those whose key starts with 0–3, may be read while changing the rules; the
// other three quarters are the held-out figure.
//
//   TWCHECK_REAL_FINANCE_TRAIN=path/to/sent_train.csv npm run eval
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { keyOf, printFigures, readRow, readRows } from "./lib/real-finance-rows.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const file = process.env.TWCHECK_REAL_FINANCE_TRAIN;
console.log("\nReal finance-news tweets (English), the dataset's train split, --preset finance");
if (!file || !existsSync(file)) {
  console.log("  skipped: set TWCHECK_REAL_FINANCE_TRAIN to a copy of sent_train.csv (see scripts/eval/real-finance-train.mjs)");
} else {
  const { checkDraft, loadRules } = await import("./lib/finance-check.mjs");
  const rules = await loadRules(["topical", "informed", "relevant", "not-empty", "cool-down"]);
  const cats = new Map(readFileSync(join(here, "real-finance-train-labels.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l)).map((l) => [l.key, l.cat]));
  const rows = (await readRows(file)).map((r) => ({ text: r.text, key: keyOf(r.text) }));
  // A tweet posted twice (21 rows) is measured once.
  const seen = new Set();
  const labelled = rows.filter((r) => cats.has(r.key) && !seen.has(r.key) && seen.add(r.key));
  console.log(`  ${rows.length} rows, ${labelled.length} distinct labelled tweets (the labels leave out the 15 that are also in sent_valid.csv)`);
  if (labelled.length > 0) {
    const out = labelled.map((r) => ({ cat: cats.get(r.key), part: parseInt(r.key[0], 16) < 4 ? 0 : 1, ...readRow(r.text, rules, checkDraft) }));
    printFigures(out, [[0, "read (keys 0–3)"], [1, "held out (keys 4–f)"]]);
  }
}
