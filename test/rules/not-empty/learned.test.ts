// not-empty's learned model (src/rules/not-empty/learned.ts): the shipped weights are what the
// training code learns from the files they name, a draft's features count once, and the rule
// reads the model only where lists and structures pass and no fact is stated. French and English
// drafts written for these tests (not in the training files).
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { tokensOf } from "../../../src/lang/analyze.js";
import { formatModel, loadModel, MODEL_FILE, oddsOf, parseModel, tokensForModel, train } from "../../../src/rules/not-empty/learned.js";
import { rule } from "../../../src/rules/not-empty/index.js";
import type { Lang } from "../../../src/types.js";
import { makeContext } from "../../helpers/context.js";
import { both } from "../../helpers/not-empty.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
const shipped = readFileSync(join(root, ...MODEL_FILE), "utf8");
const LEARNED = /Reads like filler|Se lit comme du remplissage/;

function check(text: string, lang: Lang, options = {}) {
  return rule.check(makeContext(text, { lang, locale: lang, options }));
}

describe("not-empty: the learned model as data", () => {
  it("is what `npm run train` learns from the fixture files it names", () => {
    const model = parseModel(shipped);
    expect(model.trainedOn.length).toBeGreaterThan(100);
    const examples = model.trainedOn.flatMap((file) =>
      readFileSync(join(root, file), "utf8")
        .split("\n")
        .filter((line) => line.trim())
        .map((line) => JSON.parse(line) as { text: string; labels: Record<string, unknown> })
        .filter((d) => d.labels["not-empty"] === "pass" || d.labels["not-empty"] === "fail")
        .map((d) => ({ tokens: tokensOf(d.text), empty: d.labels["not-empty"] === "fail" })),
    );
    expect(formatModel(train(examples, model.trainedOn))).toBe(shipped);
  });

  it("reads each feature of a draft once, as training counts them", () => {
    const m = loadModel({ prior: -1, weights: { a: 1, "a a": 2, "<len0>": 0.5 }, trainedOn: [] });
    // `a a a`: the token `a` once, the pair `a a` once, three tokens in the first length bucket.
    expect(oddsOf(tokensForModel(tokensOf("a a a")), m)).toBeCloseTo(-1 + 1 + 2 + 0.5);
  });

  it("writes and reads back the same weights", () => {
    const m = { prior: -0.5, weights: { "#fintech": 1.25, "game changer": 2, "<len1>": -1 }, trainedOn: ["x.jsonl", "y.jsonl"] };
    expect(parseModel(formatModel(m))).toEqual(m);
  });
});

describe("not-empty: empty talk that no list names, read by the learned model", () => {
  it.each([
    ["Une équipe soudée, des projets plein la tête et l'envie d'aller toujours plus haut avec vous.", "Bold vision, strong team, clear ambition: this is how we grow."],
    ["Une nouvelle façon de voir l'assurance, pensée avec et pour nos clients.", "Everything changes when you start looking at your money differently."],
  ])("fails %s | %s", (fr, en) => {
    for (const [text, lang] of both(fr, en)) {
      const out = check(text, lang);
      expect(out.score).toBeLessThan(0.5);
      const finding = out.findings.find((f) => LEARNED.test(f.message));
      // The finding quotes the words that weigh most, and covers them.
      expect(finding).toBeDefined();
      expect(text.slice(finding!.start, finding!.end).length).toBeGreaterThan(0);
      expect(finding!.message).toMatch(/[“«]/);
      // …and the rule's `learned: false` turns it off.
      expect(check(text, lang, { learned: false }).findings).toEqual([]);
    }
  });

  it("leaves sourced news, everyday life and argued opinions to the other rules", () => {
    for (const [text, lang] of [
      ...both("Le taux du Livret A reste à 2,4 % au 1er février, confirme la Banque de France.", "Mortgage approvals rose to 65,000 in March, Bank of England data show."),
      ...both("Premier footing de l'année sous la pluie, les jambes ont protesté mais le moral est bon.", "Burnt the toast again. The smoke alarm and I are on first-name terms now."),
      ...both("Les frais de tenue de compte devraient être plafonnés : ils pèsent surtout sur les clients les plus fragiles.", "Overdraft fees should be capped: they fall hardest on the customers with the least room."),
    ])
      expect(check(text, lang).findings.filter((f) => LEARNED.test(f.message))).toEqual([]);
  });
});
