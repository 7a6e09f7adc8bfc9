// Shouting capitals, "!!!" and "?!" runs, angry emoji: what raises the voice, in both languages,
// and the look-alikes that do not (acronyms, tickers, newsroom labels, enthusiasm).
import { shoutingPieces } from "../../../src/rules/cool-down/shouting.js";
import { punctuationPieces } from "../../../src/rules/cool-down/punctuation.js";
import { tokenize } from "../../../src/text/tokenize.js";
import type { Lang } from "../../../src/types.js";
import { heated, kinds, knowledge, run } from "./helpers.js";

function shouts(lang: Lang, text: string): string[] {
  return shoutingPieces(text, tokenize(text), [], knowledge(lang)).map((p) => p.text);
}

describe("cool-down: shouting", () => {
  const SHOUTING: Array<[Lang, string, string]> = [
    ["en", "ENOUGH WITH THE LIES. We are clients.", "ENOUGH WITH THE LIES"],
    ["en", "I WANT MY MONEY BACK", "I WANT MY MONEY BACK"],
    ["fr", "C'EST UNE HONTE, franchement", "C'EST UNE HONTE"],
    ["fr", "RENDEZ-NOUS NOTRE ARGENT", "RENDEZ-NOUS NOTRE ARGENT"],
  ];
  it.each(SHOUTING)("[%s] %s → shouts %s", (lang, text, run) => {
    expect(shouts(lang, text)).toEqual([run]);
  });

  const NOT_SHOUTING: Array<[Lang, string]> = [
    ["en", "ECB and BCE decisions move the CAC40 and the DAX"],
    ["en", "AAPL MSFT NVDA lead the NASDAQ higher"],
    ["en", "BREAKING: Fed holds rates"],
    ["en", "GDP, CPI, PMI: the data to watch"],
    ["fr", "FLASH : la BCE maintient ses taux"],
    ["fr", "LVMH KERING HERMES : le luxe recule"],
    ["fr", "Le PIB, l'IPC et la TVA en 3 graphiques"],
  ];
  it.each(NOT_SHOUTING)("[%s] acronyms, tickers and labels are not shouting: %s", (lang, text) => {
    expect(shouts(lang, text)).toEqual([]);
  });

  it("counts a lone heated word in capitals, not a lone name in capitals", () => {
    expect(kinds("fr", "Marre, marre, MARRE de cette assurance")).toContain("shouting");
    expect(kinds("fr", "Les résultats de SANOFI sont publiés")).not.toContain("shouting");
  });
});

describe("cool-down: punctuation", () => {
  const RUNS: Array<[string, string[]]> = [
    ["Three months waiting!!!", ["!!!"]],
    ["Vous êtes sérieux ?!", ["?!"]],
    ["Are you kidding me?!?", ["?!?"]],
    ["Bravo !!", ["!!"]],
    ["Quoi ??", []],
    ["Great news!", []],
  ];
  it.each(RUNS)("%s → %j", (text, expected) => {
    expect(punctuationPieces(text, knowledge("en").weights).map((p) => p.text)).toEqual(expected);
  });
});

describe("cool-down: emoji", () => {
  const EMOJI: Array<[Lang, string, boolean]> = [
    ["en", "Crashed again during market open 🤬", true],
    ["fr", "Encore une panne de l'appli 🤬", true],
    ["en", "Thanks for nothing 😡", true],
    ["en", "We passed the stress test 🎉", false],
    ["fr", "Les chiffres de la semaine 📊👇", false],
  ];
  it.each(EMOJI)("[%s] %s → heated %s", (lang, text, expected) => {
    expect(heated(lang, text)).toBe(expected);
  });

  it("reads a row of angry emoji as one piece that weighs more than one emoji", () => {
    const row = run("en", "Again 😡😡😡").pieces;
    expect(row.map((p) => p.text)).toEqual(["😡😡😡"]);
    expect(row[0]!.weight).toBeGreaterThan(run("en", "Again 😡").pieces[0]!.weight);
  });

  it("reads an emoji with a variation selector or skin tone like the bare one", () => {
    expect(kinds("en", "ok 🖕🏽")).toEqual(["emoji"]);
    expect(run("en", "😠\uFE0F").pieces[0]?.weight).toBe(run("en", "😠").pieces[0]?.weight);
  });
});

describe("cool-down: style alone", () => {
  const ENTHUSIASM: Array<[Lang, string]> = [
    ["en", "HUGE NEWS!!! WE ARE NOW LIVE IN FRANCE!!!"],
    ["fr", "ÉNORME NOUVELLE !!! NOUS SOMMES EN BOURSE !!!"],
  ];
  it.each(ENTHUSIASM)("[%s] capitals and !!! without a heated word stay below the threshold: %s", (lang, text) => {
    expect(run(lang, text).score).toBeGreaterThan(0);
    expect(heated(lang, text)).toBe(false);
  });

  it.each([
    ["en", "THIS IS UNACCEPTABLE!!!"],
    ["fr", "C'EST INADMISSIBLE !!!"],
  ] as Array<[Lang, string]>)("[%s] but they raise a heated word: %s", (lang, text) => {
    const lower = text.toLowerCase().replace(/!+/g, ".");
    expect(run(lang, text).score).toBeGreaterThan(run(lang, lower).score);
    expect(heated(lang, text)).toBe(true);
  });
});
