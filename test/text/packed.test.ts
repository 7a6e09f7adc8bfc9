import { spawnSync } from "node:child_process";
import { mapPacked } from "../../src/text/packed.js";

describe("mapPacked", () => {
  it("maps every item with its index, in order, into a new array", () => {
    const items = ["taux", "BCE", "rate"];
    const out = mapPacked(items, (w, i) => `${i}:${w.toUpperCase()}`);
    expect(out).toEqual(["0:TAUX", "1:BCE", "2:RATE"]);
    expect(out).not.toBe(items);
    expect(mapPacked([], (x: number) => x)).toEqual([]);
  });

  it("gives a packed array once optimized, where Array.prototype.map gives a holey one, in the Node running the tests", () => {
    // V8's own view, through its test intrinsics, of why the helper exists (see packed.ts): the same
    // array kind whichever tier runs the code. The helper is run from its own compiled source.
    const script = `const mapPacked = ${mapPacked.toString()};
      const items = [{ a: 1 }, { a: 2 }, { a: 3 }];
      const viaHelper = (xs) => mapPacked(xs, (x) => x.a + "");
      const viaMap = (xs) => xs.map((x) => x.a + "");
      const kinds = [];
      for (const f of [viaHelper, viaMap]) {
        %PrepareFunctionForOptimization(f);
        kinds.push(%HasHoleyElements(f(items)));
        f(items);
        %OptimizeFunctionOnNextCall(f);
        const out = f(items);
        kinds.push(%HasHoleyElements(out));
      }
      console.log(JSON.stringify(kinds));`;
    const run = spawnSync(process.execPath, ["--allow-natives-syntax", "-e", script], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    // Helper: packed in both tiers; map: packed from its builtin, holey once optimized.
    expect(JSON.parse(run.stdout)).toEqual([false, false, false, true]);
  });
});
