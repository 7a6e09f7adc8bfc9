import { fold, foldSameLength, isUpperCaseWord } from "../../src/text/normalize.js";

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

describe("foldSameLength", () => {
  // The definition: each character folded on its own, kept only if it folds to one unit.
  const oneByOne = (text: string) => {
    let out = "";
    for (const ch of text) {
      const f = fold(ch);
      out += f.length === ch.length ? f : ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch;
    }
    return out;
  };

  it("keeps every offset and folds as one character at a time would, whatever the text", () => {
    const pool = ["a", "É", "é", "ç", "Œ", "œ", "æ", "e\u0301", "’", "İ", "ß", "한", "😀", "➡️", " ", ".", "…", "Z", "ñ", "ø"];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 3000; n++) {
      let text = "";
      const len = 1 + Math.floor(next() * 12);
      for (let k = 0; k < len; k++) text += pool[Math.floor(next() * pool.length)];
      const folded = foldSameLength(text);
      expect(folded.length).toBe(text.length);
      expect(folded).toBe(oneByOne(text));
    }
  });
});
