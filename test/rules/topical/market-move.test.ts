import type { ResolvedConfig } from "../../../src/config/types.js";
import { rule } from "../../../src/rules/topical/index.js";
import type { Lang } from "../../../src/types.js";
import { makeContext } from "../../helpers/context.js";
import { preset } from "../../fixtures/quality/load.js";

const finance = preset("finance");
const config: Partial<ResolvedConfig> = { presets: [finance] };
const score = (text: string, lang: Lang) => rule.check(makeContext(text, { lang, config, options: { learned: false } })).score ?? 0;

describe("topical: a market's own move, however personal the aside (session 33, blind set set-er)", () => {
  it.each([
    ["Nasdaq en ATH. Mon portefeuille ? Non. 🙃", "Dow crosses 40,000 and I'm still explaining to my dad that it doesn't matter 😂"],
    ["L'or à 2700$. Qui l'avait vu venir ? Pas moi", "Gold at another all time high and nobody at my office has noticed"],
    ["Le CAC vient de casser les 7200, prochain support que je vois vers 7050", "BTC @ 100000 and I sold at 30k, of course"],
    ["Quelqu'un a compris pourquoi Worldline prend -15% aujourd'hui ?? j'ai raté une news ?", "Why is Nvidia -8% today? did I miss something"],
    ["LVMH -7% après les ventes Asie. J'ai pas vendu, j'ai pas acheté, j'ai juste fermé l'appli", "VIX at 38. Last time I saw that I was panic selling in March 2020"],
  ])("on topic: %s | %s", (fr, en) => {
    expect(score(fr, "fr")).toBeGreaterThanOrEqual(0.5);
    expect(score(en, "en")).toBeGreaterThanOrEqual(0.5);
  });

  it.each([
    // A company at a price is a purchase; a market's word in another sense is no market.
    ["Ma Renault à 2000 € sur Leboncoin, qui est chaud ?", "Sold my old Peugeot at 1500 quid, felt like a steal"],
    ["J'ai cassé mon téléphone ce matin, journée parfaite", "my gold chain broke at the gym, great start to the week"],
    // A customer's product is no market; folded, `à` would be the English article `a`: a price is read as written.
    ["Ma Mutuelle +11 %. Mon salaire +0 %. Cherchez l'erreur", "Fixed the squeaky hinge. One can of oil and a 3-minute video. Feeling unstoppable"],
  ])("off topic: %s | %s", (fr, en) => {
    expect(score(fr, "fr")).toBeLessThan(0.5);
    expect(score(en, "en")).toBeLessThan(0.5);
  });
});

describe("topical: a lottery's jackpot is no amount of the sector (session 33, blind set set-et)", () => {
  it.each([
    ["Loto : pas de gagnant samedi, 9 M€ en jeu lundi", "Powerball jackpot climbs to $1.8 billion, the second-largest in US lottery history"],
    ["EuroMillions : un Français remporte le jackpot de 166 millions d'euros", "EuroMillions: a UK ticket-holder has won tonight's £177m jackpot"],
  ])("off topic: %s | %s", (fr, en) => {
    expect(score(fr, "fr")).toBeLessThan(0.5);
    expect(score(en, "en")).toBeLessThan(0.5);
  });

  it("keeps a lottery operator's results on topic", () => {
    expect(score("La FDJ publie un chiffre d'affaires de 2,8 Md€, porté par l'EuroMillions", "fr")).toBeGreaterThanOrEqual(0.5);
    expect(score("Lottery operator Allwyn reports revenue of €7.6bn, up 12% on the year", "en")).toBeGreaterThanOrEqual(0.5);
  });
});

describe("topical: no customer holds the Fed (session 33, blind set set-er)", () => {
  // The customer's-voice model reads these as a customer's register; a market or a central bank named keeps them the sector's.
  const learned = (text: string, lang: Lang) => rule.check(makeContext(text, { lang, config, options: {} })).score ?? 0;
  it.each([["Mes puts CAC ont fini à zéro. Merci qui ? Merci Powell.", "Fed cut 50. Everyone who was SO sure it'd be 25, please line up on the left"]])(
    "on topic: %s | %s",
    (fr, en) => {
      expect(learned(fr, "fr")).toBeGreaterThanOrEqual(0.5);
      expect(learned(en, "en")).toBeGreaterThanOrEqual(0.5);
    },
  );

  it.each([
    [
      "Repas de famille : mon oncle m'a encore demandé s'il fallait acheter du bitcoin. J'ai changé de sujet.",
      "Sports day! She came 5th out of 6 in the egg-and-spoon race and celebrated like she'd won gold 🥚🥄",
    ],
  ])("everyone's words are no market's name: %s | %s", (fr, en) => {
    expect(learned(fr, "fr")).toBeLessThan(0.5);
    expect(learned(en, "en")).toBeLessThan(0.5);
  });
});
