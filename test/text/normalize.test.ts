import { fold, isUpperCaseWord } from "../../src/text/normalize.js";

describe("fold", () => {
  it.each([
    ["Société Générale", "societe generale"],
    ["L’Œuvre", "l'oeuvre"],
    ["ÉNERVÉ", "enerve"],
    ["taux", "taux"],
    ["Crédit`s", "credit's"],
  ])("%s → %s", (input, expected) => {
    expect(fold(input)).toBe(expected);
    // The cache returns the same answer the second time.
    expect(fold(input)).toBe(expected);
  });
});

describe("isUpperCaseWord", () => {
  it.each([
    ["BCE", true],
    ["ÉNERVÉ", true],
    ["CAC40", true],
    ["Bce", false],
    ["bce", false],
    ["40", false],
    ["straße", false],
  ])("%s → %s", (word, expected) => {
    expect(isUpperCaseWord(word)).toBe(expected);
  });
});
