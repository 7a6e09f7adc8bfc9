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
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const file = process.env.TWCHECK_REAL_FINANCE;
console.log("\nReal finance-news tweets (English), --preset finance");
if (!file || !existsSync(file)) {
  console.log("  skipped: set TWCHECK_REAL_FINANCE to a copy of sent_valid.csv (see scripts/eval/real-finance.mjs)");
} else {
  const { parse } = await import("csv-parse/sync");
  const { checkDraft, loadRules } = await import("./lib/finance-check.mjs");
  const rules = await loadRules(["topical", "informed", "relevant", "not-empty", "cool-down"]);
  const labels = readFileSync(join(here, "real-finance-labels.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l));
  const rows = parse(readFileSync(file, "utf8"), { columns: true });
  const keyOf = (text) => createHash("sha1").update(text.replace(/[^A-Za-z0-9]/g, "")).digest("hex").slice(0, 10);
  if (rows.length !== labels.length || rows.some((r, i) => keyOf(r.text) !== labels[i].key)) {
    console.log(`  skipped: ${file} is not the labelled file (${rows.length} rows; the labels hold ${labels.length})`);
  } else {
    const out = rows.map((r, i) => {
      const { lang, out: res } = checkDraft(r.text, rules);
      return { row: i, cat: labels[i].cat, lang, on: (res.topical.score ?? 0) >= 0.5, res };
    });
    const pct = (n, d) => `${n}/${d} (${((100 * n) / d).toFixed(1)} %)`;
    const flagged = (xs, id) => xs.filter((x) => x.res[id].findings.length > 0).length;
    for (const [cat, what] of [["markets", "finance news"], ["business", "company news, no money angle"], ["other", "not business"]]) {
      for (const [part, name] of [[0, "read (even rows)"], [1, "held out (odd rows)"]]) {
        const xs = out.filter((x) => x.cat === cat && x.row % 2 === part);
        console.log(`  ${`${cat} (${what}), ${name}`.padEnd(62)} on topic ${pct(xs.filter((x) => x.on).length, xs.length).padEnd(20)} read as English ${pct(xs.filter((x) => x.lang === "en").length, xs.length).padEnd(20)} findings: relevant ${flagged(xs, "relevant")}, not-empty ${flagged(xs, "not-empty")}, cool-down ${flagged(xs, "cool-down")}`);
      }
    }
  }
}
