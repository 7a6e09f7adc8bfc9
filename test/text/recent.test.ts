import { describe, expect, it } from "@jest/globals";
import { recentCache } from "../../src/text/recent.js";

describe("recentCache", () => {
  it("gives back the values of the last `size` keys", () => {
    const cache = recentCache<number>(3);
    cache.set("a", 1);
    cache.set("b", 2);
    cache.set("c", 3);
    expect([cache.get("a"), cache.get("b"), cache.get("c")]).toEqual([1, 2, 3]);
  });

  it("forgets the oldest key when a new one comes in", () => {
    const cache = recentCache<number>(2);
    cache.set("a", 1);
    cache.set("b", 2);
    cache.set("c", 3);
    expect(cache.get("a")).toBeUndefined();
    expect([cache.get("b"), cache.get("c")]).toEqual([2, 3]);
  });

  it("compares keys by content, not by identity", () => {
    const cache = recentCache<string>(2);
    cache.set(["to", "ken"].join(""), "x");
    expect(cache.get("token")).toBe("x");
    expect(cache.get("other")).toBeUndefined();
  });
});
