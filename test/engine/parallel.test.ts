// The batch path with a worker: results keep their order, and when the worker fails its chunks
// are checked on the main thread instead (the report is the same).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { defaultConfig } from "../../src/config/defaults.js";
import { checkInputs } from "../../src/engine/run.js";
import { textInput } from "../../src/inputs/files.js";
import type { DraftResult, Problem } from "../../src/types.js";
import { removeDir, tempDir } from "../helpers/cli.js";

async function collect(worker: URL | null, dir: string): Promise<{ results: DraftResult[]; problems: Problem[] }> {
  const config = defaultConfig(dir, {});
  for (const id of ["topical", "informed", "relevant", "not-empty", "cool-down"] as const) config.rules[id].severity = "off";
  const lines = Array.from({ length: 1500 }, (_, i) => (i === 700 ? "oops" : JSON.stringify({ id: String(i), text: `draft ${i} ${"x".repeat(i % 200)}` })));
  const problems: Problem[] = [];
  const results: DraftResult[] = [];
  for await (const r of checkInputs([textInput(lines.join("\n"), "batch.jsonl")], { config, now: new Date("2026-11-26T09:00:00Z"), env: {}, worker, onProblem: (p) => problems.push(p) })) results.push(r);
  return { results, problems };
}

test("a worker that fails: every chunk is checked here, in order", async () => {
  const dir = tempDir();
  try {
    const broken = join(dir, "broken-worker.mjs");
    writeFileSync(broken, 'throw new Error("this worker cannot start");\n');
    const withBroken = await collect(pathToFileURL(broken), dir);
    const alone = await collect(null, dir);
    expect(withBroken.results.map((r) => r.id)).toEqual(alone.results.map((r) => r.id));
    expect(withBroken.results).toEqual(alone.results);
    expect(withBroken.problems).toEqual([{ source: "batch.jsonl", line: 701, message: expect.stringMatching(/^line 701: malformed JSON/) }]);
    expect(alone.results).toHaveLength(1499);
    expect(alone.results.filter((r) => !r.ready).map((r) => r.id)).toEqual(alone.results.filter((r) => r.length.weighted > 140).map((r) => r.id));
  } finally {
    removeDir(dir);
  }
});
