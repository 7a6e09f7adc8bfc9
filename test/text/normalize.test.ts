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

describe("fold against its definition", () => {
  // The definition fold implements faster: lower case, straight apostrophes, œ/æ spelled out,
  // NFD, every combining mark (\p{M}) removed.
  const definition = (text: string) =>
    text.toLowerCase().replace(/[\u2019\u2018\u02BC\u0060\u00B4]/g, "'").replace(/œ/g, "oe").replace(/æ/g, "ae").normalize("NFD").replace(/\p{M}+/gu, "");

  it("folds every character of the BMP and of the other planes as the definition does", () => {
    // Every code point once, in texts of 40 to 80 units (past fold's cache), with accented
    // Latin around each piece so that marks sit between other characters.
    const texts: string[] = [];
    let piece = "";
    for (let cp = 0; cp <= 0x10ffff; cp += cp < 0x20000 ? 1 : 97) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      piece += String.fromCodePoint(cp);
      if (piece.length >= 40) {
        texts.push(`É${piece}é`);
        piece = "";
      }
    }
    texts.push(`É${piece}é`);
    // Lone surrogates, marks after an emoji, a variation selector, stacked marks.
    texts.push("Crédit \ud83d agréé \ude00 rapport annuel de la société".padEnd(45, "é"), "Le ☀️ revient, enfin : l'été arrive pour de bon ! 😀\u0301 e\u0301\u0302\u0323");
    for (const text of texts) expect(fold(text)).toBe(definition(text));
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
