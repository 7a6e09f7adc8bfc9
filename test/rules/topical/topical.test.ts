import type { Headline, ResolvedConfig } from "../../../src/config/types.js";
import { rule } from "../../../src/rules/topical/index.js";
import type { Lang } from "../../../src/types.js";
import { makeContext } from "../../helpers/context.js";
import { preset } from "../../fixtures/quality/load.js";

const finance = preset("finance");
function check(text: string, config: Partial<ResolvedConfig>, lang: Lang = "fr", options = {}) {
  return rule.check(makeContext(text, { lang, config, options }));
}

describe("topical", () => {
  it("judges nothing without topics, presets or headlines", () => {
    expect(check("Déjeuner au soleil", {})).toEqual({ findings: [] });
  });

  describe("configured topics: accents, case, hyphens, plurals, tags", () => {
    const topics = ["taux", "assurance-vie", "rate", "#épargne", "$BNP", "Crédit Agricole", "BCE"];
    it.each([
      ["Les TAUX remontent", "taux"],
      ["L'assurance vie reste le placement préféré", "assurance-vie"],
      ["L'assurance-vie reste le placement préféré", "assurance-vie (hyphen in the draft)"],
      ["Mortgage rates are rising", "rate/rates"],
      ["Tout savoir sur l'#epargne", "#épargne without accent"],
      ["$bnp recule", "$BNP"],
      ["Le credit agricole publie", "Crédit Agricole without accents"],
      ["la bce se réunit jeudi", "BCE in lower case (user topics are case-insensitive)"],
    ])("on topic: %s (%s)", (text) => {
      const out = check(text, { topics });
      expect(out.score).toBeGreaterThanOrEqual(0.5);
      expect(out.findings).toEqual([]);
    });

    it.each([
      ["On parle d'épargne", "#épargne only matches the hashtag"],
      ["BNP recule", "$BNP only matches the cashtag"],
      ["Soirée raclette", "nothing"],
    ])("off topic: %s (%s)", (text) => {
      const out = check(text, { topics });
      expect(out.score).toBeLessThan(0.5);
      expect(out.findings).toHaveLength(1);
    });
  });

  describe("finance preset, French and English side by side", () => {
    it.each([
      ["La BCE abaisse ses taux directeurs de 25 pb", "The ECB cut its deposit rate by 25 basis points"],
      ["Le CAC 40 termine en hausse de 0,8 %", "Wall Street closes higher as Treasury yields fall"],
      ["Livret A : le taux reste à 2,4 %", "UK savers move cash into ISAs as savings rates peak"],
      ["Les assureurs face à la hausse des sinistres climatiques", "Insurers face record wildfire claims as climate risk grows"],
      ["Revolut obtient sa licence bancaire", "Klarna files for an IPO in New York"],
      ["Le bitcoin franchit les 90 000 dollars", "Bitcoin tops $100,000 for the first time"],
      ["Inflation : les prix ralentissent en octobre", "US inflation slows to 2.6% in October"],
      ["Moody's abaisse la note de la France", "Moody's cuts France's outlook to negative"],
      // Advisers' words (blind set HB, session 15), and a phrase written with its comma.
      ["La clause bénéficiaire standard ne convient pas aux familles recomposées", "Buy now, pay later needs an affordability check on the first purchase"],
      // Words of sets HP–HU (session 16): debts in arrears, a bank holding company, actuaries' work, dental cover.
      ["Impayés d'énergie : les ménages en plan d'apurement demandent une trêve", "Westbury Bancorp asks staff back to the office four days a week"],
      ["La fonction actuarielle doit peser sur le provisionnement", "Meridian Life freezes hiring except for actuarial roles"],
      ["L'assurance dentaire reste chère pour les retraités", "US dental benefits enrollment reached 285 million people"],
      // …and sets IJ to IN: actuaries' tables, audit, a branch going cashless.
      ["Pour les tables de provisionnement, la mortalité de 2024 compte #actuariat", "AIB's Ballinrobe branch will go cashless from 1 June"],
      ["Les commissaires aux comptes relèvent des faiblesses sur les estimations comptables", "Audit committees should stop celebrating fee cuts: that is where restatements come from"],
    ])("on topic: %s | %s", (fr, en) => {
      expect(check(fr, { presets: [finance] }, "fr").score).toBeGreaterThanOrEqual(0.5);
      expect(check(en, { presets: [finance] }, "en").score).toBeGreaterThanOrEqual(0.5);
    });

    it.each([
      ["Il pleut et j'ai oublié mon parapluie", "It's raining and I forgot my umbrella"],
      ["Pizza devant une série ce soir", "Pizza and a movie tonight"],
      ["Mon chat dort sur le clavier", "My cat is asleep on my keyboard"],
      ["Marre de cette grippe, troisième semaine", "Fed up with this cold, third week of sneezing"],
      ["Pont du 1er mai : banque alimentaire ouverte samedi", "Bank holiday weekend, the river bank is packed"],
      // `revenues` in French is `revenir` (came back), not the English topic (set HO, session 16).
      ["Les hirondelles sont revenues sous le hangar, comme chaque année", "The swallows are back under the barn roof, like every spring"],
    ])("off topic: %s | %s", (fr, en) => {
      expect(check(fr, { presets: [finance] }, "fr").findings).toHaveLength(1);
      expect(check(en, { presets: [finance] }, "en").findings).toHaveLength(1);
    });

    it("matches the other language's list too (bilingual tweets)", () => {
      expect(check("Très bonne analyse sur la Fed et le FOMC", { presets: [finance] }, "fr").score).toBeGreaterThanOrEqual(0.5);
      expect(check("Great thread on l'assurance-vie", { presets: [finance] }, "en").score).toBeGreaterThanOrEqual(0.5);
    });

    it("wants short acronyms written as acronyms (PER, SEC, Fed), not everyday words", () => {
      expect(check("Le PER séduit les indépendants", { presets: [finance] }).score).toBeGreaterThanOrEqual(0.5);
      expect(check("Three per day, per person", { presets: [finance] }, "en").score).toBeLessThan(0.5);
    });
  });

  describe("headlines from news feeds", () => {
    const headlines: Headline[] = [
      { title: "Airbus livre 77 avions en octobre, cadence record", date: "2026-11-25T10:00:00Z", source: "news.xml" },
      { title: "Grève à la SNCF : trafic perturbé jeudi", date: "2026-11-24T10:00:00Z", source: "news.xml" },
    ];
    it("counts a draft sharing two content words with a headline as current", () => {
      const out = check("Cadence record chez Airbus ce mois-ci", { headlines });
      expect(out.score).toBeGreaterThanOrEqual(0.8);
      expect(out.findings).toEqual([]);
    });
    it("names the headline a draft only brushes", () => {
      const out = check("Le trafic est dense ce matin", { headlines }, "fr");
      expect(out.findings).toHaveLength(1);
      expect(out.findings[0]!.message).toContain("« trafic »");
      expect(out.findings[0]!.message).toContain("Grève à la SNCF");
    });
    it("suggests a recent headline when off topic", () => {
      const out = check("Soirée raclette", { headlines }, "fr");
      expect(out.findings[0]!.suggestion).toContain("Airbus livre 77 avions");
    });
  });

  it("reports one finding over the whole draft, in the locale asked", () => {
    const text = "Pizza ce soir";
    const fr = rule.check(makeContext(text, { lang: "fr", locale: "fr", config: { presets: [finance] } }));
    const en = rule.check(makeContext(text, { lang: "fr", locale: "en", config: { presets: [finance] } }));
    expect(fr.findings[0]).toMatchObject({ start: 0, end: text.length });
    expect(fr.findings[0]!.message).toMatch(/^Ce brouillon ne touche/);
    expect(en.findings[0]!.message).toMatch(/^This draft does not touch/);
    expect(en.findings[0]!.suggestion).toMatch(/e\.g\. “/);
  });

  it("quotes, as topics to tie to, the user's topics of the draft's language (the presets say which) and the topics no preset lists", () => {
    // The examples' own configuration: topics in both languages, unlabelled, and a firm's product.
    const config = { presets: [finance], topics: ["BCE", "taux directeurs", "ECB", "interest rates", "GreenSave Plus"] };
    const fr = check("Raclette ce soir avec les amis", config, "fr").findings[0]!.suggestion!;
    const en = check("New running shoes arrived today", config, "en").findings[0]!.suggestion!;
    expect(fr).toContain("« BCE », « taux directeurs », « GreenSave Plus »");
    expect(en).toContain("“ECB”, “interest rates”, “GreenSave Plus”");
    // Without presets nothing says which language a topic is in: all are quoted, as written.
    const bare = check("New running shoes arrived today", { topics: config.topics }, "en").findings[0]!.suggestion!;
    expect(bare).toContain("“BCE”, “taux directeurs”, “ECB”");
  });

  it("takes a threshold option", () => {
    const config = { topics: ["taux"], headlines: [] };
    expect(check("Les taux", config, "fr", { threshold: 0.9 }).findings).toHaveLength(1);
    expect(check("Soirée raclette", config, "fr", { threshold: 0 }).findings).toEqual([]);
  });
});

describe("topical: sector-sized amounts count as a topic when a preset is on", () => {
  it.each([
    ["TotalEnergies rachète un producteur allemand pour 1,6 milliard d'euros", "fr"],
    ["Qonto lève 500 millions d'euros pour se développer en Europe", "fr"],
    ["Microsoft agreed to buy a startup for $3bn in its biggest deal this year", "en"],
    ["The group will spend €2 billion on new plants by 2028", "en"],
  ] as Array<[string, Lang]>)("on topic: %s", (text, lang) => {
    expect(check(text, { presets: [finance] }, lang).findings).toEqual([]);
  });

  it.each([
    ["J'ai payé 12 € mon sandwich ce midi", "fr"],
    ["I paid $12 for lunch and it was cold", "en"],
    ["Il y a 2 millions de raisons d'aimer l'automne", "fr-no-preset"],
  ] as Array<[string, string]>)("not a topic: %s", (text, lang) => {
    const presets = lang === "fr-no-preset" ? [] : [finance];
    const out = check(text, { presets, topics: lang === "fr-no-preset" ? ["BCE"] : [] }, lang.slice(0, 2) as Lang);
    expect(out.findings).toHaveLength(1);
  });
});

