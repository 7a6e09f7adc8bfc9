// Anger and hostility words, insults, profanity: French (with and without accents, elisions,
// verlan, abbreviations) and English, next to calm look-alikes that must not fire.
import { heated, kinds, knowledge, run } from "./helpers.js";
import type { Lang } from "../../../src/types.js";

const HEATED: Array<[Lang, string]> = [
  ["en", "I am absolutely furious with my bank."],
  ["en", "Fuming. They froze my account without a word."],
  ["en", "I'm so pissed off right now."],
  ["en", "This is the most disgraceful service I have ever seen."],
  ["en", "What a bunch of idiots running this company"],
  ["en", "This is bullshit and you know it."],
  ["en", "#angry at my broker again"],
  ["fr", "Je suis furieux contre ma banque."],
  ["fr", "je suis enervee, vraiment enervee"],
  ["fr", "j'en ai marre de ces frais"],
  ["fr", "jsuis vener, mon virement est bloqué"],
  ["fr", "ptn c'est quoi ce bordel"],
  ["fr", "fdp de conseiller qui raccroche"],
  ["fr", "ntm avec tes frais"],
  ["fr", "Ces connards de la direction se gavent"],
  ["fr", "Ras le bol de ces frais de tenue de compte"],
  ["fr", "C'est une honte, une honte absolue"],
];

const CALM: Array<[Lang, string]> = [
  ["en", "Anger is a bad advisor: we wait a day before answering complaints."],
  ["en", "How to handle an angry customer: listen, apologise, then act."],
  ["en", "We hate to see clients lose money to scams. Here is how to spot one."],
  ["en", "Hostile takeover bid rejected by the board."],
  ["en", "S&P 500 posts worst week since March as yields jump."],
  ["fr", "La colère est mauvaise conseillère : nous attendons 24 heures avant de répondre."],
  ["fr", "Comment répondre à un client en colère : écouter, reconnaître, agir."],
  ["fr", "Les clients mecontents peuvent saisir le médiateur gratuitement."],
  ["fr", "L'OPA hostile a été rejetée par le conseil d'administration."],
  ["fr", "Il ne faut pas s'attarder sur les chiffres d'un seul mois."],
  ["fr", "Match nul pour le CAC 40 aujourd'hui, rien à signaler."],
];

describe("cool-down: heated words", () => {
  it.each(HEATED)("[%s] fires: %s", (lang, text) => {
    expect(heated(lang, text)).toBe(true);
  });
  it.each(CALM)("[%s] stays calm: %s", (lang, text) => {
    expect(heated(lang, text)).toBe(false);
  });

  it("matches French typed without accents like French with accents", () => {
    expect(run("fr", "Je suis écœuré, c'est révoltant").score).toBe(run("fr", "je suis ecoeure, c'est revoltant").score);
  });

  it("names each piece with its kind", () => {
    expect(kinds("en", "You idiot, this is bullshit")).toEqual(expect.arrayContaining(["attack", "profanity"]));
    expect(kinds("fr", "Espèce d'idiot, c'est de la merde")).toEqual(expect.arrayContaining(["attack", "profanity"]));
  });

  it("counts words that only the maintained profanity list knows, at its weight", () => {
    const k = knowledge("fr");
    const piece = run("fr", "quelle grogniasse").pieces.find((p) => p.text === "grogniasse");
    expect(piece?.kind).toBe("profanity");
    expect(piece?.weight).toBeCloseTo(k.weights.profanityList);
  });

  it("ignores entries of the maintained list that are not heated (sexual or news words)", () => {
    expect(run("en", "Viagra maker's sales rose 4 %").pieces).toEqual([]);
    expect(run("fr", "Une gerbe de fleurs pour la cérémonie").pieces).toEqual([]);
  });
});

describe("cool-down: context", () => {
  const NEGATION: Array<[Lang, string, boolean]> = [
    ["fr", "Je ne suis pas content du tout.", true],
    ["fr", "Pas en colère, juste déçu du résultat.", false],
    ["fr", "Ce n'est pas un scandale, c'est un ajustement comptable.", false],
    ["en", "I'm not happy. You promised a call back.", true],
    ["en", "Not angry, just disappointed in the result.", false],
    ["en", "I've never been so angry with a company.", true],
    ["en", "That isn't acceptable, and you know it!!", true],
  ];
  it.each(NEGATION)("[%s] negation: %s → heated %s", (lang, text, expected) => {
    expect(heated(lang, text)).toBe(expected);
  });

  const INTENSIFIED: Array<[Lang, string, string]> = [
    ["en", "annoyed with my broker", "so annoyed with my broker"],
    ["fr", "agacé par ce service", "vraiment agacé par ce service"],
  ];
  it.each(INTENSIFIED)("[%s] an intensifier raises '%s' to heated ('%s')", (lang, plain, stronger) => {
    expect(heated(lang, plain)).toBe(false);
    expect(heated(lang, stronger)).toBe(true);
    expect(run(lang, stronger).score).toBeGreaterThan(run(lang, plain).score);
  });

  const REPORTED: Array<[Lang, string, string]> = [
    ["en", "The CEO said he was furious about the delay.", "I am furious about the delay."],
    ["en", "Investors were angry after the rights issue, the FT reports.", "I am angry after the rights issue."],
    ["fr", "Le PDG s'est dit furieux du retard.", "Je suis furieux du retard."],
    ["fr", "Les épargnants sont en colère après la baisse du Livret A, rapporte Le Monde.", "Je suis en colère après la baisse du Livret A."],
  ];
  it.each(REPORTED)("[%s] reported anger is calm: '%s' (but '%s' is heated)", (lang, reported, own) => {
    expect(heated(lang, reported)).toBe(false);
    expect(heated(lang, own)).toBe(true);
  });
});
