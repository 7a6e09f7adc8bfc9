// The targets, measured on the labelled drafts (test/fixtures/quality): a guard against regressions.
import { measureAll, share } from "../../fixtures/quality/measure.js";

const drafts = measureAll();
const onTopic = (d: (typeof drafts)[number]) => (d.out.topical.score ?? 0) >= 0.5;

describe("topical quality on the labelled drafts (finance preset)", () => {
  it("has at least 40 labelled drafts, in both languages", () => {
    const labelled = drafts.filter((d) => d.labels.topical);
    expect(labelled.length).toBeGreaterThanOrEqual(40);
    expect(labelled.filter((d) => d.lang === "fr").length).toBeGreaterThanOrEqual(20);
    expect(labelled.filter((d) => d.lang === "en").length).toBeGreaterThanOrEqual(20);
  });
  it("judges at least 95 % of finance news on-topic", () => {
    expect(share(drafts.filter((d) => d.kind === "news" && d.labels.topical === "on"), onTopic)).toBeGreaterThanOrEqual(0.95);
  });
  it("judges at least 90 % of personal tweets off-topic", () => {
    expect(share(drafts.filter((d) => d.kind === "personal"), (d) => !onTopic(d))).toBeGreaterThanOrEqual(0.9);
  });
});
