import { foldedPattern } from "../../src/text/folded-pattern.js";
import { foldSameLength } from "../../src/text/normalize.js";

describe("foldedPattern", () => {
  it("reads `\\p{L}` as a folded letter, alone or in a class", () => {
    expect(foldedPattern("(?<![\\p{L}])x")).toBe("(?<![a-zœæøß])x");
    expect(foldedPattern("\\p{L}+")).toBe("[a-zœæøß]+");
  });

  it("folds the pattern's words and keeps its escapes as written", () => {
    expect(foldedPattern("Préfère\\S+\\s")).toBe("prefere\\S+\\s");
  });

  it.each([
    ["désigne son directeur général", "Verpakt désigne son directeur général"],
    ["désigne son directeur général", "VERPAKT DESIGNE SON DIRECTEUR GENERAL"],
  ])("matches the folded draft, typed with or without accents and capitals: %s | %s", (pattern, text) => {
    expect(new RegExp(foldedPattern(pattern)).test(foldSameLength(text))).toBe(true);
  });
});
