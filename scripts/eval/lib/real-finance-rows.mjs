// The real finance tweets' shared reading (real-finance.mjs, real-finance-train.mjs): the CSV
// file a user points to, each row's key, and one line of figures per label and part of the file
// (read while changing the rules, or held out).
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";

/** A row's key: a hash of its letters and digits, so a copy with other invisible characters or line ends still lines up. */
export const keyOf = (text) => createHash("sha1").update(text.replace(/[^A-Za-z0-9]/g, "")).digest("hex").slice(0, 10);

/** The labels of a JSON Lines file beside the eval scripts. */
export const readLabels = (path) => readFileSync(path, "utf8").trim().split("\n").map((l) => JSON.parse(l));

/**
 * The `text,label` CSV file that the environment variable `name` points to, its rows, and a
 * reader of one row by the five rules; null, with a line saying why, when it is not there.
 */
export async function openRows(name, csv, script) {
  const file = process.env[name];
  if (!file || !existsSync(file)) {
    console.log(`  skipped: set ${name} to a copy of ${csv} (see scripts/eval/${script})`);
    return null;
  }
  const { parse } = await import("csv-parse/sync");
  const { checkDraft, loadRules } = await import("./finance-check.mjs");
  const rules = await loadRules(["topical", "informed", "relevant", "not-empty", "cool-down"]);
  return { file, rows: parse(readFileSync(file, "utf8"), { columns: true }), read: (text) => readRow(text, rules, checkDraft) };
}

export const CATEGORIES = [["markets", "finance news"], ["business", "company news, no money angle"], ["other", "not business"]];

/** Each rule's result on one row, as the eval scripts need it. */
function readRow(text, rules, checkDraft) {
  const { lang, out } = checkDraft(text, rules);
  return { lang, on: (out.topical.score ?? 0) >= 0.5, linked: /https?:\/\//.test(text), res: out };
}

/** One line per label and part: on topic, read as English, findings of the other rules. `rows` hold cat, part, lang, on, linked, res. */
export function printFigures(rows, parts) {
  const pct = (n, d) => `${n}/${d} (${d ? ((100 * n) / d).toFixed(1) : "0.0"} %)`;
  const flagged = (xs, id) => xs.filter((x) => x.res[id].findings.length > 0).length;
  for (const [cat, what] of CATEGORIES) {
    for (const [part, name] of parts) {
      const xs = rows.filter((x) => x.cat === cat && x.part === part);
      console.log(`  ${`${cat} (${what}), ${name}`.padEnd(62)} on topic ${pct(xs.filter((x) => x.on).length, xs.length).padEnd(20)} read as English ${pct(xs.filter((x) => x.lang === "en").length, xs.length).padEnd(20)} findings: informed ${flagged(xs, "informed")} (with a link ${flagged(xs.filter((x) => x.linked), "informed")}/${xs.filter((x) => x.linked).length}), relevant ${flagged(xs, "relevant")}, not-empty ${flagged(xs, "not-empty")}, cool-down ${flagged(xs, "cool-down")}`);
    }
  }
}
