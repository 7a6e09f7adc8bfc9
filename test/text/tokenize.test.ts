import { tokenize } from "../../src/text/tokenize.js";
import { PhraseMatcher } from "../../src/text/phrases.js";

describe("tokenize", () => {
  it("splits French elisions and keeps tweet entities whole", () => {
    const tokens = tokenize("L’inflation de la #BCE selon @lesechos : $BNP +3,5 % https://t.co/x 😡");
    expect(tokens.map((t) => [t.kind, t.norm])).toEqual([
      ["word", "l'"],
      ["word", "inflation"],
      ["word", "de"],
      ["word", "la"],
      ["hashtag", "bce"],
      ["word", "selon"],
      ["mention", "lesechos"],
      ["punct", ":"],
      ["cashtag", "bnp"],
      ["punct", "+"],
      ["number", "3,5"],
      ["punct", "%"],
      ["url", "https://t.co/x"],
      ["emoji", "😡"],
    ]);
  });

  it("keeps English contractions as one word", () => {
    expect(tokenize("Don't panic").map((t) => t.norm)).toEqual(["don't", "panic"]);
  });
});

describe("PhraseMatcher", () => {
  const m = new PhraseMatcher(["taux directeurs", "assurance-vie", "rate", "#assurance", "$BNP", "scandal*"]);
  const found = (text: string) => m.match(tokenize(text)).map((x) => x.phrase);

  it.each([
    ["Le TAUX directeur de la BCE", ["taux directeurs"]],
    ["l'assurance vie reste stable", ["assurance-vie"]],
    ["Rates are up", ["rate"]],
    ["#Assurance et assurance", ["#assurance"]],
    ["$bnp et BNP", ["$BNP"]],
    ["Scandaleux !", ["scandal*"]],
  ])("%s", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("PhraseMatcher edge cases", () => {
  const m = new PhraseMatcher(["can't stand", "you're", "l'inflation", "assurance-vie", "jusqu'au bout"]);
  const found = (text: string) => m.match(tokenize(text)).map((x) => x.phrase);

  it.each([
    ["I can't stand this", ["can't stand"]],
    ["You're late", ["you're"]],
    ["L'inflation ralentit", ["l'inflation"]],
    ["Un contrat d'assurance-vie", ["assurance-vie"]],
    ["Un contrat d'assurance vie", ["assurance-vie"]],
    ["jusqu'au bout", ["jusqu'au bout"]],
  ])("%s", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it("does not match a contraction's parts as separate words", () => {
    expect(new PhraseMatcher(["can"]).match(tokenize("I can't"))).toEqual([]);
  });
});
