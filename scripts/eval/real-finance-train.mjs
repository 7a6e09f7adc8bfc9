// A second, larger measure on real finance tweets (session 28): the train split of the same
// "Twitter Financial News" sentiment dataset (zeroshot/twitter-financial-news-sentiment, MIT,
// 9,543 English tweets of finance-news accounts, 2019–2020), as the file `sent_train.csv`
// (`text,label`), which no one on the team had read when it was first measured. Six readers, who
// saw neither the rules nor the results, labelled each row as real-finance.mjs describes
// (real-finance-train-labels.jsonl: `key`, `cat`). Rows are found by key, so a copy in another
// order or with rows missing is still measured (rows without a label are counted apart). A
// quarter of the rows, those whose key starts with 0–3, may be read while changing the rules; the
// other three quarters are the held-out figure. A second reader (session 29), who saw neither the
// first labels nor the rules, labelled the held-out rows whose key starts with 4 or 5
// (real-finance-train-labels-second.jsonl): how far the two agree, and the figure on the finance
// news both read as such, say how much the held-out figure owes to one reader's labels.
//
//   TWCHECK_REAL_FINANCE_TRAIN=path/to/sent_train.csv npm run eval
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { keyOf, openRows, printFigures, readLabels } from "./lib/real-finance-rows.mjs";

console.log("\nReal finance-news tweets (English), the dataset's train split, --preset finance");
const csv = await openRows("TWCHECK_REAL_FINANCE_TRAIN", "sent_train.csv", "real-finance-train.mjs");
if (csv) {
  const cats = new Map(readLabels(join(dirname(fileURLToPath(import.meta.url)), "real-finance-train-labels.jsonl")).map((l) => [l.key, l.cat]));
  const rows = csv.rows.map((r) => ({ text: r.text, key: keyOf(r.text) }));
  // A tweet posted twice (21 rows) is measured once.
  const seen = new Set();
  const labelled = rows.filter((r) => cats.has(r.key) && !seen.has(r.key) && seen.add(r.key));
  console.log(`  ${rows.length} rows, ${labelled.length} distinct labelled tweets (the labels leave out the 15 that are also in sent_valid.csv)`);
  if (labelled.length > 0) {
    const out = labelled.map((r) => ({ key: r.key, cat: cats.get(r.key), part: parseInt(r.key[0], 16) < 4 ? 0 : 1, ...csv.read(r.text) }));
    printFigures(out, [[0, "read (keys 0–3)"], [1, "held out (keys 4–f)"]]);
    const second = new Map(readLabels(join(dirname(fileURLToPath(import.meta.url)), "real-finance-train-labels-second.jsonl")).map((l) => [l.key, l.cat]));
    printAgreement(out.filter((r) => second.has(r.key)).map((r) => ({ ...r, second: second.get(r.key) })));
  }
}

/** The two readers' agreement on the rows both labelled (Cohen's kappa), and the on-topic figure on the finance news both read as such. */
function printAgreement(rows) {
  if (rows.length === 0) return;
  const cats = ["markets", "business", "other"];
  const share = (cat, pick) => rows.filter((r) => pick(r) === cat).length / rows.length;
  const agreed = rows.filter((r) => r.cat === r.second).length / rows.length;
  const chance = cats.reduce((sum, cat) => sum + share(cat, (r) => r.cat) * share(cat, (r) => r.second), 0);
  const both = rows.filter((r) => r.cat === "markets" && r.second === "markets");
  const on = both.filter((r) => r.on).length;
  console.log(`  second reader, ${rows.length} held-out rows (keys 4–5): same label ${(100 * agreed).toFixed(1)} %, kappa ${((agreed - chance) / (1 - chance)).toFixed(2)}`);
  console.log(`  markets by both readers, on topic ${on}/${both.length} (${((100 * on) / both.length).toFixed(1)} %); by the first reader, ${rows.filter((r) => r.cat === "markets" && r.on).length}/${rows.filter((r) => r.cat === "markets").length}`);
}
