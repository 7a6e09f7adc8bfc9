// `npm run bench:count`: the instructions the built CLI executes, counted by valgrind, for the
// same drafts `npm run bench` times. Run it before and after a change meant to save work.
//
// Why a count: this project's host is a shared VM whose speed moves by ±30 % from one minute to
// the next and by 2–3 × between sessions, so timings cannot tell a 3 % change from noise. With
// V8 made deterministic (--predictable, fixed seeds), two counts of the same build agree to
// 0.01 % (one count in about thirty was an outlier, 13 % low: count twice). Two builds' counts
// also move by about ±1–2 % whatever the change (any change shifts V8's collection and
// compilation decisions a little): read small differences with that in mind.
// A count is not a time: --predictable compiles on the main thread, so the JIT's warm-up weighs
// more here than in a normal run, where a second core compiles.
//
//   npm run bench:count                      this build
//   npm run bench:count -- --root ../other   another build (a folder with bin/ and dist/)
//   npm run bench:count -- --quick           without the 10,000-draft count, which takes about 5 minutes
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { writeBatch } from "./bench-drafts.mjs";

const args = process.argv.slice(2);
const rootAt = args.indexOf("--root");
const root = rootAt >= 0 ? resolve(args[rootAt + 1] ?? ".") : join(dirname(fileURLToPath(import.meta.url)), "..");
const quick = args.includes("--quick");
const bin = join(root, "bin", "twcheck.js");

if (spawnSync("valgrind", ["--version"]).status !== 0) {
  console.error("bench:count needs valgrind (Debian: apt-get install valgrind)");
  process.exit(1);
}

const work = join(tmpdir(), `twcheck-count-${process.pid}`);
// The build's own temporary folder: on Node 20 the code cache lives there, and another build's
// runs would replace it.
const tmp = join(work, "tmp");
mkdirSync(tmp, { recursive: true });
const env = { ...process.env, NO_COLOR: "1", TMPDIR: tmp, TWCHECK_STATE_DIR: work, TWCHECK_NOW: "2026-11-26T09:00:00Z" };
const V8_DETERMINISTIC = ["--predictable", "--hash-seed=1", "--random-seed=1"];

/** Instructions of one run of node with `nodeArgs` (all threads). */
function count(nodeArgs) {
  rmSync(join(work, "cooldown.json"), { force: true });
  const r = spawnSync("valgrind", ["--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null", process.execPath, ...V8_DETERMINISTIC, ...nodeArgs], {
    env,
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", "ignore", "pipe"],
    maxBuffer: 1 << 26,
  });
  const refs = /I\s+refs:\s+([\d,]+)/.exec(r.stderr)?.[1];
  if (refs === undefined) throw new Error(`valgrind gave no count for ${nodeArgs.join(" ")}: ${r.stderr.slice(-500)}`);
  return Number(refs.replaceAll(",", ""));
}

const M = (n) => `${(n / 1e6).toLocaleString("en", { maximumFractionDigits: 0 })} M`;
console.log(`twcheck bench:count — node ${process.version}, ${root}\n`);
const floor = count(["-e", "require('twitter-text')"]);
const files = Object.fromEntries([1, 12, 2000, ...(quick ? [] : [10_000])].map((n) => [n, writeBatch(work, n)]));
// The first run on Node 20 writes the code cache (the runs after it read it): not counted. Always
// a one-draft run, as a cache holds the functions of the run that wrote it and its size moves the counts.
count([bin, "--format", "json", files[1]]);
const counts = {};
for (const n of Object.keys(files).map(Number)) counts[n] = count([bin, "--format", "json", files[n]]);
console.log(`   node -e "require('twitter-text')": ${M(floor)}`);
// (No ratio to the floor: --predictable slows node's own start-up too, so the bench's ratio is not this one.)
for (const [n, c] of Object.entries(counts)) console.log(`   ${String(n).padStart(6)} draft(s), all rules:  ${M(c).padStart(9)}`);
if (counts[10_000]) console.log(`\n   per draft once warm (drafts 2,001–10,000): ${((counts[10_000] - counts[2000]) / 8000 / 1e6).toFixed(3)} M`);
rmSync(work, { recursive: true, force: true });
