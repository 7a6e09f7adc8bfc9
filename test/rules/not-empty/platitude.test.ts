// Platitudes: tautologies (`risk is risk`) and a slogan's figures (`100 % vous`); French and
// English side by side, written for these tests.
import { both, check, slice } from "../../helpers/not-empty.js";


describe("not-empty: tautologies", () => {
  it.each([
    ["Une assurance reste une assurance. Au fond, l'épargne reste l'épargne.", "assurance reste une assurance", "Insurance is insurance, and at heart a loan will be a loan.", "Insurance is insurance"],
  ])("fails %s | %s", (fr, frWords, en, enWords) => {
    for (const [text, lang, words] of [[fr, "fr", frWords], [en, "en", enWords]] as const) {
      const out = check(text, lang);
      expect(out.score).toBeLessThan(0.5);
      expect(out.findings.some((f) => slice(text, f).includes(words) && /filler|remplissage/.test(f.message))).toBe(true);
    }
  });

  it("does not read a word met twice in other roles as one", () => {
    for (const [text, lang] of [
      ["Le taux est le taux directeur de la BCE, à 2 % depuis juin", "fr"],
      ["The rate is the rate the ECB pays on deposits, 2% since June", "en"],
    ] as const)
      expect(check(text, lang).findings.filter((f) => /filler|remplissage/.test(f.message))).toEqual([]);
  });
});

describe("not-empty: a slogan's figures", () => {
  it("reads `100 %` said twice, or to the reader, as hype and not as a fact", () => {
    for (const [text, lang, words] of [
      ["100 % mobile, 100 % simple : votre nouvelle banque ✨", "fr", "100 % mobile"],
      ["Your money, 100% you. The account that gets it ✨", "en", "100% you"],
    ] as const) {
      const out = check(text, lang);
      expect(out.score).toBeLessThan(0.5);
      expect(out.findings.some((f) => slice(text, f).includes(words) && /enthousiasme|enthusiasm/.test(f.message))).toBe(true);
    }
  });

  it("keeps `100 %` of something as a figure", () => {
    for (const [text, lang] of [
      ["100 % des sinistres déclarés en ligne sont traités sous 48 h, selon l'assureur", "fr"],
      ["100% of claims filed online are settled within 48 hours, the insurer says", "en"],
    ] as const)
      expect(check(text, lang).findings).toEqual([]);
  });
});

describe("not-empty: ad copy (session 6)", () => {
  it.each([
    ["Plus claire. Plus rapide. Plus vous. Votre nouvelle appli bancaire est là", "Plus claire. Plus rapide. Plus vous.", "Clearer. Faster. Yours. Your new banking app is here", "Clearer. Faster. Yours."],
    ["L'assurance, autrement. Plus simple, plus juste, plus proche. 💙", "assurance, autrement", "Insurance, but better. More simple, more fair, more human. 💙", "Insurance, but better"],
  ])("fails %s | %s", (fr, frWords, en, enWords) => {
    for (const [text, lang, words] of [[fr, "fr", frWords], [en, "en", enWords]] as const) {
      const out = check(text, lang);
      expect(out.score).toBeLessThan(0.5);
      expect(out.findings.some((f) => slice(text, f).includes(words) && /enthousiasme|enthusiasm/.test(f.message))).toBe(true);
    }
  });

  it("does not read `X, but you can't…` or a list of comparisons with figures as ad copy", () => {
    for (const [text, lang] of [
      ["You can leave the bank, but you can't leave the overdraft behind, says the FCA's review of 2,000 accounts", "en"],
      ["Plus de crédits, plus de dépôts, plus de marges : le PNB de la banque progresse de 4 % au T3", "fr"],
    ] as const)
      expect(check(text, lang).findings.filter((f) => /enthousiasme|enthusiasm/.test(f.message))).toEqual([]);
  });
});

describe("not-empty: slogans to the reader and sector words reinvented (session 7)", () => {
  it.each([
    ["Votre argent. Vos projets. Votre banque. 💚", "Votre argent. Vos projets. Votre banque.", "Your money. Your rules. Your bank. 💚", "Your money. Your rules. Your bank."],
    ["L'assurance réinventée pour un monde qui ne s'arrête jamais 🌍", "assurance réinventée", "insurance reimagined for a world that never stops 🌍", "insurance reimagined"],
  ])("%s → %j | %s → %j", (fr, frWords, en, enWords) => {
    for (const [text, lang, words] of [[fr, "fr", frWords], [en, "en", enWords]] as const) {
      const out = check(text, lang);
      expect(out.score).toBeLessThan(0.5);
      expect(out.findings.some((f) => slice(text, f).includes(words) && /enthousiasme|enthusiasm/.test(f.message))).toBe(true);
    }
  });

  it("does not read one word to the reader in a run of beats as a slogan, nor a sector that reinvented itself", () => {
    for (const [text, lang] of both("Tu. Es. Sérieux. Là. Encore un retard de train ce matin.", "Are. You. Kidding. Me. Another train delay this morning."))
      expect(check(text, lang).findings.filter((f) => /enthousiasme|enthusiasm/.test(f.message))).toEqual([]);
    expect(check("Insurance reinvented itself after 2008 by pricing catastrophe risk with far better models.", "en").findings).toEqual([]);
  });
});

