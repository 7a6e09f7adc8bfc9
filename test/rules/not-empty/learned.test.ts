// not-empty's learned reading (src/text/bayes.ts, rules/not-empty/model.tsv): read only where
// lists and structures pass and no fact is stated. French and English drafts written for these
// tests (not in the training files).
import { rule } from "../../../src/rules/not-empty/index.js";
import type { Lang } from "../../../src/types.js";
import { makeContext } from "../../helpers/context.js";
import { both } from "../../helpers/not-empty.js";

const LEARNED = /Reads like filler|Se lit comme du remplissage/;

function check(text: string, lang: Lang, options = {}) {
  return rule.check(makeContext(text, { lang, locale: lang, options }));
}

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
