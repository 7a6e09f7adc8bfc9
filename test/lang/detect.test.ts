import { detectLanguage, detectLanguageAsync, loadLanguageStatistics, needsStatistics } from "../../src/lang/detect.js";

describe("needsStatistics (franc is the slow path: only drafts the cues leave undecided go to it)", () => {
  it.each([
    ["Le rendement de l'OAT à 10 ans grimpe à 3,25 %, selon les données publiées ce matin", false],
    ["Climate risk: insurers paid out $110bn in natural catastrophe claims in 2025, Swiss Re estimates.", false],
    ["Court", false],
    // The cues tie (five function words each side, then `toujours` against `always`): franc decides.
    ["Bonjour / hello, merci / thanks, demain / tomorrow, oui / yes, toujours / always", true],
    // No function word leans, but common words of one language do (`ordre`, `morale`): no franc.
    ["Bolsonaro : ordre morale droiture respect ; Haddad mafia degeneree depravee", false],
  ] as const)("%s → %s", (text, slow) => {
    expect(needsStatistics(text)).toBe(slow);
  });
});

describe("detectLanguageAsync (what the engine calls: loads the statistics only when needed)", () => {
  it.each([
    ["La BCE baisse ses taux", "fr"],
    ["Les taux immobiliers reculent encore ce mois, une bonne nouvelle pour les emprunteurs", "fr"],
    ["Mortgage rates keep falling this month, good news for borrowers across the country", "en"],
  ])("%s → %s", async (text, lang) => {
    expect(await detectLanguageAsync(text)).toBe(lang);
  });
});

describe("detectLanguage", () => {
  beforeAll(loadLanguageStatistics);

  it.each([
    // Short drafts: too short for trigram statistics, decided by function words and elisions.
    ["Taux en hausse pour les emprunteurs", "fr"],
    ["Rates are up for borrowers", "en"],
    ["La BCE baisse ses taux", "fr"],
    ["The ECB cuts its rates", "en"],
    ["C'est la rentrée !", "fr"],
    ["It's payday!", "en"],
    ["Qu'en pensez-vous ?", "fr"],
    ["What do you think?", "en"],
    // A data release's shorthand: `y/y`, `q/q` are no French `y`, and `est` after a figure is `estimated` (session 32).
    ["UK GDP q/q 0.1% vs 0.2% est", "en"],
    ["UK CPI 2.6% y/y in Jan (ONS)", "en"],
    ["Le CAC 40 est en baisse de 1 %", "fr"],
    ["Il y a une hausse de 2 % sur un an", "fr"],
    // French typed without accents.
    ["la bce a baisse ses taux, c'est deja ca", "fr"],
    ["Ca va etre tres dur pour les epargnants cette annee", "fr"],
    ["Il fait tres beau aujourd'hui, on va a la plage", "fr"],
    ["les marches sont nerveux avant la reunion de la fed", "fr"],
    // Longer drafts (franc has its say).
    ["Le rendement de l'OAT à 10 ans grimpe à 3,25 %, l'écart avec le Bund atteint 80 pb, un plus haut depuis 2012.", "fr"],
    ["UK inflation fell to 1.7% in September, the lowest since April 2021, according to the ONS.", "en"],
    // Tweet furniture does not confuse it.
    ["@lesechos #BCE Les taux restent inchangés https://t.co/abc", "fr"],
    ["@Reuters #ECB Rates are unchanged https://t.co/abc", "en"],
    // Tweet abbreviations only one language uses.
    ["mdr jsp tkt demain", "fr"],
    ["lol idk tbh tomorrow", "en"],
  ] as const)("%s → %s", (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  // Headlines have few function words: the words of one language's common-word list (and not
  // the other's) decide them, with either fallback. Before, the first three fell back, and franc
  // read the fourth, a short English headline, as French.
  it.each([
    ["Oil drops", "en"],
    ["Metals settlement prices", "en"],
    ["Assurance habitation : hausse attendue", "fr"],
    ["Chipmaker beats revenue estimates, raises guidance", "en"],
    ["Immobilier ancien : prix encore orientes a la baisse", "fr"],
    ["Fund manager trims stake after weak quarter", "en"],
    // Acronyms and tickers are no cue: `EPA` is in the English list, not the French one.
    ["Nordvest (EPA:NDV) : Oddo BHF passe à Surperformance, OC 48 €", "fr"],
    // An accented word is never the English one it folds into (`hâte`, `hate`).
    ["Hâte !! 😍", "fr"],
  ] as const)("reads a headline by its words: %s → %s", (text, lang) => {
    expect(detectLanguage(text, "fr")).toBe(lang);
    expect(detectLanguage(text, "en")).toBe(lang);
  });

  it.each(["", "#BCE #ECB", "👍👍", "https://t.co/abc", "+1"])("falls back when nothing tells (%j)", (text) => {
    expect(detectLanguage(text, "fr")).toBe("fr");
    expect(detectLanguage(text, "en")).toBe("en");
  });
});
