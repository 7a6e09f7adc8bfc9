// The target, measured on the labelled drafts (test/fixtures/quality): a guard against regressions.
import { measureAll, share } from "../../fixtures/quality/measure.js";

const drafts = measureAll();
const flagged = (d: (typeof drafts)[number]) => d.out["not-empty"].findings.length > 0;

describe("not-empty quality on the labelled drafts", () => {
  it("has at least 40 labelled drafts, in both languages", () => {
    const labelled = drafts.filter((d) => d.labels["not-empty"] !== null);
    expect(labelled.length).toBeGreaterThanOrEqual(40);
    expect(new Set(labelled.map((d) => d.lang))).toEqual(new Set(["fr", "en"]));
  });
  it("says nothing about a crisp, sourced professional tweet", () => {
    expect(drafts.filter((d) => d.labels["not-empty"] === "pass" && flagged(d)).map((d) => d.text)).toEqual([]);
  });
  it("has a finding on at least 90 % of the drafts labelled as failing", () => {
    expect(share(drafts.filter((d) => d.labels["not-empty"] === "fail"), flagged)).toBeGreaterThanOrEqual(0.9);
  });
});