describe("not-empty: motivational tags with nothing firm, whatever the word count (session 7)", () => {
  it("fails a maxim under two tags of empty enthusiasm", () => {
    for (const [text, lang] of both(
      "Le succès n'est pas une destination, c'est une façon d'avancer. Belle semaine aux entrepreneurs qui osent 💪 #motivation #leadership",
      "Success is not a destination, it's a way of moving forward. Great week to every founder who dares 💪 #motivation #leadership",
    )) {
      const out = check(text, lang);
      expect(out.score).toBeLessThan(0.5);
      expect(out.findings.some((f) => slice(text, f).includes("#motivation"))).toBe(true);
    }
  });

  it("keeps a sourced draft with the same tags", () => {
    for (const [text, lang] of both("Selon l'Insee, 1 entreprise sur 4 a recruté un apprenti en 2024 #motivation #leadership", "Per the ONS, 1 in 4 firms hired an apprentice in 2024 #motivation #leadership"))
      expect(check(text, lang).findings).toEqual([]);
  });
});

describe("not-empty: a slogan's beats after an emoji, and `That's the X promise` (session 7)", () => {
  it("reads an emoji as the end of a beat", () => {
    const text = "L'assurance réinventée pour ceux qui osent 🌍🔥 Plus simple. Plus rapide. Plus vous.";
    const out = check(text, "fr");
    expect(out.score).toBeLessThan(0.5);
    expect(out.findings.some((f) => slice(text, f).includes("Plus simple. Plus rapide. Plus vous."))).toBe(true);
    const en = "Banking rebuilt for the bold 🚀🔥 Simpler. Faster. Yours.";
    expect(check(en, "en").findings.some((f) => slice(en, f).includes("Simpler. Faster. Yours."))).toBe(true);
  });

  it("reads `That's the X promise` as hype and keeps a story told in short beats", () => {
    const promise = "Dream big, spend smart, live rewarded. That's the Maple Rewards promise 🍁";
    expect(check(promise, "en").score).toBeLessThan(0.5);
    expect(check(promise, "en").findings.some((f) => slice(promise, f).includes("That's the Maple Rewards promise"))).toBe(true);
    expect(check("Rain 🌧️ Traffic. Forgot lunch. Long day at the office but we shipped the release.", "en").findings.filter((f) => /enthusiasm/.test(f.message))).toEqual([]);
  });
});

describe("not-empty: `one client at a time` and a draft note left unbracketed (session 7)", () => {
  it("reads `one client at a time` as a slogan's tail", () => {
    for (const [text, lang] of both("Réinventer l'assurance, un client à la fois 💙", "Redefining wealth management, one client at a time. Excellence is our standard."))
      expect(check(text, lang).score).toBeLessThan(0.5);
    expect(check("Insurers paid claims one at a time in 2024: 1.2m of them, each checked by hand, says the ABI", "en").findings).toEqual([]);
  });

  it("reads `brouillon à compléter avant midi` as a note to self", () => {
    expect(check("brouillon a completer avant midi", "fr").score).toBe(0);
    expect(check("Le brouillon de loi à compléter par le Sénat prévoit 2 Md€ d'aides, selon Les Échos", "fr").findings).toEqual([]);
  });
});

describe("not-empty: slogans without a comparative (session 8)", () => {
  const HYPE = /enthusiasm|enthousiasme/;
  it.each([
    // A firm's staccato, a refrain, an antithesis.
    ["Audacieux. Humains. Inarrêtables. C'est comme ça que nous faisons la banque 💚", "Audacieux. Humains. Inarrêtables", "Bold. Purposeful. Unstoppable. That's how we do sustainable banking 💚", "Bold. Purposeful. Unstoppable"],
    ["Une banque qui a du sens. Un avenir qui a du sens. Du sens, tout simplement.", "sens", "Banking with purpose. A future with purpose. Purpose, always.", "Purpose"],
    ["On ne suit pas le marché. On le façonne. 🌍", "On ne suit pas le marché", "We don't follow the market. We shape it. 🌍", "We don't follow the market"],
  ])("%s → %j | %s → %j", (fr, frWords, en, enWords) => {
    for (const [text, lang, words] of [[fr, "fr", frWords], [en, "en", enWords]] as const) {
      const out = check(text, lang);
      expect(out.score).toBeLessThan(0.5);
      expect(out.findings.some((f) => slice(text, f).includes(words) && HYPE.test(f.message))).toBe(true);
    }
  });

  it("leaves everyday beats and a word said three times in one breath alone", () => {
    for (const [text, lang] of [
      ["Pluie. Bouchons. Oublié mon déjeuner. Lundi.", "fr"],
      ["Rain. Traffic. Forgot lunch. Monday.", "en"],
      ["Il neige en avril. Super super super.", "fr"],
      ["it's snowing in april. cool cool cool", "en"],
    ] as const)
      expect(check(text, lang).findings).toEqual([]);
  });
});
