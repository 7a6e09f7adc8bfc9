// The shared phrase matcher, as the cool-down's lexicons use it.
import { PhraseMatcher } from "../../src/text/phrases.js";
import { tokenize } from "../../src/text/tokenize.js";

const match = (phrases: string[], text: string): string[] =>
  new PhraseMatcher(phrases).match(tokenize(text)).map((m) => text.slice(m.start, m.end));

describe("PhraseMatcher (cool-down lexicon cases)", () => {
  it("ignores case, accents and a final s/x", () => {
    expect(match(["énervé", "idiot"], "ENERVE par ces Idiots")).toEqual(["ENERVE", "Idiots"]);
  });
  it("matches French elisions and English contractions as the tokenizer splits them", () => {
    expect(match(["t'es", "j'en ai marre"], "T’es lourd, j'en ai marre")).toEqual(["T’es", "j'en ai marre"]);
    expect(match(["can't stand", "you're"], "I can't stand it, you're late")).toEqual(["can't stand", "you're"]);
  });
  it("matches a hyphenated phrase written with a hyphen or a space", () => {
    expect(match(["tais-toi"], "Tais-toi. Tais toi.")).toEqual(["Tais-toi", "Tais toi"]);
  });
  it("prefers the longest phrase, and honours prefixes and hashtag-only phrases", () => {
    expect(match(["shame", "shame on you"], "shame on you")).toEqual(["shame on you"]);
    expect(match(["fuck*"], "fucking hell")).toEqual(["fucking"]);
    expect(match(["#angry"], "angry #angry")).toEqual(["#angry"]);
  });
  it("does not match across mentions or cashtags", () => {
    expect(match(["screw you"], "screw @you")).toEqual([]);
  });
  it("gives token indices into the token list it was given (hyphens included)", () => {
    const tokens = tokenize("Un contrat d'assurance-vie rentable");
    const [m] = new PhraseMatcher(["assurance vie"]).match(tokens);
    expect(tokens[m!.first]!.text).toBe("assurance");
    expect(tokens[m!.last]!.text).toBe("vie");
  });
});

test("at equal length, a tag phrase wins over the same word (`#irritated` over `irritated`)", () => {
  const m = new PhraseMatcher<number>([
    ["irritated", 1],
    ["#irritated", 2],
  ]);
  expect(m.match(tokenize("so #irritated")).map((x) => x.data)).toEqual([2]);
  expect(m.match(tokenize("so irritated")).map((x) => x.data)).toEqual([1]);
});

