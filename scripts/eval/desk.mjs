// Market-desk sets (test/fixtures/desk, session 17): finance news written the way market-news
// accounts write it (headlinese, tickers, brokers' shorthand), French and English. Every draft
// should be on topic with `--preset finance`; language detection and `informed` are shown too.
// Session 18 added short headlines without jargon, and everyday tweets and other news written
// as headlines, which should be off topic; session 19 company actions (`set-dh`), and the same
// verbs about clubs, towns and people; session 20 companies' news, and companies named in personal
// tweets and other news (`set-dk`); session 21 economies and their news, with personal tweets and
// other news about the same countries (`set-dl`); session 22 the trade's jargon, and the same words
// as jokes in personal tweets (`set-dm`). Printed per set.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { checkDraft, loadRules, root } from "./lib/finance-check.mjs";

const rules = await loadRules(["topical", "informed"]);
const dir = join(root, "test/fixtures/desk");
const sets = readdirSync(dir)
  .filter((f) => f.endsWith(".jsonl"))
  .sort()
  .map((f) => [f.replace(/\.jsonl$/, ""), readFileSync(join(dir, f), "utf8").trim().split("\n").map((l) => JSON.parse(l))]);
console.log("\nMarket-desk sets (test/fixtures/desk), --preset finance");
// Finance news should be on topic; the session-18 sets of everyday tweets and of other news (sport,
// weather, culture, politics) written in the same headline style should not.
const KINDS = [
  ["markets", "finance news", true],
  ["everyday", "everyday tweets", false],
  ["other-news", "other news (sport, weather, culture…)", false],
];
// Session 25's sets of one sector's news (`kind: banking`, `kind: insurance`) are measured with
// that sector's preset, as its communication team would configure it, and with `finance`.
const SECTORS = [
  ["banking", "banking news"],
  ["insurance", "insurance news"],
];
for (const [set, drafts] of sets) {
  // A set may hold both sectors' news (session 32's `set-eq`): each with its own preset, all with `finance`.
  const sectors = SECTORS.filter(([kind]) => drafts.some((d) => d.kind === kind));
  const sector = sectors.length > 0;
  const presets = sector ? [...sectors.map(([kind]) => kind), "finance"] : ["finance"];
  const kindsFor = (preset) =>
    !sector ? KINDS : [...sectors.filter(([kind]) => preset === "finance" || kind === preset).map(([kind, what]) => [kind, what, true]), ...KINDS.slice(1)];
  for (const preset of presets)
    for (const [kind, what, wanted] of kindsFor(preset))
      for (const lang of ["fr", "en"]) {
        const xs = drafts.filter((d) => d.kind === kind && d.lang === lang).map((d) => checkDraft(d.text, rules, preset));
        if (xs.length === 0) continue;
        const count = (ok) => xs.filter(ok).length;
        const pct = (n) => `${n}/${xs.length} (${((100 * n) / xs.length).toFixed(1)} %)`;
        const right = count((x) => ((x.out.topical.score ?? 0) >= 0.5) === wanted);
        const read = count((x) => x.lang === lang);
        const sourced = count((x) => x.out.informed.findings.length === 0);
        const with_ = sector ? ` (--preset ${preset})` : "";
        console.log(`  ${set}${with_} ${lang}, ${what}: ${wanted ? "on" : "off"} topic ${pct(right)}, read as ${lang} ${pct(read)}${wanted ? `, no informed finding ${pct(sourced)}` : ""}`);
        // Session 34's sets say whether each draft shows where its news comes from (`source`, the writer's reading).
        const shown = drafts.filter((d) => d.kind === kind && d.lang === lang);
        if (wanted && shown.some((d) => d.source)) {
          const part = (want) => xs.filter((_, i) => shown[i].source === want);
          const yes = part("yes");
          const no = part("no");
          const of = (n, d) => `${n}/${d} (${d ? ((100 * n) / d).toFixed(1) : "0.0"} %)`;
          console.log(`    ${kind} ${lang} that show their source: no informed finding ${of(yes.filter((x) => x.out.informed.findings.length === 0).length, yes.length)}; that show none: an informed finding ${of(no.filter((x) => x.out.informed.findings.length > 0).length, no.length)}`);
        }
      }
}
