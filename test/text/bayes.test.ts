// The learned models as data (src/text/bayes.ts): the shipped weights are what the training code
// learns from the fixture files they name, a draft's features count once, and the file format
// reads back what it writes.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { tokensOf } from "../../src/lang/analyze.js";
import { cuesOf, formatModel, loadModel, MODEL_LABELS, modelFile, oddsOf, parseModel, tokensForModel, train, type ModelRule } from "../../src/text/bayes.js";
import { readBuiltInModel } from "../../src/text/model-source.js";
import { fromCompiled, pairWeight, tablesFromText, tablesFromWeights, toCompiled } from "../../src/text/model-tables.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

describe("learned models", () => {
  it.each(Object.keys(MODEL_LABELS) as Array<keyof typeof MODEL_LABELS>)("rules/%s/model.tsv is what `npm run train` learns from the fixture files it names", (rule) => {
    const shipped = readFileSync(join(root, ...modelFile(rule)), "utf8");
    const model = parseModel(shipped);
    expect(model.trainedOn.length).toBeGreaterThan(100);
    const { label, positive, negative } = MODEL_LABELS[rule];
    const examples = model.trainedOn.flatMap((file) =>
      readFileSync(join(root, file), "utf8")
        .split("\n")
        .filter((line) => line.trim())
        .map((line) => JSON.parse(line) as { text: string; labels: Record<string, unknown> })
        .filter((d) => d.labels[label] === positive || d.labels[label] === negative)
        .map((d) => ({ tokens: tokensOf(d.text), positive: d.labels[label] === positive })),
    );
    expect(formatModel(train(examples, model.trainedOn))).toBe(shipped);
  });

  it("reads each feature of a draft once, as training counts them", () => {
    const m = loadModel({ prior: -1, weights: { a: 1, "a a": 2, "<len0>": 0.5 }, trainedOn: [] });
    // `a a a`: the token `a` once, the pair `a a` once, three tokens in the first length bucket.
    expect(oddsOf(tokensForModel(tokensOf("a a a")), m)).toBeCloseTo(-1 + 1 + 2 + 0.5);
    // `a b a b`: `a`, `b`, `a b` and `b a` once each.
    const n = loadModel({ prior: 0, weights: { a: 1, b: 1, "a b": 1, "b a": 1 }, trainedOn: [] });
    expect(oddsOf(tokensForModel(tokensOf("a b a b")), n)).toBeCloseTo(4);
  });

  it("a token the model does not know weighs nothing, alone or in a pair", () => {
    const m = loadModel({ prior: 0, weights: { a: 1, "a b": 2, "c a": 3 }, trainedOn: [] });
    // `z` is unknown: `a` counts once, `a z` and `z a` are no pairs the model knows.
    expect(oddsOf(tokensForModel(tokensOf("a z a")), m)).toBeCloseTo(1);
    expect(oddsOf(tokensForModel(tokensOf("c a b")), m)).toBeCloseTo(1 + 2 + 3);
    // `b` is known only in a pair: its own weight is 0.
    expect(pairWeight(m, m.ids.get("a")!, m.ids.get("b")!)).toBe(2);
    expect(pairWeight(m, m.ids.get("b")!, m.ids.get("a")!)).toBe(0);
  });

  const drafts = readFileSync(join(root, "test/fixtures/quality/blind/set-fz.jsonl"), "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => (JSON.parse(line) as { text: string }).text);

  // topical's voice model too (test/rules/topical/voice.test.ts checks its training).
  it.each([...Object.keys(MODEL_LABELS), "voice"] as ModelRule[])("%s: the tables read from the model file, from its weights and from the CLI's compiled form read every draft alike", (rule) => {
    const fromFile = readBuiltInModel(rule)!;
    const fromWeights = loadModel(parseModel(readFileSync(join(root, ...modelFile(rule)), "utf8")));
    // Through a file's bytes, at an offset that is not a multiple of 8 too (a Buffer from Node's pool).
    const bytes = toCompiled(fromFile);
    const compiled = fromCompiled(Uint8Array.from(bytes));
    const shifted = new Uint8Array(bytes.length + 3);
    shifted.set(bytes, 3);
    const unaligned = fromCompiled(shifted.subarray(3));
    expect([unaligned.prior, unaligned.ids.size, unaligned.pairKeys.length]).toEqual([fromFile.prior, fromFile.ids.size, fromFile.pairKeys.length]);
    // As a big-endian machine reads it: the doubles one by one.
    const oneByOne = fromCompiled(bytes, false);
    expect(drafts.length).toBe(120);
    let positive = 0;
    for (const text of drafts) {
      const features = tokensForModel(tokensOf(text));
      const odds = oddsOf(features, fromFile);
      if (odds > 0) positive++;
      expect(oddsOf(features, fromWeights)).toBeCloseTo(odds, 9);
      expect(oddsOf(features, compiled)).toBe(odds);
      expect(oddsOf(features, unaligned)).toBe(odds);
      expect(oddsOf(features, oneByOne)).toBe(odds);
      expect(cuesOf(features, compiled)).toEqual(cuesOf(features, fromFile));
    }
    // Both labels are read (the comparison is not between models that read nothing).
    expect(positive).toBeGreaterThan(5);
    expect(positive).toBeLessThan(drafts.length - 5);
  });

  it("a model of no token survives its compiled form", () => {
    const m = tablesFromWeights(-0.5, {});
    const back = fromCompiled(toCompiled(m));
    expect([back.prior, back.ids.size, back.pairKeys.length, Array.from(back.lengths)]).toEqual([-0.5, 0, 0, Array.from(m.lengths)]);
  });

  it("a model file without a prior reads as no model", () => {
    expect(tablesFromText("a\t1\nb c\t2\n")).toBeNull();
  });

  it("writes and reads back the same weights", () => {
    const m = { prior: -0.5, weights: { "#fintech": 1.25, "game changer": 2, "<len1>": -1 }, trainedOn: ["x.jsonl", "y.jsonl"] };
    expect(parseModel(formatModel(m))).toEqual(m);
  });
});