describe("PhraseMatcher: words joined by &, ( and /, and English possessives", () => {
  it("matches S&P, M&A, P&C, 401(k) and EUR/USD however the joiner is written", () => {
    expect(match(["S&P 500", "M&A"], "Le S&P 500 recule, les M&A reprennent")).toEqual(["S&P 500", "M&A"]);
    expect(match(["P&C", "401(k)"], "P&C pricing and 401(k) balances; 401k plans")).toEqual(["P&C", "401(k", "401k"]);
    expect(match(["Standard & Poor's", "Legal & General"], "Standard & Poor's et Legal & General")).toEqual(["Standard & Poor's", "Legal & General"]);
    expect(match(["EUR/USD"], "l'EUR/USD à 1,05")).toEqual(["EUR/USD"]);
  });
  it("does not join words separated by a space and a hyphen or a slash", () => {
    expect(match(["taux fixe"], "taux / fixe, taux - fixe")).toEqual([]);
  });
  it("matches the English possessive of a phrase's last word (ECB's, Bank of Japan's), not of another word", () => {
    expect(match(["ECB", "Bank of Japan"], "The ECB's Lagarde and the Bank of Japan's Ueda")).toEqual(["ECB's", "Bank of Japan's"]);
    expect(match(["Moody's"], "Moody's and Moody’s, not moody")).toEqual(["Moody's", "Moody’s"]);
    expect(match(["Lloyds"], "Lloyd's of London")).toEqual(["Lloyd's"]);
    expect(match(["bank of"], "the bank's of")).toEqual([]);
  });
  it("matches the possessive of a one-letter last word after the name's first (S&P's), not of a letter alone", () => {
    expect(match(["S&P", "S&P 500"], "the S&P's January, the S&P’s year, the S&P 500 rally")).toEqual(["S&P's", "S&P’s", "S&P 500"]);
    expect(match(["p"], "mind your p's and q's")).toEqual([]);
  });
  it("reads a phrase quoted in part as the phrase (‘Phase Two’ talks, « quantitative easing » de la BCE), not a quote mark alone", () => {
    expect(match(["phase two talks", "quantitative easing de"], "No date for ‘Phase Two’ Talks; le « quantitative easing » de la BCE")).toEqual(["Phase Two’ Talks", "quantitative easing » de"]);
    expect(match(["phase one deal"], 'the "phase one" deal, the \'phase one\' deal')).toEqual(['phase one" deal', "phase one' deal"]);
    // A quote mark opens a phrase's first word only: before it, it is not the phrase's.
    expect(match(["trade war"], "the trade. war")).toEqual([]);
  });
  it("reads a phrase as the tokenizer reads a draft: commas, percent signs, digits glued to letters, a possessive's apostrophe", () => {
    expect(match(["buy now, pay later"], "Buy now, pay later is credit")).toEqual(["Buy now, pay later"]);
    expect(match(["2% target", "100 % garanti", "garanti à 100 %"], "back to the 2% target; rendement 100 % garanti, capital garanti à 100 %")).toEqual(["2% target", "100 % garanti", "garanti à 100 %"]);
    expect(match(["25bp", "2s10s", "13F filing"], "A 25bp cut, the 2s10s curve, a 13F filing")).toEqual(["25bp", "2s10s", "13F filing"]);
    expect(match(["members' money", "farmers' market"], "Members' money and the Farmers’ Market")).toEqual(["Members' money", "Farmers’ Market"]);
    // The mark is matched, not skipped: without the comma or the sign the words are another phrase.
    expect(match(["buy now, pay later", "2% target"], "buy now pay later, a 2 target")).toEqual([]);
  });
  it("leaves French elisions alone (l'or is not a possessive)", () => {
    expect(match(["or"], "le cours de l'or")).toEqual(["or"]);
    expect(match(["l'once"], "L'once d'or")).toEqual(["L'once"]);
  });
});

describe("PhraseMatcher: phrases sharing a first word", () => {
  it("tries them by their second word, past a joining hyphen, and on a possessive", () => {
    const m = new PhraseMatcher(["the fed", "the ecb", "the bank of england", "the", "assurance vie", "lloyd's bank"].map((p) => [p, p] as const));
    const found = (text: string) => m.match(tokenize(text)).map((x) => x.phrase);
    expect(found("The ECB and the Fed, then the Bank of England")).toEqual(["the ecb", "the fed", "the bank of england"]);
    expect(found("the the")).toEqual(["the", "the"]);
    expect(found("Assurance-vie")).toEqual(["assurance vie"]);
  });

  it("at equal length, prefers a tag phrase, then the phrase listed first", () => {
    const m = new PhraseMatcher([["taux", 1], ["#taux", 2], ["taux", 3]] as const);
    expect(m.match(tokenize("#taux")).map((x) => x.data)).toEqual([2]);
    expect(m.match(tokenize("taux")).map((x) => x.data)).toEqual([1]);
    const n = new PhraseMatcher([["banque centrale", "a"], ["banque cent*", "b"]] as const);
    expect(n.match(tokenize("banque centrale")).map((x) => x.data)).toEqual(["a"]);
    const o = new PhraseMatcher([["banque cent*", "b"], ["banque centrale", "a"]] as const);
    expect(o.match(tokenize("banque centrale")).map((x) => x.data)).toEqual(["b"]);
  });
});

