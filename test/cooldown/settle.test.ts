// The waiting period with an injected clock: error until `minutes` have passed (with the time to
// check again), then a warning; an edit that is still heated restarts the clock; a calm edit
// passes at once; the state survives between runs; a corrupt file is reported and rebuilt.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { rule } from "../../src/rules/cool-down/index.js";
import type { RunEnv, SettledOutcome } from "../../src/rules/types.js";
import type { Lang, Problem } from "../../src/types.js";
import { makeContext } from "../helpers/context.js";

const T0 = new Date("2026-11-26T10:00:00Z");
const minutesLater = (m: number): Date => new Date(T0.getTime() + m * 60_000);

interface Run {
  env: RunEnv;
  problems: Problem[];
  finish(): Promise<void>;
}

function makeRun(stateDir: string, now: Date): Run {
  const sessions = new Map<string, unknown>();
  const tasks: Array<() => Promise<void> | void> = [];
  const problems: Problem[] = [];
  return {
    problems,
    env: {
      now,
      cwd: stateDir,
      env: { TWCHECK_STATE_DIR: stateDir },
      session<T>(key: string, create: () => T): T {
        if (!sessions.has(key)) sessions.set(key, create());
        return sessions.get(key) as T;
      },
      atEnd: (task) => void tasks.push(task),
      warn: (p) => void problems.push(p),
    },
    async finish() {
      for (const t of tasks.splice(0)) await t();
    },
  };
}

async function check(stateDir: string, text: string, now: Date, lang: Lang = "en", options: Record<string, unknown> = {}): Promise<SettledOutcome & { problems: Problem[] }> {
  const ctx = makeContext(text, { lang, options });
  const run = makeRun(stateDir, now);
  const out = await rule.settle!(rule.check(ctx), ctx, run.env);
  await run.finish();
  return { ...out, problems: run.problems };
}

const HEATED_EN = "You people are a disgrace. Shame on you!!!";
const HEATED_FR = "Vous êtes des voleurs ! Honte à vous 😡";

describe("cool-down waiting period", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "twcheck-settle-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ["en", HEATED_EN, /check again after 2026-11-26 10:07 UTC \(in 7 min\)/],
    ["fr", HEATED_FR, /revérifiez après 2026-11-26 10:07 UTC \(dans 7 min\)/],
  ] as Array<[Lang, string, RegExp]>)("[%s] is an error with the time to check again, until 7 minutes have passed", async (lang, text, when) => {
    const first = await check(dir, text, T0, lang);
    expect(first.cooldown).toEqual({ since: T0.toISOString(), until: minutesLater(7).toISOString(), elapsed: false });
    expect(first.findings[0]!.severity).toBeUndefined(); // the configured severity: error by default
    expect(first.findings[0]!.message).toMatch(when);

    const later = await check(dir, text, minutesLater(3), lang);
    expect(later.cooldown).toMatchObject({ since: T0.toISOString(), elapsed: false });
    expect(later.findings[0]!.message).toMatch(lang === "fr" ? /dans 4 min/ : /in 4 min/);
  });

  it("is a warning once the period is over: the draft may go", async () => {
    await check(dir, HEATED_EN, T0);
    const after = await check(dir, HEATED_EN, minutesLater(8));
    expect(after.cooldown).toEqual({ since: T0.toISOString(), until: minutesLater(7).toISOString(), elapsed: true });
    expect(after.findings.length).toBeGreaterThan(0);
    expect(after.findings.every((f) => f.severity === "warning")).toBe(true);
    expect(after.findings[0]!.message).toMatch(/may go/);
  });

  it("restarts the clock when an edit is still heated", async () => {
    await check(dir, HEATED_EN, T0);
    const edited = await check(dir, `${HEATED_EN} Idiots.`, minutesLater(8));
    expect(edited.cooldown).toEqual({ since: minutesLater(8).toISOString(), until: minutesLater(15).toISOString(), elapsed: false });
  });

  it("lets a calm edit pass at once", async () => {
    await check(dir, HEATED_FR, T0, "fr");
    const calm = await check(dir, "Trois mois que j'attends mon remboursement : pouvez-vous m'aider ?", minutesLater(1), "fr");
    expect(calm.cooldown).toBeNull();
    expect(calm.findings).toEqual([]);
  });

  it("keeps the clock for the same words re-saved (case, spacing)", async () => {
    await check(dir, HEATED_EN, T0);
    const same = await check(dir, `  ${HEATED_EN.toUpperCase()}\n`, minutesLater(2));
    expect(same.cooldown?.since).toBe(T0.toISOString());
  });

  it("follows the `minutes` option", async () => {
    const first = await check(dir, HEATED_EN, T0, "en", { minutes: 1 });
    expect(first.cooldown?.until).toBe(minutesLater(1).toISOString());
    const after = await check(dir, HEATED_EN, minutesLater(2), "en", { minutes: 1 });
    expect(after.cooldown?.elapsed).toBe(true);
  });

  it("reads the state file once per run and writes it once at the end", async () => {
    const run = makeRun(dir, T0);
    for (const text of [HEATED_EN, `${HEATED_EN} Clowns.`, "A calm update on rates."]) {
      const ctx = makeContext(text, { lang: "en" });
      await rule.settle!(rule.check(ctx), ctx, run.env);
    }
    expect(() => readFileSync(join(dir, "cooldown.json"))).toThrow(); // nothing written before the end
    await run.finish();
    const saved = JSON.parse(readFileSync(join(dir, "cooldown.json"), "utf8")) as { drafts: Record<string, unknown> };
    expect(Object.keys(saved.drafts)).toHaveLength(2);
  });

  it("reports a corrupt state file as a warning, and rebuilds it", async () => {
    writeFileSync(join(dir, "cooldown.json"), "{ not json");
    const out = await check(dir, HEATED_EN, T0);
    expect(out.cooldown?.elapsed).toBe(false);
    expect(out.problems).toHaveLength(1);
    expect(out.problems[0]!.message).toMatch(/rebuilt/);
    expect(() => JSON.parse(readFileSync(join(dir, "cooldown.json"), "utf8"))).not.toThrow();
    expect((await check(dir, HEATED_EN, minutesLater(8))).cooldown?.elapsed).toBe(true);
  });
});
