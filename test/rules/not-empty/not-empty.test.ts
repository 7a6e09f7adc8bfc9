import { rule } from "../../../src/rules/not-empty/index.js";
import type { Lang } from "../../../src/types.js";
import { makeContext } from "../../helpers/context.js";

function check(text: string, lang: Lang, options = {}, locale: Lang = lang) {
  return rule.check(makeContext(text, { lang, locale, options }));
}
const slice = (text: string, f: { start?: number; end?: number }) => text.slice(f.start ?? 0, f.end ?? 0);

describe("not-empty", () => {
  it.each([
    ["La BCE abaisse ses taux de 25 pb, le taux de dépôt passe à 2 %", "The ECB cuts rates by 25 bp, taking the deposit rate to 2%"],
    ["BCE : taux inchangés", "ECB: rates unchanged"],
    ["Record historique pour le CAC 40, porté par le luxe (Euronext)", "Historic high for the S&P 500 as chipmakers rally (Reuters)"],
    ["Notre analyse du budget 2025, chiffre par chiffre. À suivre jeudi : la réunion de la BCE", "Our take on the 2025 budget, line by line. Stay tuned for Thursday's ECB meeting"],
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
  ])("filler: %s → %j | %s → %j", (fr, frWords, en, enWords) => {
    for (const [text, lang, words] of [[fr, "fr", frWords], [en, "en", enWords]] as const) {
      const out = check(text, lang);
      expect(out.score).toBeLessThan(0.5);
      // One finding per kind of emptiness: it starts at the first filler words and names them.
      expect(out.findings.some((f) => slice(text, f).startsWith(words) && f.message.includes(words))).toBe(true);
    }
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
