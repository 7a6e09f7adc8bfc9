// End to end through the CLI (the bundled bin): a heated draft exits 1 with the cool-down message
// and the time to check again; eight minutes later (TWCHECK_NOW) the same draft exits 0 with a
// warning; an edit restarts the clock. Needs `npm run build` (npm test runs it first).
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const bin = join(root, "bin", "twcheck.js");

interface Result {
  status: number | null;
  stdout: string;
  stderr: string;
}

function twcheck(args: string[], env: Record<string, string>, cwd: string): Result {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? "", HOME: cwd, NO_COLOR: "1", LANG: "en_US.UTF-8", ...env },
    encoding: "utf8",
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface JsonDraft {
  scores: { anger?: number };
  findings: Array<{ rule: string; severity: string; message: string }>;
  cooldown: { since: string; until: string; elapsed: boolean } | null;
  ready: boolean;
}

describe("twcheck cool-down, end to end", () => {
  let dir: string;
  let env: Record<string, string>;
  beforeAll(() => {
    const version = spawnSync(process.execPath, [bin, "--version"], { encoding: "utf8" });
    if (version.status !== 0) throw new Error(`run \`npm run build\` first (the e2e tests run the built CLI): ${version.stderr}`);
  });
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "twcheck-e2e-cooldown-"));
    env = { TWCHECK_STATE_DIR: join(dir, "state") };
    writeFileSync(join(dir, "angry.txt"), "Vous êtes des voleurs ! Trois mois que j'attends mon remboursement !!! 😡\n");
    writeFileSync(join(dir, "angry-en.txt"), "You people are a disgrace. Shame on you @InsureCo!!!\n");
  });
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it.each(["angry.txt", "angry-en.txt"])("%s: exits 1 while cooling down, then 0 with a warning eight minutes later", (file) => {
    // Only the cool-down speaks here: the other quality rules have their own tests.
    const only = ["--rule", "informed:off", "--rule", "relevant:off", "--rule", "topical:off", "--rule", "not-empty:off"];
    const first = twcheck([file, ...only], { ...env, TWCHECK_NOW: "2026-11-26T10:00:00Z" }, dir);
    expect(first.status).toBe(1);
    expect(first.stdout).toMatch(/written in anger/);
    expect(first.stdout).toMatch(/2026-11-26 10:07 UTC/);

    const later = twcheck([file, ...only, "--format", "json"], { ...env, TWCHECK_NOW: "2026-11-26T10:08:00Z" }, dir);
    const report = JSON.parse(later.stdout) as { drafts: JsonDraft[] };
    const draft = report.drafts[0]!;
    expect(draft.cooldown).toEqual({ since: "2026-11-26T10:00:00.000Z", until: "2026-11-26T10:07:00.000Z", elapsed: true });
    const cool = draft.findings.filter((f) => f.rule === "cool-down");
    expect(cool.length).toBeGreaterThan(0);
    expect(cool.every((f) => f.severity === "warning")).toBe(true);
    expect(draft.findings.some((f) => f.severity === "error")).toBe(false);
    expect(later.status).toBe(0);
  });

  it("reports the anger score in JSON for a calm draft, without a cool-down", () => {
    writeFileSync(join(dir, "calm.txt"), "Shares of Acme fall 8 % after profit warning, says Reuters.\n");
    const r = twcheck(["calm.txt", "--format", "json"], { ...env, TWCHECK_NOW: "2026-11-26T10:00:00Z" }, dir);
    const draft = (JSON.parse(r.stdout) as { drafts: JsonDraft[] }).drafts[0]!;
    expect(draft.scores.anger).toBe(0);
    expect(draft.cooldown).toBeNull();
    expect(draft.findings.filter((f) => f.rule === "cool-down")).toEqual([]);
  });

  it("restarts the clock when the draft is edited but still heated", () => {
    twcheck(["angry.txt"], { ...env, TWCHECK_NOW: "2026-11-26T10:00:00Z" }, dir);
    writeFileSync(join(dir, "angry.txt"), "Vous êtes des voleurs et des menteurs !!!\n");
    const r = twcheck(["angry.txt", "--format", "json"], { ...env, TWCHECK_NOW: "2026-11-26T10:08:00Z" }, dir);
    expect(r.status).toBe(1);
    const draft = (JSON.parse(r.stdout) as { drafts: JsonDraft[] }).drafts[0]!;
    expect(draft.cooldown).toEqual({ since: "2026-11-26T10:08:00.000Z", until: "2026-11-26T10:15:00.000Z", elapsed: false });
  });

  it("warns about a corrupt state file and still checks", () => {
    const stateDir = join(dir, "state");
    twcheck(["angry.txt"], { ...env, TWCHECK_NOW: "2026-11-26T10:00:00Z" }, dir); // creates the folder
    writeFileSync(join(stateDir, "cooldown.json"), "{ oops");
    const r = twcheck(["angry.txt", "--format", "json"], { ...env, TWCHECK_NOW: "2026-11-26T10:01:00Z" }, dir);
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout) as { drafts: JsonDraft[]; problems: Array<{ message: string }> };
    expect(report.drafts[0]!.cooldown?.elapsed).toBe(false);
    expect(`${JSON.stringify(report.problems)}${r.stderr}`).toMatch(/rebuilt/);
  });
});
