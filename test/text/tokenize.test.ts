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

  it("reads the legal marks as punctuation, and as emoji only when written as emoji (session 32, real finance tweets)", () => {
    const kinds = (text: string) => tokenize(text).map((t) => [t.kind, t.text]);
    expect(kinds("Invora™ Herbicide")).toEqual([["word", "Invora"], ["punct", "™"], ["word", "Herbicide"]]);
    expect(kinds("Herceptin® © 2025")).toEqual([["word", "Herceptin"], ["punct", "®"], ["punct", "©"], ["number", "2025"]]);
    expect(kinds("©\uFE0F ™\uFE0F")).toEqual([["emoji", "©\uFE0F"], ["emoji", "™\uFE0F"]]);
  });

  it("keeps English contractions as one word", () => {
    expect(tokenize("Don't panic").map((t) => t.norm)).toEqual(["don't", "panic"]);
  });

  it("finds links without a protocol, and no link in abbreviations or decimals", () => {
    const kinds = (text: string) => tokenize(text).filter((t) => t.kind === "url").map((t) => t.text);
    expect(kinds("Voir www.banque-france.fr et ecb.europa.eu")).toEqual(["www.banque-france.fr", "ecb.europa.eu"]);
    expect(kinds("Les taux U.S. à 4.5 % en 2025. Fin.")).toEqual([]);
  });

  it("gives every matchable token its key (folded, final plural s/x dropped)", () => {
    expect(tokenize("Les TAUX des Banques #Assurances 2025 !").map((t) => [t.norm, t.key])).toEqual([
      ["les", "les"],
      ["taux", "tau"],
      ["des", "des"],
      ["banques", "banque"],
      ["assurances", "assurance"],
      ["2025", "2025"],
      ["!", null],
    ]);
  });

  // The scanner has a fast path for ASCII words; it must split exactly as this one pattern does.
  const PIECE =
    /(\p{N}+(?:[.,\u00A0\u202F ]\p{N}{3})*(?:[.,]\p{N}+)?)|([\p{L}\p{N}]+(?:['\u2019][\p{L}\p{N}]+)*)|(\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic}|\p{EMod})*)|(\S)/gu;
  it.each([
    "Le CAC40 gagne 1 000,50 points (+2,3 %) — l’économie d’aujourd’hui",
    "CET1 à 13.1%, Q3 2e trimestre, 3D, v2.5, ½ ², 1️⃣ 👍🏽 👨‍👩‍👧",
    "e\u0301te\u0301 zero\u200Bwidth Ｆｕｌｌ　ｗｉｄｔｈ 日本語 كلمة 123 𝐁𝐨𝐥𝐝",
    "L'ASSURANCE-VIE jusqu'à l'an 2030 can’t won't 'quoted' a'b",
  ])("splits plain text as the reference pattern does: %s", (text) => {
    const reference = [...text.matchAll(PIECE)].map((m) => [m.index, m[0]]);
    // Elisions are split off afterwards: join them back to compare pieces.
    const pieces: Array<[number, string]> = [];
    let previous = "";
    for (const t of tokenize(text)) {
      const last = pieces[pieces.length - 1];
      if (last && previous === "word" && t.kind === "word" && last[0] + last[1].length === t.start && /['\u2019]$/.test(last[1])) last[1] += t.text;
      else pieces.push([t.start, t.text]);
      previous = t.kind;
    }
    expect(pieces).toEqual(reference);
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
