import { spawnSync } from "node:child_process";
import { TIER_UP_LENGTH, compiledNow } from "../../src/text/native-regexp.js";

describe("compiledNow", () => {
  it("hands back the same pattern, which then finds its matches from the start", () => {
    // A pattern that matches the blanks it is compiled on: its lastIndex must not stay past them.
    const re = / +|(?<![a-z])taux(?![a-z])/g;
    expect(compiledNow(re)).toBe(re);
    expect(re.lastIndex).toBe(0);
    expect([..."Les taux  montent".matchAll(re)].map((m) => [m.index, m[0]])).toEqual([
      [3, " "],
      [4, "taux"],
      [8, "  "],
    ]);
  });

  it("leaves the pattern with machine code and no bytecode, in the Node running the tests", () => {
    // V8's own view, through its test intrinsics, of what compiledNow does: a first run on a text
    // of TIER_UP_LENGTH characters skips the bytecode tier (see native-regexp.ts).
    const script = `
      const BLANK = " ".repeat(${TIER_UP_LENGTH});
      const eager = /(?<![a-z])(?:ne|n')\\s?vous\\s+dit/g; eager.test(BLANK); eager.test("on ne vous dit pas tout");
      const lazy = /(?<![a-z])(?:ne|n')\\s?vous\\s+dites/g; lazy.test("on ne vous dit pas tout");
      console.log(JSON.stringify([%RegexpHasNativeCode(eager, true), %RegexpHasBytecode(eager, true), %RegexpHasBytecode(lazy, true)]));`;
    const run = spawnSync(process.execPath, ["--allow-natives-syntax", "-e", script], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    // Machine code, never bytecode; a pattern run first on a draft-sized text is bytecode first
    // (another source: V8 shares the compiled code of patterns written alike).
    expect(JSON.parse(run.stdout)).toEqual([true, false, true]);
  });
});