describe("topical: everyday words that are also sector words need company (weakTopics)", () => {
  const on = (text: string, lang: Lang) => (check(text, { presets: [finance] }, lang).score ?? 0) >= 0.5;

  it.each([
    ["Encore 2 heures au téléphone avec ma banque", "The queue at the bank was 45 minutes this morning"],
    ["Médaille d'or pour le relais ce matin", "Gold medal for the relay team this morning"],
    ["On a enfin trouvé le livret de famille", "The kids traded cards, the exchange rate was one for five"],
  ])("one everyday word alone is not a topic: %s | %s", (fr, en) => {
    expect(on(fr, "fr")).toBe(false);
    expect(on(en, "en")).toBe(false);
  });

  it.each([
    ["L'or grimpe de 1,2 % à la mi-séance", "Gold climbs 1.2% in early trading"],
    ["L'euro tombe sous 1,05 dollar", "Sterling slides to $1.21 against all odds"],
    ["La banque relève ses taux sur les livrets", "Banks tighten lending as loan demand falls"],
  ])("with a percentage, a money figure or another such word it is: %s | %s", (fr, en) => {
    expect(on(fr, "fr")).toBe(true);
    expect(on(en, "en")).toBe(true);
  });

  it.each([
    ["Mon fils a 42 euros d'économies dans sa tirelire", "My savings for the trip: 600 dollars so far"],
    ["J'ai changé de banque pour un meilleur crédit", "I moved to another bank for a better loan"],
  ])("in a first-person draft, prices and pairs of everyday words stay personal: %s | %s", (fr, en) => {
    expect(on(fr, "fr")).toBe(false);
    expect(on(en, "en")).toBe(false);
  });

  it("still counts a sector topic or a percentage in a first-person draft", () => {
    expect(on("Je note que la BCE baisse ses taux", "fr")).toBe(true);
    expect(on("My bank's savings rate drops to 3.1% next month", "en")).toBe(true);
  });

  it("says which everyday word it saw, in the locale asked", () => {
    const fr = rule.check(makeContext("Encore 2 heures au téléphone avec la banque", { lang: "fr", locale: "fr", config: { presets: [finance] } }));
    const en = rule.check(makeContext("Called the bank this morning", { lang: "en", locale: "en", config: { presets: [finance] } }));
    expect(fr.findings[0]!.message).toContain("« banque »");
    expect(fr.findings[0]!.message).toMatch(/mot de tous les jours/);
    expect(en.findings[0]!.message).toContain("“bank”");
    expect(en.findings[0]!.message).toMatch(/everyday word/);
  });

  it("says when the everyday words are the author's own, and agrees with their number", () => {
    const message = (text: string, lang: Lang) => rule.check(makeContext(text, { lang, locale: lang, config: { presets: [finance] } })).findings[0]!.message;
    expect(message("Mon assureur a encore augmenté ma cotisation de 12 %", "fr")).toMatch(/histoire personnelle : « assureur », « cotisation » y sont à vous .*, ses chiffres non plus\.$/);
    expect(message("Forty minutes on hold with my bank again", "en")).toMatch(/story of your own life: “bank” is yours here .*not the sector's news\.$/);
    expect(message("J'ai changé de banque pour un meilleur crédit", "fr")).toMatch(/« banque », « crédit » sont aussi des mots de tous les jours/);
    expect(message("I moved to another bank for a better loan", "en")).toMatch(/“bank”, “loan” are also everyday words/);
  });

  it("leaves the user's own topics as given (a topic word is never weak there)", () => {
    expect(check("On parle banque ce soir", { topics: ["banque"] }).findings).toEqual([]);
    expect(check("Talking banks tonight", { topics: ["bank"] }, "en").findings).toEqual([]);
  });
});

describe("topical: amounts, French and English side by side", () => {
  it.each([
    ["Mistral AI lève 600 M€ auprès de fonds américains", "Monzo was handed a £21m penalty by the FCA"],
    ["Le groupe cède sa filiale pour 1,6 Md€", "KKR buys the network in a EUR22bn deal"],
    ["Un contrat de 500 millions d'euros pour Alstom", "Airbus wins a $500 million order"],
  ])("on topic: %s | %s", (fr, en) => {
    expect(check(fr, { presets: [finance] }, "fr").findings).toEqual([]);
    expect(check(en, { presets: [finance] }, "en").findings).toEqual([]);
  });

  it.each([
    ["Il y a 2 millions de raisons d'aimer l'automne", "Thanks for 2 million views on my cat video"],
    ["Le mur fait 10 m de haut", "The wall is 10 m high"],
  ])("millions without a currency are not an amount: %s | %s", (fr, en) => {
    expect(check(fr, { presets: [finance] }, "fr").findings).toHaveLength(1);
    expect(check(en, { presets: [finance] }, "en").findings).toHaveLength(1);
  });
});

describe("topical: market moves back everyday sector words; joined and possessive names match", () => {
  const on = (text: string, lang: Lang) => (check(text, { presets: [finance] }, lang).score ?? 0) >= 0.5;

  it.each([
    ["L'or poursuit son ascension", "Gold extends gains for a third day"],
    ["Le yen au plus haut depuis mai", "The yen weakens past a key level"],
  ])("a move backs an everyday sector word: %s | %s", (fr, en) => {
    expect(on(fr, "fr")).toBe(true);
    expect(on(en, "en")).toBe(true);
  });

  it.each([["Le moral en hausse après les vacances", "Temperatures climbed all afternoon"]])(
    "a move alone is not a topic: %s | %s",
    (fr, en) => {
      expect(on(fr, "fr")).toBe(false);
      expect(on(en, "en")).toBe(false);
    },
  );

  it("reads S&P, M&A and P&C, and English possessives of sector names", () => {
    expect(on("S&P abaisse la note de la Belgique", "fr")).toBe(true);
    expect(on("Les M&A reprennent dans l'assurance", "fr")).toBe(true);
    expect(on("BoE's Bailey sounds cautious", "en")).toBe(true);
    expect(on("P&C pricing softens at mid-year", "en")).toBe(true);
  });
});

describe("topical: ratios and acronyms in the possessive (session 6)", () => {
  const on = (text: string, lang: Lang) => (check(text, { presets: [finance] }, lang).score ?? 0) >= 0.5;

  it("reads a ratio (`1 sur 3`, `1 in 5`) as a share that backs an everyday sector word", () => {
    // (`assurance` alone: `assurance cyber` is a topic of its own since session 22.)
    expect(on("Une PME sur trois n'a aucune assurance", "fr")).toBe(false);
    // (The lists alone: the learned model reads this one as the sector's news, rightly.)
    expect((check("Une PME sur 3 n'a aucune assurance, selon le baromètre annuel", { presets: [finance] }, "fr", { learned: false }).score ?? 0) >= 0.5).toBe(false);
    expect(on("1 PME sur 3 n'a aucune assurance, selon le baromètre annuel", "fr")).toBe(true);
    expect(on("1 in 4 renters has no contents insurance, a survey finds", "en")).toBe(true);
    expect(on("Finished 2 of the 3 books on holiday, the insurance thriller was best", "en")).toBe(false);
  });

  it("does not read `mois` (month) as `moi`: a weak topic with a monthly price is the sector's", () => {
    expect(on("Nouvelle assurance habitation pour étudiants, à partir de 4,90 € par mois", "fr")).toBe(true);
    expect(on("Pour moi, l'assurance habitation à 4,90 € c'est trop cher", "fr")).toBe(false);
  });

  it("knows insurance products and public pension schemes, as everyday words that need company", () => {
    expect(on("New: contents cover for renters from £5.50 a month, cancel any time", "en")).toBe(true);
    expect(on("Contents cover sorted before the move, finally", "en")).toBe(false);
    expect(on("13e rente AVS : le Conseil fédéral propose de la financer par la TVA", "fr")).toBe(true);
  });

  it("knows regulators beyond France, the UK, the US and the euro area", () => {
    expect(on("La FSMA ajoute 14 sites de trading frauduleux à sa liste noire", "fr")).toBe(true);
    expect(on("ASIC sues a CFD issuer over design and distribution failures", "en")).toBe(true);
    expect(on("Mas de 20 personnes à la fête du village, quelle ambiance", "fr")).toBe(false);
  });

  it("reads an upper-case acronym in the possessive as the acronym", () => {
    expect(on("The FCA's chief executive speaks at noon in Leeds", "en")).toBe(true);
    expect(on("The fca's new rules", "en")).toBe(false);
  });
});

describe("topical: household finance, public schemes and the sector's own institutions (session 7)", () => {
  it.each([
    ["En Wallonie, les allocations familiales sont indexées ce mois-ci, annonce l'agence", "The credit union movement keeps growing across the Midwest this year"],
    ["Au Québec, la vraie question n'est pas CELI ou REER mais l'ordre dans lequel les utiliser", "The RRSP vs TFSA debate is overdone for lower-income Canadians"],
    ["L'éducation financière devrait être enseignée au lycée, avec de vrais budgets", "Financial literacy campaigns put the whole burden on the customer"],
  ])("judges on-topic: %s | %s", (fr, en) => {
    expect(check(fr, { presets: [finance] }, "fr").score).toBeGreaterThanOrEqual(0.5);
    expect(check(en, { presets: [finance] }, "en").score).toBeGreaterThanOrEqual(0.5);
  });

  it("keeps everyday sector words of a personal story off-topic (an ATM, a student loan, a tax return)", () => {
    for (const text of ["the ATM ate my card on a saturday night so I guess I'm staying in", "Finally paid off my student loan!!! 🎉", "Finally filed the tax return for the farm shop. Rewarding myself with a pasty"])
      expect(check(text, { presets: [finance] }, "en").score).toBeLessThan(0.5);
    expect(check("Le distributeur de billets m'a avalé ma carte samedi soir, soirée pizza à la maison", { presets: [finance] }, "fr").score).toBeLessThan(0.5);
  });
});

describe("topical: tax, insurance supervision, late payments and mobile money (session 7)", () => {
  it.each([
    ["Barème kilométrique : revalorisation de 5,4 % pour les revenus de l'an dernier, à regarder avant de cocher les frais réels", "Tax Day reminder: Form 4868 extends the deadline to file, not the deadline to pay"],
    ["L'ORSA est devenu un exercice de rédaction plus qu'un outil de pilotage", "Internal model vs standard formula is the wrong debate for most insurers"],
    ["Orange Money supprime les frais sur les petits transferts entre particuliers", "Late payments are the quiet killer of small firms, and payment practices reporting barely helps"],
  ])("judges on-topic: %s | %s", (fr, en) => {
    expect(check(fr, { presets: [finance] }, "fr").score).toBeGreaterThanOrEqual(0.5);
    expect(check(en, { presets: [finance] }, "en").score).toBeGreaterThanOrEqual(0.5);
  });

  it("keeps a bill, a union and an inheritance told as a story off-topic", () => {
    expect(check("Facture d'électricité de janvier : 148 €. Le radiateur va devoir se faire discret 🥶", { presets: [finance] }, "fr").score).toBeLessThan(0.5);
    expect(check("La CGT appelle à manifester jeudi dans toute la ville", { presets: [finance] }, "fr").score).toBeLessThan(0.5);
    expect(check("Our CFO brought cake for the whole floor today and nobody knows why", { presets: [finance] }, "en").score).toBeLessThan(0.5);
  });
});

describe("topical: plural acronyms and branch networks (session 8)", () => {
  it("reads `ATMs` and `CBDCs` as the acronyms listed", () => {
    expect(check("Bank of Ireland will close 22 more ATMs in rural areas, RTÉ reports.", { presets: [finance] }, "en").findings).toEqual([]);
    expect(check("CBDCs solve a problem most retail users don't feel they have.", { presets: [finance] }, "en").findings).toEqual([]);
  });

  it("reads branch and card news in French as banking", () => {
    expect(check("Desjardins fermera 12 points de service en Estrie d'ici septembre ; les guichets automatiques seront maintenus.", { presets: [finance] }).findings).toEqual([]);
    expect(check("Incident résolu : la panne de notre prestataire monétique est réparée, aucun double débit constaté.", { presets: [finance] }).findings).toEqual([]);
  });

  it("still leaves a name that is also a word alone (Rand Paul is no currency)", () => {
    expect(check("Real leaders like Rand, Cruz and Lee actually exist. Fight or go home.", { presets: [finance] }, "en").findings).not.toEqual([]);
  });
});

describe("topical: payments standards, beneficial owners, car cover, branch closures (session 9)", () => {
  it.each([
    ["Le registre des bénéficiaires effectifs redevient consultable par les journalistes. #LCBFT", "Great day at #Sibos: ISO 20022 migration is now complete for member banks."],
    ["Vols de voitures en hausse : de quoi peser sur la garantie vol des contrats auto.", "Telematics for young drivers makes cover affordable."],
    ["Fermer des agences en zone rurale est une erreur : le conseil patrimonial se joue en face à face.", "Banks closing branches should show older customers still have access to cash."],
  ])("judges on-topic %s | %s", (fr, en) => {
    expect(check(fr, { presets: [finance] }, "fr").findings).toEqual([]);
    expect(check(en, { presets: [finance] }, "en").findings).toEqual([]);
  });

  it("leaves a month's end and a challenge tag off-topic", () => {
    expect(check("fin de mois difficile, pâtes au beurre ce soir 🙃", { presets: [finance] }, "fr").score).toBeLessThan(0.5);
    expect(check("Nouveau #defi sportif ce week-end avec les collègues", { presets: [finance] }, "fr").score).toBeLessThan(0.5);
  });
});

describe("topical: parametric cover, joint accounts, debt repayment methods, local caisses (session 9, EN to ET)", () => {
  it.each([
    ["L'assurance paramétrique paie vite, mais le risque de base reste mal expliqué aux petits exploitants.", "Parametric cover pays fast, but basis risk is rarely explained to smallholders."],
    ["Les sociétaires votent la fusion de cinq caisses locales au printemps.", "A joint account isn't a requirement for a healthy marriage; shared goals are."],
  ])("judges on-topic %s | %s", (fr, en) => {
    expect(check(fr, { presets: [finance] }, "fr").findings).toEqual([]);
    expect(check(en, { presets: [finance] }, "en").findings).toEqual([]);
  });
});

describe("topical: fraud, student loans, philanthropy and trade shows (session 9, EU to FB)", () => {
  it.each([
    ["D'après Cybermalveillance.gouv.fr, l'hameçonnage reste la première menace pour les particuliers.", "PSR data: most money lost to APP scams was returned to victims under mandatory reimbursement."],
    ["La philanthropie familiale gagne à être discutée tôt, avant le démembrement de propriété.", "MBA weekly survey: refinance applications jumped 11% as rates dipped."],
  ])("judges on-topic %s | %s", (fr, en) => {
    expect(check(fr, { presets: [finance] }, "fr").findings).toEqual([]);
    expect(check(en, { presets: [finance] }, "en").findings).toEqual([]);
  });
});

describe("topical: the sector's vocabulary read by the learned model (session 9)", () => {
  // Written for these tests: an everyday sector word or a figure, no listed topic, the vocabulary of the sector's news.
  it.each([
    "La banque réduit ses horaires d'ouverture dans son réseau d'ici 2027, selon un document interne consulté par Les Echos.",
    // (`diminuent`: since session 29 the lists read `reculent de 3 %` as a move.)
    "Les frais de dossier diminuent de 3 % chez les grands réseaux, selon le comparateur annuel publié ce matin.",
  ])("reads the sector's news as on topic where the lists alone do not: %s", (fr) => {
    expect(check(fr, { presets: [finance] }, "fr", { learned: false }).score).toBeLessThan(0.5);
    expect(check(fr, { presets: [finance] }, "fr").findings).toEqual([]);
  });

  it("leaves English news the lists already read as they were", () => {
    const text = "Arrangement fees fell 3% at the big high-street names this quarter, the annual comparison shows.";
    expect(check(text, { presets: [finance] }, "en").score).toBe(check(text, { presets: [finance] }, "en", { learned: false }).score);
  });

  it("needs a sector word or a figure to lean on: a civic opinion stays off topic", () => {
    expect(check("Les mairies devraient investir dans des pistes cyclables sécurisées plutôt que dans de nouveaux parkings. Les villes qui l'ont fait ne reviennent pas en arrière.", { presets: [finance] }, "fr").score).toBeLessThan(0.5);
    expect(check("Cities should price parking properly before building more of it. Free parking is the most expensive policy nobody ever votes on.", { presets: [finance] }, "en").score).toBeLessThan(0.5);
  });

  it("leaves everyday life off topic", () => {
    expect(check("Dimanche au marché, croissants et sieste, le programme parfait.", { presets: [finance] }, "fr").score).toBeLessThan(0.5);
    expect(check("Burnt the toast again. The smoke alarm and I are on first-name terms.", { presets: [finance] }, "en").score).toBeLessThan(0.5);
  });
});

describe("topical: accounting standards, e-invoicing and US health cover (session 9, FC to FJ)", () => {
  it.each([
    ["IFRS 18 : l'EFRAG recommande l'adoption de la norme par l'UE pour les groupes cotés.", "Aetna will drop prior authorization for 30 outpatient procedures from January."],
    ["Facturation électronique : les grandes entreprises passeront par une plateforme agréée dès septembre.", "FASB finalizes its expense disaggregation standard for public business entities."],
  ])("judges on-topic %s | %s", (fr, en) => {
    expect(check(fr, { presets: [finance] }, "fr").findings).toEqual([]);
    expect(check(en, { presets: [finance] }, "en").findings).toEqual([]);
  });
});

describe("topical: debt advice, insolvency, funeral plans, basic accounts, card fees abroad (session 10, GA to GP)", () => {
  // Written for this test.
  it.each([
    ["Les Points Conseil Budget ont reçu plus de ménages cette année, indique le ministère.", "Company insolvency notices rose again in October across retail, the Insolvency Service said."],
    ["Les contrats obsèques devraient afficher leurs frais sur une seule page.", "Funeral plans should show their total cost on a single page."],
    ["La conversion dynamique de devise coûte cher à ceux qui la choisissent sans le savoir.", "Dynamic currency conversion costs most those who pick it without knowing."],
  ])("judges on-topic %s | %s", (fr, en) => {
    expect(check(fr, { presets: [finance] }, "fr").findings).toEqual([]);
    expect(check(en, { presets: [finance] }, "en").findings).toEqual([]);
  });
});

describe("topical: what real finance-news tweets are written with (session 17: tickers, price moves, analysts' calls)", () => {
  // Written for this test, in the way of the real tweets measured in docs/quality.md ("Session 17").
  const on = (text: string, lang: Lang) => (check(text, { presets: [finance] }, lang).score ?? 0) >= 0.5;

  it.each([
    ["$ACME : le groupe relève ses ambitions pour 2026", "$ACME - Acme lands a second hospital contract"],
    ["Acme (EPA:ACM) annonce l'ouverture d'un site à Lyon", "Is Acme Industries (NYSE:ACM) using too much debt?"],
    ["Faut-il éviter Acme SA (ACM) cette année ?", "Should you avoid Acme Industries, Inc. (ACM)?"],
  ])("reads a ticker as a listed company: %s | %s", (fr, en) => {
    expect(on(fr, "fr")).toBe(true);
    expect(on(en, "en")).toBe(true);
  });

  it("reads no ticker in a rapper's name, lower-case slang or a stray code, nor without a preset", () => {
    expect(on("Ce son de Ty Dolla $ign tourne en boucle depuis ce matin", "fr")).toBe(false);
    expect(on("New Ty Dolla $ign tape on repeat all morning", "en")).toBe(false);
    expect(on("AIM: finish the marathon under four hours", "en")).toBe(false);
    expect(check("$ACME - Acme lands a second hospital contract", {}, "en")).toEqual({ findings: [] });
  });

  it.each([
    ["Acme Santé +12 % après le feu vert de l'agence", "Acme Health up 35% on its licence approval"],
    ["Nordvest -8 % après l'abandon de son projet", "Nordvest -61% on the regulator's rejection"],
  ])("reads a signed price move with its cause: %s | %s", (fr, en) => {
    expect(on(fr, "fr")).toBe(true);
    expect(on(en, "en")).toBe(true);
  });

  it("leaves a first-person percentage personal", () => {
    expect(on("Ma batterie est à -13 % après une seule vidéo, je rêve", "fr")).toBe(false);
    expect(on("My battery went down 13% after one video, unbelievable", "en")).toBe(false);
  });

  it.each([
    ["Oddo relève son objectif de cours sur Acme à 48 €", "Acme price target raised to $48 from $41 at Smith Partners"],
    ["Acme : recommandation à l'achat réitérée par le bureau d'études", "Acme upgraded to outperform at Smith Partners"],
    ["Nordvest en tête des plus fortes hausses de la séance", "Nordvest among industrial gainers; Acme tops the losers"],
    ["Guerre commerciale : Pékin promet des contre-mesures", "Trade war: Beijing vows countermeasures"],
    ["Acme publie ses résultats du T3 jeudi", "Acme reports Q3 results on Thursday"],
    ["Cotation suspendue pour Nordvest avant une annonce", "Futures higher to kick off the holiday week"],
  ])("knows the analysts' and the markets' words: %s | %s", (fr, en) => {
    expect(on(fr, "fr")).toBe(true);
    expect(on(en, "en")).toBe(true);
  });

  it.each([
    ["Nordvest relevé à Conserver par un bureau d'études", "Nordvest downgraded to Hold at Smith Partners"],
    ["Le conseil d'administration de Nordvest nomme une nouvelle présidente", "Nordvest's board of directors names a new chair"],
  ])("knows brokers' shorthand and boards (market-desk sets): %s | %s", (fr, en) => {
    expect(on(fr, "fr")).toBe(true);
    expect(on(en, "en")).toBe(true);
  });

  it("reads a CEO alone as an everyday word", () => {
    expect(on("Le PDG a apporté des croissants pour toute l'équipe ce matin", "fr")).toBe(false);
    expect(on("Our CEO brought donuts for the whole team this morning", "en")).toBe(false);
  });

  it("does not read a gym supplement or a stake in a matter as markets", () => {
    expect(on("What's at stake in the derby this weekend", "en")).toBe(false);
    expect(on("Mass gainer shake after leg day, feeling huge", "en")).toBe(false);
  });
});

describe("topical: short news with one everyday sector word, hashtags of joined words (session 18)", () => {
  // Written for these tests, after real finance headlines: a name, one everyday sector word, no listed topic.
  const score = (text: string, lang: Lang) => check(text, { presets: [finance] }, lang).score ?? 0;

  it.each([
    ["La dette de Verpakt inquiète Ostrander", "Ashford pension trustees back the Harlow plan"],
    ["Verpakt cède son portefeuille de prêts à Ostrander", "Ostrander to build up its snack brand following Verpakt buyout"],
    // A company named with its legal form or kind counts as such a word.
    ["Verpakt SA : grosse journée après le dépôt d'Ostrander", "Big day for Verpakt Group after Ostrander filing"],
  ])("reads a short draft written as news, which the model leans towards, as on topic: %s | %s", (fr, en) => {
    expect(score(fr, "fr")).toBeGreaterThanOrEqual(0.5);
    expect(score(en, "en")).toBeGreaterThanOrEqual(0.5);
    // The lists alone leave them off topic.
    expect(check(fr, { presets: [finance] }, "fr", { learned: false }).score).toBeLessThan(0.5);
    expect(check(en, { presets: [finance] }, "en", { learned: false }).score).toBeLessThan(0.5);
  });

  it.each([
    ["Ma dette chez Verpakt inquiète Ostrander", "My Ashford pension trustees back the Harlow plan", "the first person"],
    ["La dette de Verpakt vous inquiète", "Ashford pension trustees back your Harlow plan", "the reader addressed"],
    ["La dette de Verpakt inquiète Ostrander 😬", "Ashford pension trustees back the Harlow plan 🚀", "an emoji"],
    ["@ostrander La dette de Verpakt inquiète Ostrander", "@verpakt Ashford pension trustees back the Harlow plan", "a reply"],
    ["La dette inquiète le conseil en janvier", "Pension trustees back the plan on Friday", "no name but a month or a weekday"],
  ])("does not read it as news with %s: %s | %s", (fr, en) => {
    expect(score(fr, "fr")).toBeLessThan(0.5);
    expect(score(en, "en")).toBeLessThan(0.5);
  });

  it("reads a hashtag that joins a listed phrase's words as the phrase", () => {
    expect(score("Le #PouvoirDAchat des ménages", "fr")).toBeGreaterThanOrEqual(0.5);
    expect(score("Wave of #megamergers", "en")).toBeGreaterThanOrEqual(0.5);
    const topics = ["assurance-vie", "interest rates"];
    expect(check("Tout savoir sur l'#AssuranceVie", { topics }, "fr").score).toBeGreaterThanOrEqual(0.5);
    expect(check("What the week means for #InterestRates", { topics }, "en").score).toBeGreaterThanOrEqual(0.5);
    // A hashtag of one listed word is matched as before; a joined tag must be the whole phrase.
    expect(check("#assurance", { topics }, "fr").score).toBeLessThan(0.5);
    expect(check("#interestingrates", { topics }, "en").score).toBeLessThan(0.5);
  });

  it.each([
    ["Ostrander initie la couverture de Verpakt à l'achat", "Verpakt initiated as positive at Ostrander"],
    ["Signal de vente sur la moyenne mobile à 50 jours", "Above its 200-day moving average, RSI overbought"],
    ["Les trois indices en territoire record", "All three benchmarks trade in record territory"],
    ["La guerre technologique entre Washington et Pékin s'intensifie", "The tech war deepens as Beijing stockpiles chips"],
    ["Verpakt SA (VRPK) : faut-il vendre ?", "Should You Avoid Verpakt Enterprises, Incorporated (VRPK)?"],
  ])("knows coverage starts, chart readers' words, record territory, the tech war and more legal forms: %s | %s", (fr, en) => {
    expect(score(fr, "fr")).toBeGreaterThanOrEqual(0.5);
    expect(score(en, "en")).toBeGreaterThanOrEqual(0.5);
  });

  it.each([
    ["La banque de sang de l'hôpital de Brive lance un appel aux donneurs", "Svalbard seed bank welcomes new deposits from Kenya"],
    ["Scène post-crédits : les fans de Dune s'interrogent", "Harlow High students can now earn college credit for AP Biology"],
  ])("reads a bank or a credit in its everyday sense as no topic, even written as news: %s | %s", (fr, en) => {
    expect(score(fr, "fr")).toBeLessThan(0.5);
    expect(score(en, "en")).toBeLessThan(0.5);
  });

  it("does not read `the future` as futures, nor a sore wrist's RSI as a chart", () => {
    expect(score("The future of banking is here", "en")).toBeLessThan(0.5);
    expect(score("L'avenir de la banque est là", "fr")).toBeLessThan(0.5);
    expect(score("My RSI is back after a week of spreadsheets", "en")).toBeLessThan(0.5);
    expect(score("Mon RSI revient après une semaine de tableurs", "fr")).toBeLessThan(0.5);
  });
});

describe("topical: what companies do, reported as news (session 19, companyActions)", () => {
  // Written for these tests: business headlines with no finance word, and the same verbs elsewhere.
  const score = (text: string, lang: Lang, options = {}) => check(text, { presets: [finance] }, lang, options).score ?? 0;

  it.each([
    ["Verpakt nomme un nouveau directeur financier", "Verpakt names insider as new CFO"],
    ["Le PDG d'Ostrander quitte ses fonctions", "Ostrander CEO to step down after six years"],
    ["Verpakt va supprimer près de 2 400 postes en Europe", "Ostrander to cut about 2,400 jobs in Europe"],
    ["Ostrander fermera son usine de Douai en juin", "Verpakt to close two plants in Ohio"],
    ["Verpakt décroche une commande de 40 trains en Suède", "Ostrander wins contract to supply Norway's navy"],
    ["Ostrander et Verpakt créent une coentreprise en Inde", "Verpakt teams up with Ostrander on batteries"],
    ["Verpakt rappelle 80 000 véhicules pour un défaut de freinage", "Ostrander recalls 80,000 vehicles over brake fault"],
    ["Ostrander placé en redressement judiciaire", "Verpakt files for Chapter 11 protection"],
    ["Grève chez Verpakt : la production suspendue à Lyon", "Ostrander halts production at its Texas plant"],
    ["Verpakt va scinder son activité de logistique", "Ostrander weighs sale of its logistics arm"],
    ["Ostrander se sépare de sa division emballage", "Verpakt to sell its packaging unit"],
    ["Ostrander obtient le contrôle majoritaire de sa coentreprise", "Verpakt expects deal to close in the third quarter"],
    ["Vivendi détient désormais 30 % du capital de Verpakt", "Ostrander now holds a 30% shareholding in Verpakt"],
    ["Verpakt obtient l'autorisation de mise sur le marché de son traitement", "FDA approves Ostrander's drug for peanut allergy"],
    ["La néobanque Verpakt obtient son agrément bancaire", "Ostrander receives EPA approval for its new herbicide"],
    // A firm's own announcement.
    ["Nous avons le plaisir d'annoncer la nomination de Claire Martin au poste de directrice financière", "We are pleased to announce the appointment of Jane Doe as Chief Financial Officer"],
  ])("reads a company's action as the sector's news, with or without the learned model: %s | %s", (fr, en) => {
    expect(score(fr, "fr")).toBeGreaterThanOrEqual(0.5);
    expect(score(en, "en")).toBeGreaterThanOrEqual(0.5);
    expect(score(fr, "fr", { learned: false })).toBeGreaterThanOrEqual(0.5);
    expect(score(en, "en", { learned: false })).toBeGreaterThanOrEqual(0.5);
  });

  it.each([
    ["J'ai signé mon contrat, je commence lundi chez Verpakt", "I finally signed my contract with Verpakt, start Monday", "the first person"],
    ["Verpakt va supprimer votre poste ?", "Will Ostrander cut your job too?", "the reader addressed"],
    ["Verpakt nomme un nouveau directeur financier 🎉", "Ostrander names new CFO 🎉", "an emoji"],
    ["@verpakt nomme un nouveau directeur financier", "@ostrander names new CFO", "a reply"],
  ])("does not read it as news with %s: %s | %s", (fr, en) => {
    expect(score(fr, "fr")).toBeLessThan(0.5);
    expect(score(en, "en")).toBeLessThan(0.5);
  });

  it.each([
    ["Le club de Lunel nomme un nouvel entraîneur", "Harlow Rovers name new head coach"],
    ["L'université ouvre un nouveau campus à Brive", "Harlow University opens new campus downtown"],
    ["Le ministre rappelle que les écoles restent ouvertes", "Grandma recalls the winter of 1963"],
    ["La mairie lance un appel aux bénévoles", "Harlow library launches summer reading club"],
    ["Le club de Lunel se sépare de son entraîneur", "Harlow Rovers sell their star striker"],
    ["Nomination de Claire Martin au poste de présidente du club de rugby", "Harlow University announces the appointment of Jane Doe as president"],
  ])("leaves the same verbs about clubs, schools, people and towns off topic: %s | %s", (fr, en) => {
    expect(score(fr, "fr")).toBeLessThan(0.5);
    expect(score(en, "en")).toBeLessThan(0.5);
  });

  it("reads company actions only with a sector preset on", () => {
    const topics = ["tarifs"];
    expect(check("Verpakt nomme un nouveau directeur financier", { topics }, "fr").score).toBeLessThan(0.5);
    expect(check("Ostrander names insider as new CFO", { topics }, "en").score).toBeLessThan(0.5);
  });

  it("does not read a link's letters as words (`/jV1…` is no joint venture)", () => {
    expect(score("Quel match hier soir https://t.co/jV1SA1b2xw", "fr")).toBeLessThan(0.5);
    expect(score("What a game last night https://t.co/jV1SA1b2xw", "en")).toBeLessThan(0.5);
  });
});

describe("topical: a result against expectations backs an everyday sector word (session 19, moves)", () => {
  const score = (text: string, lang: Lang) => check(text, { presets: [finance] }, lang, { learned: false }).score ?? 0;

  it.each([["La croissance italienne tient mieux que prévu", "Growth in Japan held up better than expected"]])("reads `que prévu`, `than expected` as a market move: %s | %s", (fr, en) => {
    expect(score(fr, "fr")).toBeGreaterThanOrEqual(0.5);
    expect(score(en, "en")).toBeGreaterThanOrEqual(0.5);
  });

  it("leaves it alone without an everyday sector word, or in the first person", () => {
    expect(score("Le concert était mieux que prévu", "fr")).toBeLessThan(0.5);
    expect(score("The party went better than expected", "en")).toBeLessThan(0.5);
    expect(score("Ma croissance personnelle va mieux que prévu", "fr")).toBeLessThan(0.5);
    expect(score("My spending went better than expected this month", "en")).toBeLessThan(0.5);
  });
});

describe("topical: companies the sector's news reports on (session 20, companies)", () => {
  // Written for these tests: listed companies outside finance, in headlines with no finance word.
  const score = (text: string, lang: Lang, options = {}) => check(text, { presets: [finance] }, lang, options).score ?? 0;
  const on = (fr: string, en: string, options = {}) => {
    expect(score(fr, "fr", options)).toBeGreaterThanOrEqual(0.5);
    expect(score(en, "en", options)).toBeGreaterThanOrEqual(0.5);
  };
  const off = (fr: string, en: string) => {
    expect(score(fr, "fr")).toBeLessThan(0.5);
    expect(score(en, "en")).toBeLessThan(0.5);
  };

  it.each([
    ["Pernod Ricard réorganise sa distribution en Asie", "Unilever reshuffles its ice cream distribution in Asia"],
    ["EXCLUSIF - Kering envisage de céder sa division lunettes", "UPDATE 1-Rolls-Royce looks at options for its power unit"],
    ["Le groupe Renault revoit sa gamme électrique", "The Walt Disney Company reorganises its parks division"],
    ["Ubisoft repousse la sortie de son prochain jeu", "Peloton overhauls its subscription plans"],
  ])("reads a draft that opens on a company, formed as a report, as its news, with or without the learned model: %s | %s", (fr, en) => {
    on(fr, en);
    on(fr, en, { learned: false });
  });

  it("reads a company's name with a percentage or a market move as a weak topic backed by a figure", () => {
    on("Le titre de la semaine : +7 % pour Kering", "Shares of the week: Unilever up 7%");
    on("Grosse séance pour Ubisoft, au plus haut depuis 2021", "Big day for Peloton, at its highest since 2021");
  });

  it.each([
    ["Samedi après-midi chez IKEA, deux heures de queue pour trois bougies", "Spent the whole afternoon at IKEA and came home with candles", "a company named further on: where the author was"],
    ["Acheté un vélo d'occasion 180 € sur Leboncoin, il roule très bien", "Bought a used bike for $180 on Craigslist, rides like new", "a price beside a shop: a purchase"],
    ["Renault et moi, c'est une longue histoire", "Me and my old Renault, twenty years together", "the first person"],
    ["Ubisoft, vous sortez le jeu quand ?", "Ubisoft, when are you releasing the game?", "the reader addressed"],
    ["Ubisoft repousse encore la sortie 😭", "Peloton class this morning was brutal 😅", "an emoji"],
    ["Decathlon un samedi aprem c'est une épreuve olympique", "Peloton with the kids on a Sunday morning is a sport of its own", "an article or a preposition after the name: a day told (session 34)"],
    ["Ubisoft 40 min pour télécharger une mise à jour, on est en quelle année", "Peloton 45 min for a firmware update, what year is it", "a time after the name (session 34)"],
  ])("leaves a company named in everyday life off topic (%s | %s: %s)", (fr, en) => {
    off(fr, en);
  });

  it("reads Apple, Amazon and Ford at the head of a report as the companies, not the fruit, the river or the car seen in the street", () => {
    on("Amazon va supprimer 14 000 postes dans ses bureaux", "Apple plans event to honor apps and developers");
    on("Ford investit 2 milliards dans son usine de Cologne", "Ford invests more in Michigan");
    off("Des incendies ravagent l'Amazonie, la saison sèche s'allonge", "Brazilian scientists discover a new frog species in the Amazon");
    off("Apple pie au goûter, la recette de mamie", "Apple pie for dessert, grandma's recipe");
    off("Une Ford Mustang de 1967 garée devant le bureau ce matin", "Ford Mustang spotted outside the office");
  });

  it("does not read a sports story's fee as the sector's amount", () => {
    off("Mercato : l'OM officialise le transfert de son milieu de terrain pour 35 M€, bonus compris", "Deadline day: Chelsea agree a £40m fee for the Brighton midfielder, medical under way");
    // The same amount in a company's news still is.
    on("Le groupe Verpakt lève 35 M€ auprès de ses actionnaires", "Ostrander raises £40m from its shareholders");
  });

  it("does not add a company's name to another everyday word", () => {
    off("Après-midi chez IKEA, la carte bancaire s'en souvient encore", "Afternoon at IKEA, and the bank card is still hurting");
  });

  it("matches a company's name letter for letter and with its capitals", () => {
    // `Elis` (linen services) is not `Eli`, `SpaceX` not `Space` (the matcher's keys drop a final s or x), `DuPont` not the surname.
    off("Eli et Paul montent une cabane au fond du jardin", "Eli Manning throws another interception at home");
    off("Space : la station internationale passe ce soir au-dessus de Lyon", "Space Station crew returns safely after six months");
    off("Dupont forfait pour le Tournoi, touché au genou", "Dupont scores twice as Toulouse win the final");
    off("Guide Michelin : un restaurant de Colmar décroche sa deuxième étoile", "Michelin stars for two new restaurants in Lyon");
    off("renault ou peugeot, on hésite pour la prochaine voiture", "tesla or a used ford, still can't decide");
  });

  it("reads a store or a venue named after a company as a place, not as the company", () => {
    off("Un arbre s'écrase sur le toit d'un Lidl à Quimper, aucun blessé", "Fire breaks out near a Walmart in Houston, shoppers evacuated");
    off("Un chevreuil entre dans le magasin Decathlon de Lille", "Cowboys beat the Eagles 27-24 at AT&T Stadium");
    // A chain's stores are its business: `les magasins Fnac Darty` is not one store.
    expect(score("Moins de clients dans les magasins Fnac Darty, qui alerte sur ses résultats", "fr")).toBeGreaterThanOrEqual(0.5);
  });

  it("reads companies only with a sector preset on", () => {
    const topics = ["tarifs"];
    expect(check("Pernod Ricard réorganise sa distribution en Asie", { topics }, "fr").score).toBeLessThan(0.5);
    expect(check("Unilever reshuffles its ice cream distribution in Asia", { topics }, "en").score).toBeLessThan(0.5);
  });

  it("tells the author that the company is named but no news of it is given", () => {
    const fr = rule.check(makeContext("Samedi après-midi chez IKEA, deux heures de queue", { lang: "fr", config: { presets: [finance] } }));
    const en = rule.check(makeContext("Spent the whole afternoon at IKEA again", { lang: "en", config: { presets: [finance] } }));
    expect(fr.findings[0]!.message).toBe("Ce brouillon cite « IKEA » sans en donner d'actualité : rien ici (un résultat, une opération, un chiffre, une décision) n'en fait une nouvelle du secteur.");
    expect(en.findings[0]!.message).toBe("This draft names “IKEA” but reports no news of it: nothing here (a result, a deal, a figure, a decision) makes it the sector's news.");
  });
});

describe("topical: an economy named with what its news is about (session 21, economies)", () => {
  // Written for these tests: macroeconomic headlines whose only sector word is an everyday one, or
  // none; each was off topic before economies were read (checked on the session-20 build).
  const score = (text: string, lang: Lang) => check(text, { presets: [finance] }, lang).score ?? 0;
  const on = (fr: string, en: string) => {
    expect(score(fr, "fr")).toBeGreaterThanOrEqual(0.5);
    expect(score(en, "en")).toBeGreaterThanOrEqual(0.5);
  };
  const off = (fr: string, en: string) => {
    expect(score(fr, "fr")).toBeLessThan(0.5);
    expect(score(en, "en")).toBeLessThan(0.5);
  };

  it.each([
    ["La croissance chinoise au ralenti", "The consequences of ultra-low US unemployment"],
    ["Les marchés européens dans l'attente", "Personal consumption driving the U.S. market"],
    ["Les entreprises de l'U.E. dans l'attente", "A closer look at wages in Poland"],
    ["L'économie italienne au ralenti", "The British economy in five charts"],
  ])("reads a country's economy as the sector's news: %s | %s", (fr, en) => {
    on(fr, en);
  });

  it.each([
    ["Vacances en Espagne, soleil et plage", "Holiday in Spain, sun and beaches all week", "a country with no economy's word"],
    ["Le marché de Noël ouvre samedi, vin chaud et châtaignes", "The farmers market opens on Saturday, fresh bread and honey", "an economy's word with no country"],
    ["Grand Prix de France : Verstappen en pole", "Greek yogurt prices at my corner shop are wild", "a country in another sense"],
    ["Les prix de ce restaurant chinois sont une blague", "Tell us about the economy class seats", "a country's word too far, us in lower case"],
  ])("leaves a country without its economy's news off topic: %s | %s (%s)", (fr, en) => {
    off(fr, en);
  });

  it.each([
    ["Grèce : le tourisme porte l'économie", "Portugal: tourism carries the economy", "the economy as the kicker"],
    ["Les prix reculent en Chine", "Prices fall in Japan", "a verb before the country"],
    ["Le forint hongrois sous pression", "Poland's zloty under pressure", "a country's currency"],
  ])("reads the economy's news in other forms too: %s | %s (%s)", (fr, en) => {
    on(fr, en);
  });

  it.each([
    ["Mon frère a trouvé un emploi au Canada", "My brother found a job in Canada", "a personal story"],
    ["Trouver un emploi au Canada, quelle galère 😩", "job hunting in Canada is brutal rn 😩", "chatted, with an emoji"],
    ["Allemagne : le chancelier survit à un vote de confiance", "Germany: chancellor survives a confidence vote", "confidence in another sense"],
  ])("not in a personal or chatty draft, nor in another sense: %s | %s (%s)", (fr, en) => {
    off(fr, en);
  });

  it("reads an initialism written with stops as the listed name (`U.S.` as `US`)", () => {
    // `US listing` is a preset topic; `U.S. listing` is how headlines write it (`U.E.` above, for `UE`).
    expect(score("Arm plans a U.S. listing this autumn", "en")).toBeGreaterThanOrEqual(0.5);
  });
});

describe("topical: an everyday sector word named as an industry (session 21, industries)", () => {
  // Written for these tests; each on-topic draft was off topic before (checked on the session-20 build).
  const score = (text: string, lang: Lang) => check(text, { presets: [finance] }, lang).score ?? 0;

  it.each([
    ["La filière du lithium cherche ses marques", "fr"],
    ["The health insurance industry eyes federal aid", "en"],
  ] as const)("reads it as a topic of its own: %s", (text, lang) => {
    expect(score(text, lang)).toBeGreaterThanOrEqual(0.5);
  });

  it.each([
    ["Mon père bosse dans la filière du lithium depuis vingt ans", "fr"],
    ["My uncle works in the oil industry lol", "en"],
  ] as const)("not in a personal story: %s", (text, lang) => {
    expect(score(text, lang)).toBeLessThan(0.5);
  });
});

describe("topical: the sector's firms, its media and its trading words (session 21, firms)", () => {
  // Written for these tests; each on-topic draft was off topic before (checked on the session-20 build).
  const score = (text: string, lang: Lang) => check(text, { presets: [finance] }, lang).score ?? 0;

  it.each([
    ["Lombard Odier ouvre un bureau à Lyon", "Raymond James opens a new office in Denver", "a bank or a broker"],
    ["Zonebourse revient sur la semaine de Michelin", "Seeking Alpha looks back at the week", "a finance medium"],
    ["Les vendeurs à découvert reviennent sur Casino", "Insider buying picks up at regional lenders", "a trading word"],
  ])("reads it as a topic: %s | %s (%s)", (fr, en) => {
    expect(score(fr, "fr")).toBeGreaterThanOrEqual(0.5);
    expect(score(en, "en")).toBeGreaterThanOrEqual(0.5);
  });

  it("reads a venue named after a firm as a place, the firm itself as news", () => {
    expect(score("Concert au MetLife Stadium ce soir avec les copains", "fr")).toBeLessThan(0.5);
    expect(score("Taylor Swift at MetLife Stadium tonight, what a show", "en")).toBeLessThan(0.5);
    expect(score("MetLife relève son dividende", "fr")).toBeGreaterThanOrEqual(0.5);
    expect(score("MetLife raises its dividend", "en")).toBeGreaterThanOrEqual(0.5);
    // A regional bank's name goes on past the place word: `Centre-Loire` is not a centre.
    expect(score("Le DG du Crédit Agricole Centre-Loire, interviewé hier", "fr")).toBeGreaterThanOrEqual(0.5);
  });
});

describe("topical: the sector's jargon, and short names that are everyday words (session 22, vocabulary)", () => {
  // Written for these tests; each on-topic draft was off topic before (checked on the session-21 build).
  const score = (text: string, lang: Lang) => check(text, { presets: [finance] }, lang).score ?? 0;

  it.each([
    ["Les foncières cotées retrouvent des couleurs", "A credit crunch looms for small businesses", "a market's or an economy's state"],
    ["Droit préférentiel de souscription : les détails de l'opération", "Dead cat bounce or real recovery?", "a term of the trade"],
    ["Le contrôle des capitaux fait son retour", "Net interest margin squeezed at regional lenders", "a measure or a policy"],
  ])("reads it as a topic: %s | %s (%s)", (fr, en) => {
    expect(score(fr, "fr")).toBeGreaterThanOrEqual(0.5);
    expect(score(en, "en")).toBeGreaterThanOrEqual(0.5);
  });

  it.each([
    ["Valmora met la main sur un fabricant de vélos", "Kestrel buys rival snack maker Crunchly"],
    ["Orange s'offre un opérateur belge", "Amazon buys drone startup Skyhop"],
  ])("reads a company buying another as business news: %s | %s", (fr, en) => {
    expect(score(fr, "fr")).toBeGreaterThanOrEqual(0.5);
    expect(score(en, "en")).toBeGreaterThanOrEqual(0.5);
  });

  it("leaves the same verbs alone when what is bought is not a company", () => {
    expect(score("Le PSG s'offre une victoire de prestige à Munich", "fr")).toBeLessThan(0.5);
    expect(score("Liverpool snaps up a late win at Anfield", "en")).toBeLessThan(0.5);
    expect(score("Ma voisine s'offre une nouvelle voiture", "fr")).toBeLessThan(0.5);
  });

  it("reads a phrase of the long tail instead of the listed word it holds: one everyday phrase stays one", () => {
    // `hostile takeover` (moreTopics, an everyday phrase) holds `takeover` (topics, an everyday word).
    expect(score("Garden update: tomatoes thriving, courgettes have staged a hostile takeover 🥒", "en")).toBeLessThan(0.5);
    expect(score("Un vrai jeudi noir sur les routes du Sud-Ouest 🚗", "fr")).toBeLessThan(0.5);
  });

  it("reads the sector's words told as a joke about one's own life as everyday words", () => {
    // First person and an everyday thing (a cat, sleep, a baby): a metaphor (blind set set-dm).
    expect(score("Mon chat a lancé une OPA hostile sur le canapé, je suis relégué sur le pouf 😾", "fr")).toBeLessThan(0.5);
    expect(score("my sleep has been in a bear market since the baby arrived 😴📉", "en")).toBeLessThan(0.5);
    // A professional's own view, with an emoji but no everyday thing, or with two of the sector's topics, stays news.
    expect(score("Mon avis sur la décision de la BCE ce matin 📉 : les taux resteront hauts plus longtemps", "fr")).toBeGreaterThanOrEqual(0.5);
    expect(score("My take on today's FOMC decision 📉: rates stay higher for longer", "en")).toBeGreaterThanOrEqual(0.5);
    expect(score("Over coffee ☕ I reread the FOMC minutes: no rate cut before summer", "en")).toBeGreaterThanOrEqual(0.5);
  });

  // The phrase matcher reads a final `s` or `x` as a plural and a short name in capitals as an
  // acronym: `Sensex` would be `sense`, `Capex` `Cape`, `COMEX` a shouted `COME`. Such names are left out.
  it.each([
    ["Cette histoire n'a aucun sens, et pourtant le Cap-Vert m'a plu", "Make it make sense"],
    ["ALLEZ L'OM, COME ON !!!", "COME ON ENGLAND 🦁🦁🦁 it's coming home"],
    ["Le vent du Cap m'a encore volé une chaussette", "Cape Town wind stole my washing again"],
  ])("leaves everyday words alone: %s | %s", (fr, en) => {
    expect(score(fr, "fr")).toBeLessThan(0.5);
    expect(score(en, "en")).toBeLessThan(0.5);
  });
});

describe("topical: the sector's institutions by their handles, and the author's own contract (session 25)", () => {
  const insurance = preset("insurance");
  const banking = preset("banking");
  const on = (text: string, lang: Lang, presets = [insurance]) => (check(text, { presets }, lang).score ?? 0) >= 0.5;

  it.each([
    ["Nouvelle recommandation de l'@ACPR_BdF sur le traitement des réclamations clients", "Fresh guidance from @FranceAssureurs on handling customer complaints"],
    ["Lecture du jour : le dernier bulletin de la @banquedefrance sur la conjoncture", "Read the latest speech by the @bankofengland governor on productivity"],
  ])("reads a handle in a report as the institution it names: %s | %s", (fr, en) => {
    expect(on(fr, "fr", [insurance, banking])).toBe(true);
    expect(on(en, "en", [insurance, banking])).toBe(true);
  });

  it.each([
    ["@AXA mon dossier traîne depuis trois semaines", "@Barclays still waiting for my new card"],
    ["Merci @MAIF pour tout 🙏", "Lovely evening with the @Allianz team 😊"],
  ])("leaves a reply's addressee and a handle tagged in chatter as everyday words: %s | %s", (fr, en) => {
    expect(on(fr, "fr", [insurance, banking])).toBe(false);
    expect(on(en, "en", [insurance, banking])).toBe(false);
  });

  it.each([
    ["Mon assureur a encore augmenté ma cotisation de 12 %", "My insurer put my premium up 15% this year"],
    ["Ma mutuelle ne rembourse que 120 € sur 600, génial", "Forty minutes on hold with my bank again"],
  ])("reads the author's own insurer, contract or bank as their life, figures included: %s | %s", (fr, en) => {
    expect(on(fr, "fr", [insurance, banking])).toBe(false);
    expect(on(en, "en", [insurance, banking])).toBe(false);
  });

  it.each([
    ["⚠️ Un faux SMS circule : ne cliquez pas sur le lien", "⚠️ Scam texts are doing the rounds: don't click the link", banking],
    ["Marché dur ? En D&O, il touche à sa fin. Ailleurs, pas encore 🤔", "Hard market check: D&O softening. Property? Not so much.", insurance],
  ])("knows fraud by text message and the insurance market's cycle: %s | %s", (fr, en, sector) => {
    expect(on(fr, "fr", [sector])).toBe(true);
    expect(on(en, "en", [sector])).toBe(true);
  });

  it("reads a bank's climate commitments as banking news", () => {
    expect(on("Le groupe arrête tout nouveau financement des énergies fossiles d'ici 2030", "fr", [banking])).toBe(true);
    expect(on("Our financed emissions report is out: stranded assets are the next test", "en", [banking])).toBe(true);
  });

  it.each([
    ["Restez jusqu'au bout des crédits, la scène finale vaut le détour", "Stay for the credits: the mid-credits scene sets up a sequel"],
    ["Le XV de France s'impose avec assurance face à l'Irlande", "Spurs complete the loan signing of the Brazilian winger until the end of the season"],
  ])("leaves a film's credits, a confident win and a player's loan alone: %s | %s", (fr, en) => {
    expect(on(fr, "fr", [insurance, banking])).toBe(false);
    expect(on(en, "en", [insurance, banking])).toBe(false);
  });

  it.each([
    ["Cyberassurance : les tarifs repartent à la hausse 🔐", "Crash-for-cash gangs are back on our motorways 🚗", insurance],
    ["La BNS abaisse son taux directeur à 0 %", "SNB cuts to 0%. Switzerland back at the zero bound.", banking],
  ])("knows cyber cover, motor fraud and the Swiss central bank: %s | %s", (fr, en, sector) => {
    expect(on(fr, "fr", [sector])).toBe(true);
    expect(on(en, "en", [sector])).toBe(true);
  });

  it("reads a customer's product in a story of their own life as an everyday word, emoji or not", () => {
    // First person and an everyday thing (a niece, a coffee): the author's life (blind sets set-dn, set-dp).
    expect(on("J'ai ouvert un livret A à ma nièce pour ses 3 ans, elle voulait une poupée", "fr", [banking])).toBe(false);
    expect(on("$40 overdraft fee for a $3 coffee. love that for me", "en", [banking])).toBe(false);
    // A professional's view with no everyday thing stays news.
    expect(on("Je pense que la BCE a raison de ne pas se précipiter", "fr", [banking])).toBe(true);
  });

  it("reads the author's own provider with a word between as theirs too (`my home insurer`)", () => {
    expect(on("Mon ancien assureur m'a enfin remboursé, il était temps", "fr")).toBe(false);
    expect(on("Got a letter: my home insurer is dropping me because of wildfire exposure", "en")).toBe(false);
    // A filled-in accident report is every driver's: an everyday word alone.
    expect(on("Constat amiable rempli sur le parking, une rayure de 2 cm, on a fini par rigoler", "fr")).toBe(false);
  });

  it.each([
    ["Avec beaucoup d'assurance, la jeune joueuse remporte son premier titre", "Hundreds evacuated as the river bursts its banks overnight"],
    ["Dépôts sauvages en forêt de Fontainebleau : la mairie porte plainte", "Sediment deposits show three ancient tsunamis hit the Oregon coast, study says"],
  ])("leaves self-assurance, a river's banks, dumped rubbish and sediment alone: %s | %s", (fr, en) => {
    expect(on(fr, "fr", [insurance, banking])).toBe(false);
    expect(on(en, "en", [insurance, banking])).toBe(false);
    // The longer phrase of another sense does not hide a product named after it.
    expect(on("On parle beaucoup d'assurance récolte cette année", "fr")).toBe(true);
  });

  it("still reads the sector's news told in the first person or by the firm itself", () => {
    expect(on("Mon analyse : la BCE devrait baisser ses taux en juin", "fr", [banking])).toBe(true);
    expect(on("My take: insurers' combined ratios will worsen after this hurricane season", "en")).toBe(true);
    expect(on("Our mutual insurer lowers its home premiums for 2026", "en")).toBe(true);
  });
});

describe("topical: a customer's product named by an author who says I (session 26)", () => {
  const insurance = preset("insurance");
  const banking = preset("banking");
  const on = (text: string, lang: Lang, presets = [banking]) => (check(text, { presets }, lang).score ?? 0) >= 0.5;

  it.each([
    ["découvert autorisé de 200€ et moi qui vis à -198 depuis le 12 du mois", "direct deposit hit at 3am and i was awake to see it"],
    ["J'ai payé 12 € d'agios ce mois-ci pour un découvert de deux jours", "Just set up online banking for the first time and I feel 20 years younger"],
  ])("reads the product as the author's own, an everyday word: %s | %s", (fr, en) => {
    expect(on(fr, "fr")).toBe(false);
    expect(on(en, "en")).toBe(false);
  });

  it("reads an insurance product the same way, figures included (blind set set-ds)", () => {
    expect(on("Complémentaire santé : 90 % de mes lunettes remboursées, et moi qui hésitais à la prendre", "fr", [insurance])).toBe(false);
    expect(on("Pet insurance paid 90% of the vet bill and I could cry", "en", [insurance])).toBe(false);
  });

  it.each([
    ["Je trouve que le découvert autorisé devrait être gratuit pour les étudiants", "I think overdraft fees hit the poorest households hardest"],
    ["Je reste sceptique sur les frais de tenue de compte facturés aux étudiants", "Proud that our online banking now works in 12 languages, I'm told"],
  ])("still reads the product in general (an article, the plural) or the firm's own as the sector's: %s | %s", (fr, en) => {
    expect(on(fr, "fr")).toBe(true);
    expect(on(en, "en")).toBe(true);
  });

  it("still reads a product said to readers, and a firm named after one, as the sector's", () => {
    expect(on("Je vous montre comment éviter les agios en trois étapes", "fr")).toBe(true);
    expect(on("I'll show you how to avoid an overdraft fee in three steps", "en")).toBe(true);
    expect(on("Heureux d'être nommé directeur général de Mutuelle Horizon, effectif au 1er juillet", "fr", [insurance])).toBe(true);
  });

  it("reads a reader's question quoted by a columnist as the sector's, not the author's own", () => {
    expect(on("Question d'un lecteur : mon assureur peut-il augmenter ma prime après un sinistre non responsable ? Réponse courte : non", "fr", [insurance])).toBe(true);
    expect(on("Reader question: my insurer rejected my subsidence claim calling it 'gradual damage'. Can they do that? Short answer: it depends on the policy wording.", "en", [insurance])).toBe(true);
    // Without the columnist's opening, the same words are the author's own.
    expect(on("Mon assureur peut-il augmenter ma prime après un sinistre non responsable ? Je rage", "fr", [insurance])).toBe(false);
    expect(on("My insurer rejected my subsidence claim calling it 'gradual damage'. Can they do that?", "en", [insurance])).toBe(false);
  });

  it("leaves a handle tagged at the end of a first-person draft as its addressee", () => {
    expect(on("Trois jours sans pouvoir payer en ligne, merci pour rien. J'attends toujours @SocieteGenerale", "fr")).toBe(false);
    expect(on("Card declined at the till again, third time this week. I give up @Barclays", "en")).toBe(false);
    // Named within the sentence, it is still the institution.
    expect(on("Je lis le dernier rapport de @ACPR_BdF sur la fraude aux moyens de paiement", "fr")).toBe(true);
  });
});

describe("topical: the presets' gaps found by the blind sets set-dt and set-du (session 26)", () => {
  const insurance = preset("insurance");
  const banking = preset("banking");
  const on = (text: string, lang: Lang, presets: ResolvedConfig["presets"]) => (check(text, { presets }, lang).score ?? 0) >= 0.5;

  it("knows the UK insurers' regulator and rules, cyber cover and business interruption", () => {
    expect(on("The PRA has published its policy statement on Solvency UK reforms, including the matching adjustment", "en", [insurance])).toBe(true);
    expect(on("Hit by ransomware? Our small business cyber policy includes an incident response line and business interruption cover", "en", [insurance])).toBe(true);
    expect(on("Cyberattaque : notre contrat couvre désormais les pertes d'exploitation des PME", "fr", [insurance])).toBe(true);
  });

  it("knows cheques as a banking word, and leaves a state's cheques alone", () => {
    expect(on("Paying by cheque is not dead yet: UK clearing still processes millions each month", "en", [banking])).toBe(true);
    expect(on("Le chèque n'est pas mort : des millions de chèques sont encore émis chaque mois par les PME", "fr", [banking])).toBe(true);
    expect(on("Le chèque énergie arrive trop tard pour les ménages qui se chauffent au fioul", "fr", [banking])).toBe(false);
  });

  it.each([
    ["Législatives : le taux de participation atteint 59 % à 17 heures, un record depuis 1981", "Streaming service raises the price of its premium tier to $22.99 a month; ad-supported plan unchanged."],
    ["Taux de participation à 17 h : 41,2 %, en baisse de 3 points par rapport au dernier scrutin", "Demand at the town's food bank is up 40% since last winter"],
    ["Municipales : la liste écologiste arrive en tête au premier tour à Grenoble avec 38 % des voix", "Labour's vote share rose to 34% of the vote in the by-election"],
  ])("does not let a figure read a word of another sense as the sector's: %s | %s", (fr, en) => {
    expect(on(fr, "fr", [finance])).toBe(false);
    expect(on(en, "en", [finance])).toBe(false);
  });

  it("leaves a complaint filed and a tax deduction alone with the sector presets", () => {
    expect(on("Le club publie un communiqué et confirme un dépôt de plainte ce lundi", "fr", [banking])).toBe(false);
    expect(on("Reminder for teachers: classroom supplies are tax deductible up to $300 this year", "en", [insurance])).toBe(false);
  });

  it.each([
    ["Audiences : le jeu diffusé en prime time a réuni 5,2 millions de téléspectateurs pour son lancement", "Prime Minister to face questions in the Commons after Thursday's by-election defeat"],
    ["Un important dépôt de lithium identifié dans le Massif central", "Indigenous group's land claim recognised by federal court after a 20-year legal battle"],
  ])("leaves prime time, a prime minister, a land claim and a mineral deposit alone: %s | %s", (fr, en) => {
    expect(on(fr, "fr", [insurance, banking])).toBe(false);
    expect(on(en, "en", [insurance, banking])).toBe(false);
    expect(on("Geologists have mapped a vast copper deposit beneath the Atacama", "en", [banking])).toBe(false);
  });
});

describe("topical: a customer's voice, with or without a pronoun (session 27)", () => {
  const insurance = preset("insurance");
  const banking = preset("banking");
  const on = (text: string, lang: Lang, presets: ResolvedConfig["presets"], options = {}) => (check(text, { presets }, lang, options).score ?? 0) >= 0.5;

  it.each([
    ["Crédit immo signé ce matin chez le notaire 🔑 on a les clés, les cartons attendront demain mdr", "Finally got the keys today 🔑 mortgage signed, boxes everywhere, pizza on the floor tonight lol"],
    ["Prêt relais accordé, on peut enfin faire une offre sur la maison avec le jardin 🥹", "Mortgage payment went out this morning and the fridge is empty. Pasta again tonight lol"],
  ])("reads a customer's own dealings with the bank as their story: %s | %s", (fr, en) => {
    expect(on(fr, "fr", [banking])).toBe(false);
    expect(on(en, "en", [banking])).toBe(false);
  });

  it("reads a customer's claim or renewal with its figures as their story (blind set set-dy)", () => {
    expect(on("Devis orthodontie pour le petit : 2 800 €. La mutuelle en prend 900. On va manger des pâtes cet hiver 😅", "fr", [insurance])).toBe(false);
    expect(on("Kid put a football through the kitchen window. Claim's in, £150 excess, new pane on Thursday. He's banned from the garden for life", "en", [insurance])).toBe(false);
    expect(on("Mortgage renewal letter came today. Up 40%. Cool cool cool. Guess it is beans on toast till spring then", "en", [banking])).toBe(false);
    // From six words (twelve until session 30) the voice is read; under six, too little register for a bag of words.
    expect(on("Mortgage renewal letter came today. Up 40%. Cool cool cool.", "en", [banking])).toBe(false);
    expect(on("Mortgage renewal: up 40%. Cool.", "en", [banking])).toBe(true);
    expect(on("Claim for the cracked windscreen finally paid, six weeks after the hailstorm. Celebrating with a car wash ☀️", "en", [insurance])).toBe(false);
  });

  it("still reads the sector's talk in a personal voice as the sector's: two of its topics named", () => {
    expect(on("Quelqu'un peut m'expliquer pourquoi la baisse des taux de la BCE arrive sur l'épargne en 48 h et sur les crédits en 6 mois ? 🤔", "fr", [banking])).toBe(true);
    expect(on("Can someone explain why the Fed's rate cuts reach savings accounts in two days and loan rates in six months? 🤔", "en", [banking])).toBe(true);
  });

  it("still reads a firm's product named as `our` or `notre` as the firm's, in a chatty voice too", () => {
    expect(on("Proud that our online banking now works in 12 languages, I'm told", "en", [banking])).toBe(true);
    expect(on("Trop fière : notre livret d'épargne solidaire est enfin en ligne, j'ai pleuré un peu en voyant la page 🥹", "fr", [banking])).toBe(true);
    expect(on("Trop fière : notre nouvelle assurance vie solidaire est enfin en ligne, j'ai pleuré un peu en voyant la page 🥹", "fr", [insurance])).toBe(true);
  });

  it("still reads a firm speaking to its customers as the sector's, however chatty", () => {
    // The voice model reads the French one as personal; `vous` with no `je` is the firm's.
    expect(on("Nouveauté dans l'app 🎉 Vous pouvez désormais ouvrir un compte joint en 2 minutes, chacun avec sa carte et ses notifications. Idéal pour les courses, le loyer et les vacances à deux.", "fr", [banking])).toBe(true);
    expect(on("New in the app 🎉 You can now open a joint account in 2 minutes, each with your own card and alerts. Perfect for groceries, rent and holidays together.", "en", [banking])).toBe(true);
    // Told by a customer, the same novelty is their day.
    expect(on("Nouveauté dans l'app 🎉 On peut désormais ouvrir un compte joint en 2 minutes, chacun avec sa carte et ses notifications. Idéal pour les courses, le loyer et les vacances à deux.", "fr", [banking])).toBe(false);
  });


  it.each([
    ["Nouvelle agence à Nantes : nous ouvrons le lundi 3 mars au 12 rue de Strasbourg, avec deux conseillers en gestion de patrimoine sur place.", "We're opening our 42nd branch on Saturday 14 June at 18 Market Street, Leeds, with two wealth managers on site every day."],
  ])("still reads a firm announcing its own news in its own voice as the sector's: %s | %s", (fr, en) => {
    // The voice model read the French one as a customer's story (examples/rules/informed-fr-own-news-pass.txt).
    expect(on(fr, "fr", [finance])).toBe(true);
    expect(on(en, "en", [finance])).toBe(true);
    // Told by a customer in the first person, the same words are their day.
    expect(on("J'ai rendez-vous lundi avec deux conseillers en gestion de patrimoine à la nouvelle agence, on verra bien 😅", "fr", [finance])).toBe(false);
  });
  it.each([
    ["TotalEnergies ça fait 3 fois que je me fais sortir sur mon stop a 58€. Le marché me deteste perso", "Got stopped out of $AMD at the low again, then it ripped 6%. The market hates me personally"],
    ["Quelqu'un a compris le +8% d'Alstom ce matin ? Pas de news de mon côté, rachat de shorts ?", "Took profits on half my Nvidia this morning, letting the rest ride into earnings"],
  ])("reads an investor speaking of their positions as the markets' talk, not a customer's story (set-em, session 32): %s | %s", (fr, en) => {
    // The voice model reads them as a customer telling their day (odds 31.6 for the French one).
    expect(on(fr, "fr", [finance])).toBe(true);
    expect(on(en, "en", [finance])).toBe(true);
  });

  it.each([
    ["Orange m'a envoyé un SMS pour un « petit ajustement tarifaire ». 5€ de plus par mois c'est pas petit, Orange", "T-Mobile texted me about a 'small price adjustment'. $15 more a month is not small, T-Mobile"],
  ])("reads a price in a draft told in the first person as the author's, not a foothold for the learned reading (set-en, session 32): %s | %s", (fr, en) => {
    expect(on(fr, "fr", [finance])).toBe(false);
    expect(on(en, "en", [finance])).toBe(false);
  });

  it("reads a brand's legal mark as no emoji: the draft is still formed as a report (session 32, real finance tweets)", () => {
    expect(on("Invora™ Herbicide Receives EPA Federal Approval", "en", [finance])).toBe(true);
    expect(on("Nouvel herbicide : Invora™ obtient l'autorisation de mise sur le marché en France", "fr", [finance])).toBe(true);
  });

  it("still reads a stop, a line or shorter things in their everyday senses", () => {
    expect(on("Raté mon arrêt de bus ce matin, j'ai fini le trajet à pied sous la pluie, la journée commence bien", "fr", [finance])).toBe(false);
    expect(on("Quick stop at the bank on the way home, then pizza and a very long nap on the sofa lol", "en", [banking])).toBe(false);
    expect(on("Days are getting shorter and my patience for the commute too", "en", [finance])).toBe(false);
  });

  it("does not read the voice with `learned: false`, nor with the user's topics only", () => {
    expect(on("Mortgage payment went out this morning and the fridge is empty. Pasta again tonight lol", "en", [banking], { learned: false })).toBe(true);
    expect((check("Mortgage payment went out this morning and the fridge is empty. Pasta again tonight lol", { topics: ["mortgage"] }, "en").score ?? 0) >= 0.5).toBe(true);
  });

  it("says the sector's words are the author's own", () => {
    const out = check("Crédit immo signé ce matin chez le notaire 🔑 on a les clés, les cartons attendront demain mdr", { presets: [banking] }, "fr");
    expect(out.findings[0]!.message).toMatch(/^Ce brouillon se lit comme une histoire personnelle : « Crédit », « notaire » y sont à vous/);
  });
});

describe("topical: a word that folds to a topic's spelling but is another word (session 28)", () => {
  const on = (text: string, config: Partial<ResolvedConfig>, lang: Lang) => (check(text, config, lang).score ?? 0) >= 0.5;

  it("does not read `épargné par` (spared by) as `épargne` (savings), with a preset or the user's topics", () => {
    expect(on("Personne n'est épargné par la grippe à la maison, on est tous au lit avec du thé.", { presets: [finance] }, "fr")).toBe(false);
    expect(on("Le Finistère a été épargné par les coupures cette nuit, ouf.", { topics: ["épargne"] }, "fr")).toBe(false);
    // Savings, with or without its accents, is still the topic, and so is saving as a verb.
    expect(on("Les Français n'ont jamais autant épargné qu'en 2024, selon la Banque de France.", { topics: ["épargne"] }, "fr")).toBe(true);
    expect(on("L'épargne des ménages reste élevée, selon la Banque de France.", { topics: ["épargne"] }, "fr")).toBe(true);
    expect(on("L'epargne des menages reste elevee, selon la Banque de France.", { topics: ["épargne"] }, "fr")).toBe(true);
  });

  it("leaves English drafts as they were: no English word folds to another", () => {
    expect(on("Nobody was spared by the flu at home, we're all in bed with tea.", { presets: [finance] }, "en")).toBe(false);
    expect(on("Household savings stay high, the Bank of England says.", { topics: ["savings"] }, "en")).toBe(true);
  });
});

describe("topical: finance news in the words of real market tweets (session 28, the train split's read quarter)", () => {
  const on = (text: string, lang: Lang) => (check(text, { presets: [finance] }, lang).score ?? 0) >= 0.5;

  it.each([
    ["L'OMC prévoit un ralentissement des échanges", "The WTO sees trade slowing"],
    ["Les tensions commerciales pèsent sur les exportateurs", "Trade tensions weigh on exporters as talks stall"],
    ["Les achats d'initiés de la semaine", "Top insider buys of the week"],
  ])("reads trade and insiders' dealings as the sector's: %s | %s", (fr, en) => {
    expect(on(fr, "fr")).toBe(true);
    expect(on(en, "en")).toBe(true);
  });

  it("reads a share's move in spite of its news as a move (`despite`, `malgré`)", () => {
    expect(on("OncoSec Medical down 13% despite positive trial data", "en")).toBe(true);
    expect(on("Valneva recule de 13 % malgré des données positives", "fr")).toBe(true);
  });

  it("reads an analyst's upside with its figure, not the idiom", () => {
    expect(on("New bull sees 22% upside for Splunk", "en")).toBe(true);
    expect(on("Oddo voit un potentiel de hausse de 22 % pour Capgemini", "fr")).toBe(true);
    expect(on("This app is about to flip budgeting upside down. Absolutely epic. 💥", "en")).toBe(false);
  });

  it("reads the S&P's possessive as the index (English only: French writes `du S&P`)", () => {
    expect(on("The S&P's January decides the year, historically", "en")).toBe(true);
    expect(on("Historiquement, le mois de janvier du S&P donne le ton de l'année", "fr")).toBe(true);
  });
});

describe("topical: finance news in the words of real market tweets (session 29, the train split's read quarter)", () => {
  const on = (text: string, lang: Lang) => (check(text, { presets: [finance] }, lang).score ?? 0) >= 0.5;

  it("reads a move's verb right before a percentage as a share's move, an unknown name's too", () => {
    expect(on("Why ADMA Biologics Is Tumbling 13.5% Today", "en")).toBe(true);
    expect(on("Zealand Pharma fell by 8% in Copenhagen", "en")).toBe(true);
    expect(on("Valneva recule de 13 % à Paris", "fr")).toBe(true);
    expect(on("Le titre Atos dévisse de 21 %", "fr")).toBe(true);
    // The author's own figures stay theirs, and a percentage with no move is no share's.
    expect(on("My screen time jumped 40% this week, send help", "en")).toBe(false);
    expect(on("J'ai gagné 40 % de followers ce mois-ci, merci à vous", "fr")).toBe(false);
  });

  it("reads a topic quoted in part (`‘Phase Two’ talks`) as the topic", () => {
    expect(on("No Date Set for U.S.-China ‘Phase Two’ Talks, Lighthizer Says", "en")).toBe(true);
    expect(on("Pas de date pour les « négociations commerciales » entre Washington et Pékin", "fr")).toBe(true);
  });

  it("reads a company listed with its `'s` (`Macy's`, `McDonald's`) when written so, curly or straight", () => {
    expect(on("Macy’s Slumps as Website Hack Adds to Department-Store Malaise", "en")).toBe(true);
    expect(on("McDonald's chute de 4 % après ses résultats", "fr")).toBe(true);
    // …and still not as a place: a restaurant of the chain is where the news happened.
    expect(on("Le restaurant McDonald's de la zone commerciale ferme après 28 ans.", "fr")).toBe(false);
  });

  it.each([
    ["Commerce de gros : l'activité ralentit en octobre", "Wholesale inventories revised in October"],
    ["Le prix du charbon thermique au plus haut depuis 2008", "Mine delays in China lift thermal coal prices"],
    ["Pyramide de Ponzi : le fondateur condamné à 12 ans", "Ponzi scheme founder sentenced to 12 years"],
    ["Les hommes les plus riches du monde ont gagné 500 milliards cette année", "The world's richest people gained half a trillion dollars this year"],
  ])("reads the trade's data, commodities, frauds and fortunes: %s | %s", (fr, en) => {
    expect(on(fr, "fr")).toBe(true);
    expect(on(en, "en")).toBe(true);
  });

  it("does not read `sense` as the Sensex, nor players' futures as the market's", () => {
    expect(on("Went £3 into my overdraft for a single day and got charged £5 for it. Make it make sense.", "en")).toBe(false);
    expect(on("Academy Director Says Futures of Young Players Depend on Regular First-Team Minutes", "en")).toBe(false);
    expect(on("The BSE Sensex closes at a record", "en")).toBe(true);
  });

  it("reads a company's financing as the sector's: an everyday word alone, a deal with its verb", () => {
    expect(on("Acreage secures financing that will not dilute terms of Canopy deal", "en")).toBe(true);
    expect(on("La start-up Pasqal boucle un financement avant son introduction", "fr")).toBe(true);
    expect(on("Financing", "en")).toBe(false);
    expect(on("Financement", "fr")).toBe(false);
  });
});

describe("topical: a diary's first person with no subject (session 29)", () => {
  const on = (text: string, lang: Lang) => (check(text, { presets: [finance] }, lang).score ?? 0) >= 0.5;

  it.each([
    ["Payé le dernier loyer du crédit aujourd'hui. 20 ans. Papa aurait été fier ❤️", "Paid off the mortgage today. 25 years. Dad would've been so proud ❤️"],
  ])("reads a past tense that opens the draft with no subject as the author's own doings: %s | %s", (fr, en) => {
    expect(on(fr, "fr")).toBe(false);
    expect(on(en, "en")).toBe(false);
  });

  it("leaves a participle clause of news as it was (`Signé par le ministre, …`)", () => {
    expect(on("Signé par le ministre, le décret sur l'épargne retraite entre en vigueur", "fr")).toBe(true);
    expect(on("Signed by the governor, the bill caps overdraft fees at $15", "en")).toBe(true);
  });
});

describe("topical: a headline shared with its link is written as news (session 29)", () => {
  const on = (text: string, lang: Lang) => (check(text, { presets: [finance] }, lang).score ?? 0) >= 0.5;

  it.each([
    ["Pourquoi les retraites sont en crise partout dans le monde https://t.co/abc", "Why pensions across the world are in crisis https://t.co/abc"],
  ])("reads an everyday sector word in a headline and its link as the sector's news: %s | %s", (fr, en) => {
    expect(on(fr, "fr")).toBe(true);
    expect(on(en, "en")).toBe(true);
    // Without the link (or a name), the one everyday word is not enough.
    expect(on(fr.replace(/ https:.*$/, ""), "fr")).toBe(false);
    expect(on(en.replace(/ https:.*$/, ""), "en")).toBe(false);
  });

  it("does not read a link after the author's own words as news", () => {
    expect(on("Ma retraite commence lundi, enfin ! https://t.co/abc", "fr")).toBe(false);
    expect(on("My pension finally came through today https://t.co/abc", "en")).toBe(false);
  });
});

describe("topical: trade, money and headlines' forms, from real market tweets (session 30)", () => {
  const on = (text: string, lang: Lang) => (check(text, { presets: [finance] }, lang).score ?? 0) >= 0.5;

  it("reads trade as the economy's, and a sports trade as sport", () => {
    expect(on("Trade momentum rose in September for the first time in four months https://t.co/abc", "en")).toBe(true);
    expect(on("Les échanges commerciaux ont rebondi en septembre https://t.co/abc", "fr")).toBe(true);
    expect(on("Lakers Complete Trade Sending Guard to Hornets for Two Second-Round Picks", "en")).toBe(false);
    expect(on("Les Lakers finalisent un échange avec les Hornets", "fr")).toBe(false);
  });

  it.each([
    ["L'association Crésus a aidé 12 000 familles à reprendre en main leur argent l'an dernier, selon son rapport 2025", "Young Enterprise reached 410,000 pupils with its money programmes last year, up from 350k, the charity reports"],
  ])("reads money as an everyday sector word in news: %s | %s", (fr, en) => {
    expect(on(fr, "fr")).toBe(true);
    expect(on(en, "en")).toBe(true);
  });

  it.each([
    ["J'ai essayé d'expliquer à mon fils pourquoi l'État ne peut pas imprimer plus d'argent pour acheter un trampoline. Pas convaincu.", "Tried explaining to my 8yo why the government can't just print more money so we can buy a trampoline. He was not convinced."],
    ["RT @militant: ta seule ambition c'est de gagner de l'argent. Sinon tu proposerais des politiques qui marchent vraiment. @journaliste", "RT @caseykim12: Your sole purpose is to make money. Otherwise you'd suggest violence prevention policies that actually WORK. @piersmorgan"],
  ])("leaves money alone in a story of one's own or in chatter: %s | %s", (fr, en) => {
    expect(on(fr, "fr")).toBe(false);
    expect(on(en, "en")).toBe(false);
  });

  it("reads a year as news dates its story (`Top 5 credit cards for 2020`), not the same words without it", () => {
    expect(on("Les 5 meilleures cartes de crédit pour 2020", "fr")).toBe(true);
    expect(on("Top 5 credit cards for 2020", "en")).toBe(true);
    expect(on("Les 5 meilleures cartes de crédit", "fr")).toBe(false);
    expect(on("Top 5 credit cards", "en")).toBe(false);
  });

  it("reads a headline shared with its link past its question mark and its author's credit", () => {
    expect(on("Comment éviter le piège de l'immobilier locatif ? https://t.co/abc", "fr")).toBe(true);
    expect(on("What the general election could mean for the pound https://t.co/a by @OscarWGrut https://t.co/b", "en")).toBe(true);
    expect(on("Comment éviter le piège de l'immobilier locatif ?", "fr")).toBe(false);
    expect(on("What the general election could mean for the pound", "en")).toBe(false);
  });

  it("reads the market's bulls and bears, not the animals nor the teams", () => {
    expect(on("Les baissiers sortent du bois", "fr")).toBe(true);
    expect(on("New Netflix bear steps out", "en")).toBe(true);
    expect(on("Les Bulls de Chicago battent les Celtics", "fr")).toBe(false);
    expect(on("A bear was spotted near the campsite", "en")).toBe(false);
  });

  it("does not read a headline's `what you need to know` as the reader addressed", () => {
    expect(on("Tout ce que vous devez savoir sur les marchés cette semaine https://t.co/abc", "fr")).toBe(true);
    expect(on("All you need to know about the markets this week https://t.co/abc", "en")).toBe(true);
    // Said to the reader, it is still addressed.
    expect(on("Vous voyez les marchés cette semaine ? https://t.co/abc", "fr")).toBe(false);
    expect(on("Do you see the markets this week? https://t.co/abc", "en")).toBe(false);
  });

  it.each([
    ["La pétrochimie européenne face à la consolidation du secteur", "European petrochemicals face consolidation"],
    ["Effacement de la dette étudiante : le plan est bloqué", "Student loan forgiveness plan is blocked"],
    ["Les valeurs industrielles portent la cote", "Industrials lead the market higher"],
  ])("reads the trade's words a vocabulary check found missing: %s | %s", (fr, en) => {
    expect(on(fr, "fr")).toBe(true);
    expect(on(en, "en")).toBe(true);
  });

  it.each([
    ["Le 10 ans français paie plus que l'espagnol. Oui.", "10y through 4.70%. Again."],
    ["Gros volume sur les puts CAC déc 7000", "China 10y CGB below 2.2%. First time ever."],
  ])("reads traders' shorthand for rates and options (blind sets set-ef, set-eg): %s | %s", (fr, en) => {
    expect(on(fr, "fr")).toBe(true);
    expect(on(en, "en")).toBe(true);
    // A tenor is also an age or a span: alone, with no figure of the sector, it is an everyday word.
    expect(on("Mon fils a 10 ans aujourd'hui, déjà !", "fr")).toBe(false);
    expect(on("Kid turned 10y today, where did the time go", "en")).toBe(false);
  });

  it.each([
    ["Carburants : le gazole repasse au-dessus de 1,80 € le litre", "Petrol prices back above £1.50 a litre"],
    ["VIDÉO. Le prix du café s'envole", "Coffee prices soar"],
    ["Pourquoi votre assurance auto va coûter plus cher", "Why your car insurance will cost more"],
  ])("reads prices as general media report them (blind set set-eh): %s | %s", (fr, en) => {
    expect(on(fr, "fr")).toBe(true);
    expect(on(en, "en")).toBe(true);
    // The author's own fill-up or contract is their day.
    expect(on("Plein de gazole à 1,85 € ce matin, ça pique", "fr")).toBe(false);
    expect(on("My car insurance will cost more this year, great", "en")).toBe(false);
    // `le plein` (a fill-up) does not hide `plein emploi`.
    expect(on("Le plein emploi recule : le chômage remonte à 7,7 %", "fr")).toBe(true);
  });

  it("reads a data release in its shorthand, a figure set against the expected one, as a move that backs an everyday word", () => {
    expect(on("Emplois créés : 233 000 contre 230 000 attendus", "fr")).toBe(true);
    expect(on("Claims 233k vs 230k exp.", "en")).toBe(true);
    expect(on("NFP 150k vs 180k exp", "en")).toBe(true);
    // Not a school mark or a match score set against a guess.
    expect(on("Mon fils a eu 12 contre 8 attendus au contrôle de maths", "fr")).toBe(false);
    expect(on("Arsenal won 3 vs 1 expected by the pundits", "en")).toBe(false);
  });

  it("reads the preset's terms that its phrases could not match before session 31", () => {
    // Digits glued to letters, a comma, a hashtag whose cashtag was listed too (`$SPY`, `#SPY`).
    expect(on("2s10s un-inverted. Clock starts now.", "en")).toBe(true);
    expect(on("Buy now, pay later is credit. Regulate it like credit.", "en")).toBe(true);
    expect(on("#SPY looking heavy into the close", "en")).toBe(true);
    // An everyday phrase with a possessive's apostrophe hides its sector word again.
    expect(on("Saturday Farmers' Market returns to Courthouse Square with 40 vendors", "en")).toBe(false);
  });
});

describe("topical: the insurance and banking trades' own words in every preset's long tail (session 33)", () => {
  it.each([
    ["Assurance PNO obligatoire en copropriété : rappel aux bailleurs", "Open enrollment starts Nov 1. Don't auto-renew blindly."],
    ["La garantie emprunteur et la quotité d'assurance, on en parle ?", "Whole life or term life? For most young families, term wins."],
  ])("on topic with each preset: %s | %s", (fr, en) => {
    for (const name of ["finance", "banking", "insurance"] as const) {
      const options = { lang: "fr" as Lang, config: { presets: [preset(name)] }, options: { learned: false } };
      expect(rule.check(makeContext(fr, options)).score).toBeGreaterThanOrEqual(0.5);
      expect(rule.check(makeContext(en, { ...options, lang: "en" })).score).toBeGreaterThanOrEqual(0.5);
    }
  });
});

describe("topical: a firm's word to its customers, in its voice and to the reader (session 33, desk sets)", () => {
  const score = (text: string, lang: Lang) => rule.check(makeContext(text, { lang, config: { presets: [finance] }, options: {} })).score ?? 0;
  it("reads an everyday sector word there as the firm's product", () => {
    expect(score("Service perturbé : notre plateforme téléphonique est saturée ce matin. Privilégiez votre espace adhérent pour vos remboursements.", "fr")).toBeGreaterThanOrEqual(0.5);
    expect(score("Our app now lets you make a windscreen claim with a single photo and book a repair slot the same day.", "en")).toBeGreaterThanOrEqual(0.5);
  });

  it("not when someone says I", () => {
    expect(score("Mon assurance me dit que vous devez attendre nos remboursements 3 semaines, super", "fr")).toBeLessThan(0.5);
    expect(score("my insurance said we'd get your claim paid next week. it's march", "en")).toBeLessThan(0.5);
  });
});

describe("topical: a firm's service named to the reader beside a sector word (session 34, desk sets)", () => {
  const score = (text: string, lang: Lang) => rule.check(makeContext(text, { lang, config: { presets: [finance] }, options: {} })).score ?? 0;
  it("reads the everyday sector word as the firm's product", () => {
    expect(score("Orages : déclarez vos sinistres sur l'appli 📲", "fr")).toBeGreaterThanOrEqual(0.5);
    expect(score("You can now upload photos and videos of the damage straight to your claim in the app 📸", "en")).toBeGreaterThanOrEqual(0.5);
  });

  it("not without the reader, nor when someone says I", () => {
    expect(score("le distributeur de la place est encore en panne, 3e fois ce mois ci. super pour payer la boulangere qui prend pas la CB", "fr")).toBeLessThan(0.5);
    expect(score("Barclays app down on payday. Of course it is", "en")).toBeLessThan(0.5);
    expect(score("J'ai déclaré mon sinistre sur l'appli, vous y croyez ? Trois semaines sans nouvelles", "fr")).toBeLessThan(0.5);
    expect(score("I uploaded the photos to my claim in the app and you know what, still nothing", "en")).toBeLessThan(0.5);
  });
});