describe("PhraseMatcher: phrases ending on a question or exclamation mark", () => {
  // `prêts ?` (ready?) is a teaser; without its mark it would match every `prêts` (loans).
  const m = new PhraseMatcher(["prêts ?", "and you?", "à suivre !"]);
  const found = (text: string) => m.match(tokenize(text)).map((x) => x.phrase);

  it("match only when the mark follows the words", () => {
    expect(found("Prêts ? On lance demain")).toEqual(["prêts ?"]);
    expect(found("And you? Tell us")).toEqual(["and you?"]);
    expect(found("À suivre !")).toEqual(["à suivre !"]);
  });

  it("do not match the words alone, nor another mark", () => {
    expect(found("22 % des prêts de plus de 10 ans")).toEqual([]);
    expect(found("Prêts.")).toEqual([]);
    expect(found("and you think rates will fall")).toEqual([]);
    expect(found("à suivre")).toEqual([]);
  });

  it("accept full-width marks", () => {
    expect(found("Prêts？")).toEqual(["prêts ?"]);
  });
});

describe("PhraseMatcher.matchWithJoinedTags (session 18)", () => {
  const joined = (phrases: string[], text: string): string[] =>
    new PhraseMatcher(phrases.map((p) => [p, p] as const)).matchWithJoinedTags(tokenize(text)).map((m) => `${text.slice(m.start, m.end)}=${m.data}`);

  it("reads a hashtag that writes a phrase's words together as the phrase", () => {
    expect(joined(["assurance-vie", "pouvoir d'achat", "taux d'intérêt"], "#AssuranceVie, #PouvoirDAchat et #tauxdinteret")).toEqual([
      "#AssuranceVie=assurance-vie",
      "#PouvoirDAchat=pouvoir d'achat",
      "#tauxdinteret=taux d'intérêt",
    ]);
    expect(joined(["interest rates", "wealth management"], "#InterestRates and #wealthmanagement")).toEqual(["#InterestRates=interest rates", "#wealthmanagement=wealth management"]);
  });

  it("keeps words, one-word phrases and short joins as they were", () => {
    // Written out, the phrase matches as before; a one-word phrase matches its hashtag as before.
    expect(joined(["interest rates", "épargne"], "interest rates #épargne")).toEqual(["interest rates=interest rates", "#épargne=épargne"]);
    // A join needs eight letters or more: `#fedup` has five, `#tauxfixe` eight.
    expect(joined(["fed up", "taux fixe"], "#fedup #tauxfixe")).toEqual(["#tauxfixe=taux fixe"]);
    // A word joined to a phrase is another word.
    expect(joined(["interest rates"], "#interestratesdown")).toEqual([]);
  });
});

describe("PhraseMatcher.matchWithJoinedTags with mentions (session 25)", () => {
  const names = ["ACPR", "France Assureurs", "Bank of England", "Treasury", "fintech"];
  const found = (text: string, mentions = true): string[] =>
    new PhraseMatcher(names.map((p) => [p, p] as const)).matchWithJoinedTags(tokenize(text), mentions).map((m) => `${text.slice(m.start, m.end)}=${m.data}`);

  it("reads a handle as the name it writes: whole, joined, or its part before `_`", () => {
    expect(found("Selon @FranceAssureurs et l'@ACPR_BdF, rien ne change")).toEqual(["@FranceAssureurs=France Assureurs", "@ACPR_BdF=ACPR"]);
    expect(found("Speech by the @bankofengland governor, via @Treasury")).toEqual(["@bankofengland=Bank of England", "@Treasury=Treasury"]);
  });

  it("leaves a reply's addressees, common nouns and lower-case words of a person's handle alone", () => {
    expect(found("@ACPR_BdF @FranceAssureurs merci pour la réponse")).toEqual([]);
    expect(found("cc @treasury_desk @fintech_paris75 thanks all")).toEqual([]);
    // Without `mentions`, as the other rules ask, no handle is read.
    expect(found("Selon @FranceAssureurs, rien ne change", false)).toEqual([]);
  });
});
