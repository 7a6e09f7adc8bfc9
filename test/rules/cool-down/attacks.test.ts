// Second-person attacks ("vous êtes des …", "you people", "shame on you") next to calm second
// person ("vous êtes nombreux", "you are invited").
import type { Lang } from "../../../src/types.js";
import { heated, kinds } from "./helpers.js";

const ATTACKS: Array<[Lang, string]> = [
  ["en", "You people never learn, do you?"],
  ["en", "Shame on you @InsureCo"],
  ["en", "How dare you charge me a fee for your mistake"],
  ["en", "you bunch of crooks"],
  ["en", "You are liars."],
  ["fr", "Vous êtes des voleurs."],
  ["fr", "Bande d'incapables"],
  ["fr", "Honte à vous @AssurMachin"],
  ["fr", "T'es vraiment un abruti"],
  ["fr", "Espèce d'escroc, rends l'argent"],
  ["fr", "Tais-toi, tu n'y connais rien"],
];

const CALM: Array<[Lang, string]> = [
  ["en", "You are invited to our webinar on Thursday."],
  ["en", "Thank you all for coming to the AGM."],
  ["en", "You can now open an account in five minutes."],
  ["fr", "Vous êtes des milliers à nous suivre : merci !"],
  ["fr", "Vous êtes invités à notre webinaire jeudi."],
  ["fr", "Des voleurs ont dérobé des données clients, selon la banque."],
  ["fr", "Tu peux ouvrir un compte en cinq minutes."],
];

describe("cool-down: second-person attacks", () => {
  it.each(ATTACKS)("[%s] fires: %s", (lang, text) => {
    expect(heated(lang, text)).toBe(true);
    expect(kinds(lang, text)).toContain("attack");
  });
  it.each(CALM)("[%s] stays calm: %s", (lang, text) => {
    expect(heated(lang, text)).toBe(false);
  });
});
