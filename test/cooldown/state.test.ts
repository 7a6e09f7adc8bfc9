// The state file: round trip, a corrupt file reported and rebuilt, atomic writes, the lock
// (stale locks broken, live ones waited for), and two real processes writing at once.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { LockTimeoutError, withLock } from "../../src/cooldown/lock.js";
import { CooldownStore, makeEntry, readState } from "../../src/cooldown/state.js";

const NOW = new Date("2026-11-26T10:00:00Z");

describe("cool-down state file", () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "twcheck-state-"));
    file = join(dir, "sub", "cooldown.json");
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("starts empty, writes what a run adds, and reads it back", async () => {
    const store = new CooldownStore(file);
    expect(store.entries()).toEqual([]);
    store.set("abc", makeEntry("Vous êtes des voleurs", "d.txt", 0.9, NOW, 7));
    await store.flush(NOW);
    const again = new CooldownStore(file);
    expect(again.get("abc")).toMatchObject({ since: "2026-11-26T10:00:00.000Z", until: "2026-11-26T10:07:00.000Z", source: "d.txt" });
    expect(readdirSync(dirname(file)).sort()).toEqual(["cooldown.json"]); // no temp file or lock left
  });

  it("does not write when nothing changed", async () => {
    await new CooldownStore(file).flush(NOW);
    expect(existsSync(file)).toBe(false);
  });

  it("reports a corrupt file, reads it as empty and rebuilds it", async () => {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, '{"version": 1, "drafts": {"abc": {"since": "yesterd');
    const problems: string[] = [];
    const store = new CooldownStore(file, (reason) => problems.push(reason));
    expect(problems).toHaveLength(1);
    expect(store.entries()).toEqual([]);
    await store.flush(NOW);
    expect(readState(file)).toEqual({ ok: true, drafts: new Map() });
  });

  it("keeps entries other processes wrote since this run read the file", async () => {
    const mine = new CooldownStore(file);
    const theirs = new CooldownStore(file);
    theirs.set("theirs", makeEntry("a", "a.txt", 0.8, NOW, 7));
    await theirs.flush(NOW);
    mine.set("mine", makeEntry("b", "b.txt", 0.8, NOW, 7));
    await mine.flush(NOW);
    expect([...readState(file).drafts.keys()].sort()).toEqual(["mine", "theirs"]);
  });

  it("keeps the first time a draft was seen heated when two runs saw it", async () => {
    const early = new CooldownStore(file);
    const late = new CooldownStore(file);
    early.set("fp", makeEntry("x", "x.txt", 0.8, NOW, 7));
    await early.flush(NOW);
    late.set("fp", makeEntry("x", "x.txt", 0.8, new Date(NOW.getTime() + 60_000), 7));
    await late.flush(NOW);
    expect(readState(file).drafts.get("fp")!.since).toBe(NOW.toISOString());
  });

  it("forgets drafts first seen heated more than 30 days ago", async () => {
    const store = new CooldownStore(file);
    store.set("old", makeEntry("x", "x.txt", 0.8, new Date("2026-09-01T00:00:00Z"), 7));
    store.set("new", makeEntry("y", "y.txt", 0.8, NOW, 7));
    await store.flush(NOW);
    expect([...readState(file).drafts.keys()]).toEqual(["new"]);
  });

  it("clears everything", async () => {
    const store = new CooldownStore(file);
    store.set("a", makeEntry("x", "x.txt", 0.8, NOW, 7));
    await store.flush(NOW);
    const again = new CooldownStore(file);
    again.clear();
    await again.flush(NOW);
    expect(readState(file).drafts.size).toBe(0);
  });
});

describe("cool-down lock", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "twcheck-lock-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("breaks a lock whose owner is gone", async () => {
    const file = join(dir, "cooldown.json");
    // A pid that cannot be running: the largest pid Linux can hand out, plus one.
    writeFileSync(`${file}.lock`, "4194305\n2026-11-26T09:00:00Z\n");
    await expect(withLock(file, () => "done", { timeout: 2000 })).resolves.toBe("done");
    expect(existsSync(`${file}.lock`)).toBe(false);
  });

  it("waits for a live lock and gives up with a clear error", async () => {
    const file = join(dir, "cooldown.json");
    writeFileSync(`${file}.lock`, `${process.pid}\n`);
    await expect(withLock(file, () => "never", { timeout: 200 })).rejects.toBeInstanceOf(LockTimeoutError);
    expect(existsSync(`${file}.lock`)).toBe(true); // not ours to remove
  });

  it("serialises tasks of the same process", async () => {
    const file = join(dir, "cooldown.json");
    const order: string[] = [];
    const task = (name: string) => async () => {
      order.push(`${name}:in`);
      await new Promise((r) => setTimeout(r, 30));
      order.push(`${name}:out`);
    };
    await Promise.all([withLock(file, task("a")), withLock(file, task("b"))]);
    expect(order).toEqual(order[0] === "a:in" ? ["a:in", "a:out", "b:in", "b:out"] : ["b:in", "b:out", "a:in", "a:out"]);
  });
});

// Two real node processes add entries to the same file at once, many times each: no entry may
// be lost and the file must stay valid JSON. The children run state.ts/lock.ts transpiled by
// TypeScript into a temp folder (no build needed), with the module state.ts imports.
describe("cool-down state across processes", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "twcheck-procs-"));
    const src = join(dirname(fileURLToPath(import.meta.url)), "../../src/cooldown");
    for (const name of ["state", "lock", "spaces"]) {
      const out = ts.transpileModule(readFileSync(join(src, `${name}.ts`), "utf8"), {
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
      }).outputText;
      writeFileSync(join(dir, `${name}.mjs`), out.replace(/from "\.\/(\w+)\.js"/g, 'from "./$1.mjs"'));
    }
    writeFileSync(
      join(dir, "writer.mjs"),
      `import { CooldownStore, makeEntry } from "./state.mjs";
const [file, who, count] = process.argv.slice(2);
const now = new Date("2026-11-26T10:00:00Z");
for (let i = 0; i < Number(count); i++) {
  const store = new CooldownStore(file, (r) => { console.error("corrupt: " + r); process.exit(3); });
  store.set(who + "-" + i, makeEntry("draft " + who + " " + i, who + ".txt", 0.9, now, 7));
  await store.flush(now);
}
`,
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const runWriter = (file: string, who: string, count: number): Promise<number> =>
    new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [join(dir, "writer.mjs"), file, who, String(count)], { stdio: ["ignore", "ignore", "inherit"] });
      child.on("error", reject);
      child.on("exit", (code) => resolve(code ?? -1));
    });

  it("loses no entry and never leaves a corrupt file", async () => {
    const file = join(dir, "state", "cooldown.json");
    const count = 40;
    const codes = await Promise.all([runWriter(file, "a", count), runWriter(file, "b", count)]);
    expect(codes).toEqual([0, 0]);
    const read = readState(file);
    expect(read.ok).toBe(true);
    expect(read.drafts.size).toBe(2 * count);
    expect(readdirSync(dirname(file)).sort()).toEqual(["cooldown.json"]);
  });

  it("the writer script really writes (sanity check of the harness)", () => {
    const file = join(dir, "solo", "cooldown.json");
    execFileSync(process.execPath, [join(dir, "writer.mjs"), file, "solo", "3"]);
    expect(readState(file).drafts.size).toBe(3);
  });
});
