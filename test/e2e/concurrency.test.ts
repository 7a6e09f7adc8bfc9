// --concurrency auto: a large batch is checked on two threads, with exactly the same report
// (order, problems, cool-down) as on one.
import { ROOT, removeDir, runCliAsync, tempDir } from "../helpers/cli.js";
import { existsSync } from "node:fs";
import { join } from "node:path";

const SAMPLES = [
  "La BCE relève ses taux directeurs de 25 pb à 4,50 %, selon le communiqué https://www.ecb.europa.eu #BCE",
  "The Fed held rates at 5.25-5.50% on Wednesday, Powell said (FOMC statement) $SPY",
  "Bonjour à tous ! Belle journée",
  "C'est SCANDALEUX !!! Vous êtes des incapables, honte à vous 😡",
  "Mon déjeuner était délicieux, vive les vacances",
  "",
];

function batch(n: number): string {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) lines.push(i % 997 === 500 ? "{not json" : JSON.stringify({ id: `d${i}`, text: `${SAMPLES[i % SAMPLES.length]} ${i}`.trim() }));
  return `${lines.join("\n")}\n`;
}

test("a 3,000-draft batch gives the same JSON report on two threads as on one", async () => {
  expect(existsSync(join(ROOT, "dist/cli/worker.mjs"))).toBe(true);
  const dir = tempDir({ "big.jsonl": batch(3000) });
  try {
    const [one, two] = await Promise.all(
      (["off", "auto"] as const).map((mode) =>
        runCliAsync(["--format", "json", "--concurrency", mode, "big.jsonl"], { cwd: dir, env: { TWCHECK_STATE_DIR: join(dir, `state-${mode}`) } }),
      ),
    );
    expect(one!.status).toBe(2); // the malformed lines are problems
    expect(two!.status).toBe(one!.status);
    expect(two!.stderr).toBe(one!.stderr);
    const a = JSON.parse(one!.stdout);
    const b = JSON.parse(two!.stdout);
    expect(a.drafts).toHaveLength(3000 - 3);
    expect(b).toEqual(a);
    expect(a.problems.map((p: { line: number }) => p.line)).toEqual([501, 1498, 2495]);
  } finally {
    removeDir(dir);
  }
}, 60000);

test("--concurrency takes off or auto", async () => {
  const dir = tempDir({ "a.txt": "fine" });
  try {
    const r = await runCliAsync(["--concurrency", "4", "a.txt"], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--concurrency 4: expected auto or off/);
  } finally {
    removeDir(dir);
  }
});
