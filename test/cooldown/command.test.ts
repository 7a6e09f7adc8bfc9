// `twcheck cooldown list|clear` on a state folder of its own (TWCHECK_STATE_DIR, TWCHECK_NOW).
import { Command } from "commander";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { register } from "../../src/cli/commands/cooldown.js";
import { CooldownStore, makeEntry, readState } from "../../src/cooldown/state.js";

const T0 = new Date("2026-11-26T10:00:00Z");

async function cli(args: string[]): Promise<string> {
  const program = new Command("twcheck").exitOverride();
  register(program);
  let out = "";
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  }) as typeof process.stdout.write;
  try {
    await program.parseAsync(["node", "twcheck", ...args]);
  } finally {
    process.stdout.write = write;
  }
  return out;
}

describe("twcheck cooldown", () => {
  let dir: string;
  const saved = { dir: process.env.TWCHECK_STATE_DIR, now: process.env.TWCHECK_NOW };
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), "twcheck-cmd-"));
    process.env.TWCHECK_STATE_DIR = dir;
    process.env.TWCHECK_NOW = "2026-11-26T10:05:00Z";
    const store = new CooldownStore(join(dir, "cooldown.json"));
    store.set("a".repeat(64), makeEntry("Vous êtes des voleurs !!! Honte à vous", "drafts/lundi.txt", 0.9, T0, 7));
    store.set("b".repeat(64), makeEntry("You people are a disgrace", "drafts/old.txt", 0.8, new Date("2026-11-26T09:00:00Z"), 7));
    await store.flush(T0);
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
    process.env.TWCHECK_STATE_DIR = saved.dir;
    process.env.TWCHECK_NOW = saved.now;
    if (saved.dir === undefined) delete process.env.TWCHECK_STATE_DIR;
    if (saved.now === undefined) delete process.env.TWCHECK_NOW;
  });

  it("lists the waiting drafts with their excerpt, since and may-go time", async () => {
    const out = await cli(["cooldown", "list", "--locale", "en"]);
    expect(out).toContain("drafts/lundi.txt");
    expect(out).toContain("Vous êtes des voleurs !!! Honte à vous");
    expect(out).toContain("heated since 2026-11-26 10:00 UTC");
    expect(out).toContain("may go after 2026-11-26 10:07 UTC (in 2 min)");
    expect(out).not.toContain("drafts/old.txt"); // its wait is over
  });

  it("lists every draft with --all, as JSON with --format json", async () => {
    const data = JSON.parse(await cli(["cooldown", "list", "--all", "--format", "json"])) as { drafts: Array<{ source: string; waiting: boolean }> };
    expect(data.drafts.map((d) => [d.source, d.waiting])).toEqual([
      ["drafts/old.txt", false],
      ["drafts/lundi.txt", true],
    ]);
  });

  it("speaks French with --locale fr", async () => {
    expect(await cli(["cooldown", "list", "--locale", "fr"])).toContain("peut partir après 2026-11-26 10:07 UTC (dans 2 min)");
  });

  it("clears the state", async () => {
    expect(await cli(["cooldown", "clear", "--locale", "en"])).toMatch(/^Cleared 2 drafts from /);
    expect(readState(join(dir, "cooldown.json")).drafts.size).toBe(0);
    expect(await cli(["cooldown", "list", "--locale", "en"])).toMatch(/No draft is waiting/);
    expect(await cli(["cooldown", "clear", "--locale", "en"])).toMatch(/^Cleared 0 drafts from /);
  });

  it("says what it cleared in French with --locale fr, singular for 0 and 1 as French counts", async () => {
    expect(await cli(["cooldown", "clear", "--locale", "fr"])).toMatch(/^2 brouillons retirés de /);
    expect(await cli(["cooldown", "clear", "--locale", "fr"])).toMatch(/^0 brouillon retiré de /);
  });

  it("counts the listed drafts with the right plural in each locale", async () => {
    expect(await cli(["cooldown", "list", "--locale", "en"])).toMatch(/\n1 draft — /);
    expect(await cli(["cooldown", "list", "--all", "--locale", "en"])).toMatch(/\n2 drafts — /);
    expect(await cli(["cooldown", "list", "--locale", "fr"])).toMatch(/\n1 brouillon — /);
    expect(await cli(["cooldown", "list", "--all", "--locale", "fr"])).toMatch(/\n2 brouillons — /);
  });
});
