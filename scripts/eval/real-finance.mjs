// Measured on real finance tweets, which this repository does not hold: the validation split of
// the "Twitter Financial News" sentiment dataset (zeroshot/twitter-financial-news-sentiment, MIT,
// 2,388 English tweets of finance-news accounts, 2019–2020), as the file `sent_valid.csv`
// (`text,label`). Each row was labelled by a reader who saw neither the rules nor the results
// (real-finance-labels.jsonl: `markets` = finance news, `business` = company news with no money
// angle, `other` = politics, sports, health…; each row's key is a hash of its letters and digits,
// so a copy with different invisible characters still lines up). Even rows were read while the
// session-17 rules were written, odd rows were not: the odd rows are the held-out figure.
//
//   TWCHECK_REAL_FINANCE=path/to/sent_valid.csv npm run eval
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { keyOf, printFigures, readRow, readRows } from "./lib/real-finance-rows.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const file = process.env.TWCHECK_REAL_FINANCE;
console.log("\nReal finance-news tweets (English), --preset finance");
if (!file || !existsSync(file)) {
  console.log("  skipped: set TWCHECK_REAL_FINANCE to a copy of sent_valid.csv (see scripts/eval/real-finance.mjs)");
} else {
  const { checkDraft, loadRules } = await import("./lib/finance-check.mjs");
  const rules = await loadRules(["topical", "informed", "relevant", "not-empty", "cool-down"]);
  const labels = readFileSync(join(here, "real-finance-labels.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l));
  const rows = await readRows(file);
  if (rows.length !== labels.length || rows.some((r, i) => keyOf(r.text) !== labels[i].key)) {
    console.log(`  skipped: ${file} is not the labelled file (${rows.length} rows; the labels hold ${labels.length})`);
  } else {
    const out = rows.map((r, i) => ({ cat: labels[i].cat, part: i % 2, ...readRow(r.text, rules, checkDraft) }));
    printFigures(out, [[0, "read (even rows)"], [1, "held out (odd rows)"]]);
  }
}
