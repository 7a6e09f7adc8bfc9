// Placeholders and notes to self left in a draft (`TODO :`, `[brouillon]`, `insert link here`):
// failing and passing examples, French and English side by side, written for these tests.
import { check, slice } from "../../helpers/not-empty.js";

const PLACEHOLDER = /placeholder|texte provisoire/;

describe("not-empty: placeholders", () => {
  it.each([
    ["TODO : chiffre de la collecte + lien vers l'étude", "TODO :", "TODO: Q3 figure + link to the study", "TODO:"],
    ["[brouillon] annonce du partenariat avec l'assureur", "[brouillon]", "[draft] partnership news with the insurer", "[draft]"],
    ["Retour sur la table ronde d'hier, mettre ici la photo du panel", "mettre ici", "Recap of yesterday's round table, insert panel photo here", "insert panel photo here"],
    ["Nouveau livret épargne : taux à [chiffre] dès lundi", "[chiffre]", "New savings account: rate at [figure] from Monday", "[figure]"],
    ["Webinaire jeudi sur la retraite. Visuel à venir, lien à compléter", "Visuel à venir", "Pension webinar on Thursday. Headline copy goes here", "Headline copy goes here"],
  ])("%s → %j | %s → %j", (fr, frWords, en, enWords) => {
    for (const [text, lang, words] of [[fr, "fr", frWords], [en, "en", enWords]] as const) {
      const out = check(text, lang);
      expect(out.score).toBe(0);
      expect(out.findings.some((f) => slice(text, f).includes(words) && PLACEHOLDER.test(f.message))).toBe(true);
    }
  });

  it("says a note once, not again as filler", () => {
    const text = "[placeholder: key takeaways from the panel, add before noon]";
    const out = check(text, "en");
    expect(out.findings).toHaveLength(1);
    expect(slice(text, out.findings[0]!)).toBe(text);
  });

  it.each([
    ["Le projet de texte (article 12) plafonne les frais à 3 %, selon l'AMF", "Draft rules from the FCA would cap fees at 0.5% (consultation paper CP24/12)"],
    ["Ajouter une ligne au contrat coûte 40 € par an : le comparatif de l'UFC-Que Choisir", "Adding a named driver here costs £40 a year, the ABI says"],
    ["La BCE publie son bilan : 6 400 Md€ fin octobre (brouillon du rapport annuel attendu en mars)", "Draft budget: the OBR expects 2.1% growth in 2027, down from 2.4% (Treasury)"],
  ])("no placeholder in news that uses the words: %s | %s", (fr, en) => {
    for (const [text, lang] of [[fr, "fr"], [en, "en"]] as const) {
      expect(check(text, lang).findings.filter((f) => PLACEHOLDER.test(f.message))).toEqual([]);
    }
  });
});

describe("not-empty: placeholders anywhere in the draft (session 6)", () => {
  it.each([
    ["Conférence annuelle le 12 mars, lieu TBC", "TBC", "Annual conference on 12 March, venue TBD", "TBD"],
    ["Notre rapport climat 2025 [à valider par la direction] est en ligne", "[à valider par la direction]", "Our 2025 climate report [legal to approve, TBC] is out", "[legal to approve, TBC]"],
    ["Nouvelle offre jeunes actifs - à compléter", "- à compléter", "New offer for young savers. TODO: add the rate", "TODO"],
  ])("%s → %j | %s → %j", (fr, frWords, en, enWords) => {
    for (const [text, lang, words] of [[fr, "fr", frWords], [en, "en", enWords]] as const) {
      const out = check(text, lang);
      expect(out.score).toBe(0);
      expect(out.findings.some((f) => slice(text, f).includes(words) && PLACEHOLDER.test(f.message))).toBe(true);
    }
  });
});

describe("not-empty: a call to act is not a note to self", () => {
  it("leaves `Add the event to your calendar here` and `Ajoutez votre question ici` alone", () => {
    for (const [text, lang] of [
      ["Webinaire retraite jeudi à 12 h avec notre économiste. Ajoutez votre question ici : https://exemple.fr/q", "fr"],
      ["Pension webinar on Thursday at noon with our economist. Add the event to your calendar here: https://example.com/ics", "en"],
    ] as const)
      expect(check(text, lang).findings.filter((f) => PLACEHOLDER.test(f.message))).toEqual([]);
  });
});

