// The rule examples a newcomer runs first (examples/rules/<rule>-<lang>[-what]-<fail|pass>.txt):
// each `fail` draft gets a finding from its rule, each `pass` draft none, with the finance preset.
import { readdirSync } from "node:fs";
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
