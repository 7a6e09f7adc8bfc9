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
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { keyOf, openRows, printFigures, readLabels } from "./lib/real-finance-rows.mjs";

console.log("\nReal finance-news tweets (English), --preset finance");
const csv = await openRows("TWCHECK_REAL_FINANCE", "sent_valid.csv", "real-finance.mjs");
if (csv) {
  const labels = readLabels(join(dirname(fileURLToPath(import.meta.url)), "real-finance-labels.jsonl"));
  const { file, rows, read } = csv;
  if (rows.length !== labels.length || rows.some((r, i) => keyOf(r.text) !== labels[i].key)) {
    console.log(`  skipped: ${file} is not the labelled file (${rows.length} rows; the labels hold ${labels.length})`);
  } else {
    const out = rows.map((r, i) => ({ cat: labels[i].cat, part: i % 2, ...read(r.text) }));
    printFigures(out, [[0, "read (even rows)"], [1, "held out (odd rows)"]]);
  }
}
