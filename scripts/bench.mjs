// `npm run bench`: start-up and throughput of the built CLI, whole process, as a user runs it.
// Prints the figures the README reports. Not a test: timings vary with the machine.
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { SAMPLES, writeBatch } from "./bench-drafts.mjs";
import { cpus, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bin = join(root, "bin", "twcheck.js");
const rss = join(root, "scripts", "bench-rss.mjs");
const work = join(tmpdir(), `twcheck-bench-${process.pid}`);
mkdirSync(work, { recursive: true });
const env = { ...process.env, NO_COLOR: "1", TWCHECK_STATE_DIR: work, TWCHECK_NOW: "2026-11-26T09:00:00Z" };

function time(cmd, args, opts = {}) {
  const t = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { env, encoding: "utf8", maxBuffer: 1 << 30, ...opts });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} ${args.join(" ")} failed (${r.status}): ${r.stderr}`);
  return { ms, stderr: r.stderr };
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function repeat(n, fn) {
  fn(); // warm the file cache
  return median(Array.from({ length: n }, () => fn()));
}

function run(file, format, extra = []) {
  rmSync(join(work, "cooldown.json"), { force: true }); // every run starts with an empty cool-down state
  const r = time(process.execPath, [rss, bin, "--format", format, ...extra, file], { stdio: ["ignore", "ignore", "pipe"] });
  const maxRss = Number(/maxrss=(\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1024;
  return { ms: r.ms, mib: maxRss };
}

console.log(`twcheck bench — node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? "?"})\n`);

// The foundation alone: the length check (language still detected for the report).
const LENGTH_ONLY = ["--rule", "topical:off", "--rule", "informed:off", "--rule", "relevant:off", "--rule", "not-empty:off", "--rule", "cool-down:off"];
const RUNS = 15;
const floor = repeat(RUNS, () => time(process.execPath, ["-e", "require('twitter-text')"]).ms);
const one = repeat(RUNS, () => time(process.execPath, [bin], { input: SAMPLES[0] }).ms);
const oneLength = repeat(RUNS, () => time(process.execPath, [bin, ...LENGTH_ONLY], { input: SAMPLES[0] }).ms);
console.log("1. One draft through stdin, whole process (median of %d runs)", RUNS);
console.log(`   node -e "require('twitter-text')":  ${floor.toFixed(1)} ms`);
console.log(`   echo draft | twcheck (all rules):   ${one.toFixed(1)} ms  (${(one / floor).toFixed(2)} × the floor; target ≤ 1.2 ×)`);
console.log(`   echo draft | twcheck (length only): ${oneLength.toFixed(1)} ms  (${(oneLength / floor).toFixed(2)} × the floor)`);
// A configuration file with a sector preset, as finance users run it: cosmiconfig, the schema
// and the preset's 3,000 terms are loaded too.
const presetDir = join(work, "preset");
mkdirSync(presetDir, { recursive: true });
writeFileSync(join(presetDir, ".twcheckrc.json"), JSON.stringify({ extends: ["finance"] }));
const onePreset = repeat(RUNS, () => time(process.execPath, [bin], { input: SAMPLES[0], cwd: presetDir }).ms);
console.log(`   echo draft | twcheck (all rules, .twcheckrc.json extending the finance preset): ${onePreset.toFixed(1)} ms  (${(onePreset / floor).toFixed(2)} × the floor)\n`);

if (process.argv.includes("--startup-only")) {
  rmSync(work, { recursive: true, force: true });
  process.exit(0);
}

console.log("2. Batches in one .jsonl file, all rules on, whole process");
const results = {};
for (const n of [10_000, 100_000]) {
  const file = writeBatch(work, n);
  for (const format of ["stylish", "json"]) {
    const r = [run(file, format), run(file, format), run(file, format)].sort((a, b) => a.ms - b.ms)[1];
    results[`${n}/${format}`] = r;
    console.log(`   ${String(n).padStart(7)} drafts, ${format.padEnd(7)}: ${(r.ms / 1000).toFixed(2)} s, max RSS ${r.mib.toFixed(0)} MiB, ${Math.round(n / (r.ms / 1000)).toLocaleString("en")} drafts/s`);
  }
}
console.log("\n   Length only (the foundation's rule; language detected), json:");
for (const n of [10_000, 100_000]) {
  const file = join(work, `drafts-${n}.jsonl`);
  const r = [run(file, "json", LENGTH_ONLY), run(file, "json", LENGTH_ONLY), run(file, "json", LENGTH_ONLY)].sort((a, b) => a.ms - b.ms)[1];
  console.log(`   ${String(n).padStart(7)} drafts, json   : ${(r.ms / 1000).toFixed(2)} s, max RSS ${r.mib.toFixed(0)} MiB, ${Math.round(n / (r.ms / 1000)).toLocaleString("en")} drafts/s`);
}
console.log("\n   All rules, --concurrency auto (a worker thread checks every other chunk), json:");
for (const n of [10_000, 100_000]) {
  const file = join(work, `drafts-${n}.jsonl`);
  const r = [run(file, "json", ["--concurrency", "auto"]), run(file, "json", ["--concurrency", "auto"]), run(file, "json", ["--concurrency", "auto"])].sort((a, b) => a.ms - b.ms)[1];
  console.log(`   ${String(n).padStart(7)} drafts, json   : ${(r.ms / 1000).toFixed(2)} s, max RSS ${r.mib.toFixed(0)} MiB, ${Math.round(n / (r.ms / 1000)).toLocaleString("en")} drafts/s`);
}
const t10 = results["10000/json"].ms - one;
const t100 = results["100000/json"].ms - one;
console.log(`\n   10k target: under 1 s and 150 MiB.  100k/10k time ratio (start-up removed): ${(t100 / t10).toFixed(1)} (linear = 10); memory 10k → 100k: ${results["10000/json"].mib.toFixed(0)} → ${results["100000/json"].mib.toFixed(0)} MiB`);

rmSync(work, { recursive: true, force: true });