describe("not-empty: more notes to self (session 7)", () => {
  it.each([
    ["[Com : chiffres T2 ici une fois validé]", "[Com : chiffres T2 ici une fois validé]", "[IR: Q2 copy to go here once approved]", "[IR: Q2 copy to go here once approved]"],
  ])("%s → %j | %s → %j", (fr, frWords, en, enWords) => {
    for (const [text, lang, words] of [[fr, "fr", frWords], [en, "en", enWords]] as const) {
      const out = check(text, lang);
      expect(out.score).toBe(0);
      expect(out.findings.some((f) => slice(text, f) === words)).toBe(true);
    }
  });

  it("reads `xxx` opening a draft as a placeholder, not `xxx` closing a message", () => {
    const out = check("xxx tweet abt Q3 here", "en");
    expect(out.findings.map((f) => slice("xxx tweet abt Q3 here", f))).toContain("xxx");
    expect(check("Lovely dinner with the whole family tonight, thank you all xxx", "en").findings.filter((f) => /placeholder/.test(f.message))).toEqual([]);
  });

  it("reads `+1,` as `+1`", () => {
    for (const [text, lang] of [["+1, je plussoie", "fr"], ["+1, couldn't have said it better", "en"]] as const)
      expect(check(text, lang).findings.some((f) => slice(text, f) === "+1")).toBe(true);
  });
});

describe("not-empty: a French note of what is left to write (session 7)", () => {
  it("reads `[accroche à trouver]` and `[tweet résultats T3 à rédiger]` as placeholders", () => {
    for (const text of ["[accroche à trouver] #immobilier", "[tweet résultats T3 à rédiger]"]) {
      const out = check(text, "fr");
      expect(out.score).toBe(0);
      expect(out.findings.some((f) => /placeholder|provisoire/.test(f.message))).toBe(true);
    }
    expect(check("Les taux à trouver chez les courtiers cette semaine : 3,1 % sur 20 ans, selon Meilleurtaux", "fr").findings).toEqual([]);
  });
});

describe("not-empty: notes to self without brackets (session 8)", () => {
  it.each([
    ["note pour moi : retrouver le chiffre de la collecte avant de publier", "note pour moi : retrouver", "Note to self: redo this one before Friday", "Note to self: redo"],
    ["À compléter avant publi", "À compléter", "swap the header image before this goes out", "before this goes out"],
  ])("%s → %j | %s → %j", (fr, frWords, en, enWords) => {
    for (const [text, lang, words] of [[fr, "fr", frWords], [en, "en", enWords]] as const) {
      const out = check(text, lang);
      expect(out.score).toBe(0);
      expect(out.findings.some((f) => slice(text, f).includes(words) && PLACEHOLDER.test(f.message))).toBe(true);
    }
  });

  it("leaves a joke to oneself and a headline list alone", () => {
    for (const [text, lang] of [
      ["Note pour moi : ne plus jamais faire les soldes un samedi", "fr"],
      ["À relire : budget record, évacuations en raison des pluies", "fr"],
      ["Note to self: never buy a sofa on a Sunday again", "en"],
    ] as const)
      expect(check(text, lang).findings.filter((f) => PLACEHOLDER.test(f.message))).toEqual([]);
  });
});

describe("not-empty: what to add before sign-off (session 9)", () => {
  it("fails a note of what to add before validation", () => {
    const text = "post épargne salariale - ajouter chiffre + visuel avant validation";
    const out = check(text, "fr");
    expect(out.score).toBe(0);
    expect(out.findings.some((f) => slice(text, f).includes("ajouter chiffre") && PLACEHOLDER.test(f.message))).toBe(true);
  });
});

describe("not-empty: a note to self that names a quarter (session 9)", () => {
  it.each([
    ["Ajouter les chiffres du T3 + le lien avant validation", "fr", "Ajouter les chiffres du T3"],
    ["note to self: drop the Q3 numbers in here before posting", "en", "drop the Q3 numbers"],
    ["[insert Q3 stat here] + link", "en", "insert Q3 stat here"],
  ] as const)("fails %s", (text, lang, words) => {
    const out = check(text, lang);
    expect(out.score).toBe(0);
    expect(out.findings.some((f) => slice(text, f).includes(words) && PLACEHOLDER.test(f.message))).toBe(true);
  });
});
