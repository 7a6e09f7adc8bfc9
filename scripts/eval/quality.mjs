// Measured quality of the four quality rules on the labelled drafts of test/fixtures/quality
// (run on the built library: `npm run build && npm run eval`). Figures are given for the
// development set (drafts whose misses were looked at while the packs were written, including
// the first held-out round, holdout.jsonl, once it had been used), the held-out set
// (holdout2.jsonl, written after the packs were frozen, not used for tuning) and both.
// `--verbose` lists every miss.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { checkDraft as checkWith, loadRules, root } from "./lib/finance-check.mjs";

const rules = await loadRules(["topical", "informed", "relevant", "not-empty"]);

const verbose = process.argv.includes("--verbose");
const fixtures = join(root, "test/fixtures/quality");
const drafts = readdirSync(fixtures)
  .filter((f) => f.endsWith(".jsonl"))
  .sort()
  .flatMap((f) => readFileSync(join(fixtures, f), "utf8").trim().split("\n").map((line) => ({ file: f, ...JSON.parse(line) })));

/** What the engine does for one draft with `lang: auto`: detect, then run every rule on one context. */
function checkDraft(text) {
  const { lang, out } = checkWith(text, rules);
  return { detectedLang: lang, out };
}

const results = drafts.map((d) => ({ ...d, ...checkDraft(d.text) }));
const judgedOn = (d) => (d.out.topical.score ?? 0) >= 0.5;
const informed = (d) => d.out.informed.findings.length === 0;
const flagged = (id) => (d) => d.out[id].findings.length > 0;
const pct = ({ n, d }) => (d === 0 ? "n/a" : `${((100 * n) / d).toFixed(1)} % (${n}/${d})`);

function report(title, list) {
  const misses = [];
  const rate = (items, ok, label) => {
    for (const x of items.filter((i) => !ok(i))) misses.push(`${label}: ${x.text}`);
    return { n: items.filter(ok).length, d: items.length };
  };
  const out = [`== ${title}: ${list.length} drafts (${list.filter((d) => d.lang === "fr").length} FR, ${list.filter((d) => d.lang === "en").length} EN)`];
  out.push(`language detection (auto): ${pct(rate(list, (d) => d.detectedLang === d.lang, "language detected wrongly"))} correct`);

  // News as labelled: on-topic for `topical`, reporting a fact with its source for `informed`.
  const news = list.filter((d) => d.kind === "news" && d.labels.topical === "on");
  const sourced = list.filter((d) => d.kind === "news" && d.labels.informed === true);
  const personal = list.filter((d) => d.kind === "personal");
  out.push("topical (--preset finance)");
  out.push(`  finance news judged on-topic:     ${pct(rate(news, judgedOn, "topical: news judged off-topic"))}   target ≥ 95 %`);
  out.push(`  personal tweets judged off-topic: ${pct(rate(personal, (d) => !judgedOn(d), "topical: personal judged on-topic"))}   target ≥ 90 %`);
  const labelled = list.filter((d) => d.labels.topical && d.kind !== "news" && d.kind !== "personal");
  out.push(`  other labelled drafts (opinion, rumour, filler) agreeing: ${pct(rate(labelled, (d) => judgedOn(d) === (d.labels.topical === "on"), "topical: label disagrees"))}`);

  const tp = rate(sourced, informed, "informed: sourced news judged uninformed");
  const tn = rate(list.filter((d) => d.kind === "personal" || d.kind === "opinion"), (d) => !informed(d), "informed: chatter judged informed");
  out.push("informed");
  out.push(`  sourced news judged informed:         ${pct(tp)}`);
  out.push(`  personal/opinion judged not informed: ${pct(tn)}`);
  out.push(`  balanced accuracy: ${tp.d && tn.d ? ((tp.n / tp.d + tn.n / tn.d) / 2).toFixed(3) : "n/a"}   target ≥ 0.85`);
  const rumours = list.filter((d) => d.kind === "rumour");
  if (rumours.length) out.push(`  rumours and unsourced strong claims flagged: ${pct(rate(rumours, (d) => !informed(d), "informed: rumour judged informed"))}`);

  for (const id of ["not-empty", "relevant"]) {
    const pass = list.filter((d) => d.labels[id] === "pass");
    const fail = list.filter((d) => d.labels[id] === "fail");
    out.push(id);
    // The issue's target is about crisp, sourced professional tweets (the news drafts); drafts
    // labelled `pass` also include concrete personal tweets and opinions, reported apart.
    const passNews = pass.filter((d) => d.kind === "news");
    const passOther = pass.filter((d) => d.kind !== "news");
    out.push(`  crisp sourced tweets (news) with no finding: ${pct(rate(passNews, (d) => !flagged(id)(d), `${id}: finding on a crisp sourced tweet`))}   target 100 %`);
    if (passOther.length) out.push(`  other drafts labelled pass (personal, opinion) with no finding: ${pct(rate(passOther, (d) => !flagged(id)(d), `${id}: finding on a draft labelled pass`))}`);
    const what = id === "relevant" ? "trivia, hashtag stuffing, mention chains" : "filler, hype, clickbait, tags only";
    out.push(`  ${what} with a finding: ${pct(rate(fail, flagged(id), `${id}: no finding`))}   target 100 %`);
    // What the writer sees: a short reply (`nap time 😴`, `Well said 👏`) is not-empty's to flag.
    if (id === "relevant")
      out.push(`  the same with a finding from relevant or not-empty: ${pct(rate(fail, (d) => flagged("relevant")(d) || flagged("not-empty")(d), "relevant or not-empty: no finding"))}`);
  }
  if (verbose && misses.length) out.push("misses:", ...misses.map((m) => `  ${m}`));
  else if (misses.length) out.push(`(${misses.length} misses; --verbose lists them)`);
  return out.join("\n");
}

const HELD_OUT = "holdout2.jsonl";
const dev = results.filter((d) => d.file !== HELD_OUT);
const held = results.filter((d) => d.file === HELD_OUT);
console.log(["twcheck quality rules, measured on test/fixtures/quality", "", report("development set", dev), "", report("held-out set", held), "", report("all", results)].join("\n"));

// Blind check sets (test/fixtures/quality/blind/): written by writers who never saw the rules or
// the other sets, each measured once before any change it led to (first figures in
// docs/quality.md). Reported apart: once a set's misses were looked at, it is tuning data.
const blindDir = join(fixtures, "blind");
for (const f of readdirSync(blindDir).filter((name) => name.endsWith(".jsonl")).sort()) {
  const set = readFileSync(join(blindDir, f), "utf8").trim().split("\n").map((line) => ({ file: f, ...JSON.parse(line) }));
  console.log(`\n${report(`blind check set ${f}`, set.map((d) => ({ ...d, ...checkDraft(d.text) })))}`);
}

// Speed: the whole per-draft pipeline above (detection, length, four rules) over the fixtures, repeated.
const rounds = 40;
const start = process.hrtime.bigint();
for (let r = 0; r < rounds; r++) for (const d of drafts) checkDraft(r % 2 ? `${d.text} ` : d.text);
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
console.log(`\nspeed: ${Math.round((rounds * drafts.length) / seconds)} drafts/s (language detection, length and the four rules, one thread)`);
