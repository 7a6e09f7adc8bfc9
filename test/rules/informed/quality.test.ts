// The target, measured on the labelled drafts (test/fixtures/quality): a guard against regressions.
import { measureAll, share } from "../../fixtures/quality/measure.js";

const drafts = measureAll();
const informed = (d: (typeof drafts)[number]) => d.out.informed.findings.length === 0;

describe("informed quality on the labelled drafts", () => {
  it("has at least 40 labelled drafts, in both languages", () => {
    const labelled = drafts.filter((d) => d.labels.informed !== null);
    expect(labelled.length).toBeGreaterThanOrEqual(40);
    expect(new Set(labelled.map((d) => d.lang))).toEqual(new Set(["fr", "en"]));
  });
  it("separates sourced news from chatter with a balanced accuracy of at least 0.85", () => {
    const tpr = share(drafts.filter((d) => d.kind === "news" && d.labels.informed === true), informed);
    const tnr = share(drafts.filter((d) => d.kind === "personal" || d.kind === "opinion"), (d) => !informed(d));
    expect((tpr + tnr) / 2).toBeGreaterThanOrEqual(0.85);
  });
  it("flags rumours and unsourced strong claims", () => {
    expect(share(drafts.filter((d) => d.kind === "rumour"), (d) => !informed(d))).toBeGreaterThanOrEqual(0.9);
  });
});
