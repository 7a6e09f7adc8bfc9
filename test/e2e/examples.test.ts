// The rule examples a newcomer runs first (examples/rules/<rule>-<lang>[-what]-<fail|pass>.txt):
// each `fail` draft gets a finding from its rule, each `pass` draft none, with the finance preset.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseReport, ROOT, runCli } from "../helpers/cli.js";

const DIR = join(ROOT, "examples/rules");
const examples = readdirSync(DIR)
  .filter((f) => f.endsWith(".txt"))
  .map((file) => {
    const m = /^(topical|informed|relevant|not-empty)-(fr|en)(?:-[a-z-]+)?-(fail|pass)\.txt$/.exec(file);
    if (!m) throw new Error(`examples/rules/${file}: name must be <rule>-<lang>[-what]-<fail|pass>.txt`);
    return { file, rule: m[1]!, lang: m[2]!, expect: m[3]! };
  });

describe("examples/rules", () => {
  it("holds a failing and a passing draft per rule and language", () => {
    for (const rule of ["topical", "informed", "relevant", "not-empty"])
      for (const lang of ["fr", "en"])
        for (const expect_ of ["fail", "pass"]) expect(examples.some((e) => e.rule === rule && e.lang === lang && e.expect === expect_)).toBe(true);
  });

  it.each(examples.map((e) => [e.file, e] as const))("%s", (_file, e) => {
    const out = runCli(["--preset", "finance", "--format", "json", join(DIR, e.file)], { cwd: ROOT });
    const draft = parseReport(out).drafts[0]!;
    expect(draft.lang).toBe(e.lang);
    expect(draft.findings.some((f) => f.rule === e.rule)).toBe(e.expect === "fail");
  });
});

describe("README", () => {
  it("shows what `npx twcheck examples/` prints: every line of its excerpt, and the same summary", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const block = /```text\n\$ npx twcheck examples\/\n([\s\S]*?)```/.exec(readme)![1]!.split("\n").filter((l) => l.trim() !== "" && l.trim() !== "…");
    const state = mkdtempSync(join(tmpdir(), "twcheck-readme-"));
    try {
      const out = runCli(["examples/"], { cwd: ROOT, env: { TWCHECK_STATE_DIR: state, TWCHECK_NOW: "2026-11-26T09:00:00Z" } });
      const lines = new Set(out.stdout.split("\n"));
      expect(block.filter((l) => !lines.has(l))).toEqual([]);
      expect(out.stdout.trimEnd().split("\n").at(-1)).toBe(block.at(-1));
    } finally {
      rmSync(state, { recursive: true, force: true });
    }
  });
});
