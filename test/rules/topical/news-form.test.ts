// The form of a draft written as news (src/rules/topical/news-form.ts), French and English side by side.
import { tokensOf } from "../../../src/lang/analyze.js";
import { formedAsReport, writtenAsNews } from "../../../src/rules/topical/news-form.js";
import { makeContext } from "../../helpers/context.js";

const written = (text: string) => writtenAsNews(makeContext(text), tokensOf(text));

describe("news form", () => {
  it.each([
    ["Verpakt nomme un nouveau directeur financier", "Ostrander names new CFO"],
    ["RTL : la dette de Verpakt inquiète", "Ratings: Verpakt debt worries Ostrander"],
  ])("reads a draft with no emoji that is not a reply as formed as a report: %s | %s", (fr, en) => {
    expect(formedAsReport(tokensOf(fr))).toBe(true);
    expect(formedAsReport(tokensOf(en))).toBe(true);
  });

  it.each([
    ["Verpakt nomme un nouveau directeur financier 🎉", "Ostrander names new CFO 🎉", "an emoji"],
    ["@verpakt nomme un nouveau directeur financier", "@ostrander names new CFO", "a reply"],
    ["RT Verpakt nomme un nouveau directeur financier", "RT Ostrander names new CFO", "a retweet"],
  ])("does not with %s: %s | %s", (fr, en) => {
    expect(formedAsReport(tokensOf(fr))).toBe(false);
    expect(formedAsReport(tokensOf(en))).toBe(false);
  });

  it("wants a name past the first word for a headline, not a month or a weekday, nor a word after a full stop", () => {
    expect(written("La dette de Verpakt inquiète")).toBe(true);
    expect(written("Pension trustees back the Harlow plan")).toBe(true);
    expect(written("La dette inquiète le conseil en Janvier")).toBe(false);
    expect(written("Pension trustees back the plan on Friday")).toBe(false);
    expect(written("La dette inquiète. Le conseil attend")).toBe(false);
    expect(written("Trustees back the plan. Members wait")).toBe(false);
  });
});

describe("news form: a shared headline and a year (session 30)", () => {
  it.each([
    ["Pourquoi les retraites sont en crise ? https://t.co/abc", "Why are pensions in crisis? https://t.co/abc", "its question mark before the link"],
    ["Ce que l'élection change pour l'épargne https://t.co/a par @Journaliste https://t.co/b", "What the election means for savers https://t.co/a by @OscarWGrut https://t.co/b", "its author's credit between links"],
    ["Les meilleurs livrets pour 2020", "Top 5 credit cards for 2020", "a year"],
  ])("reads as written as news: %s | %s (%s)", (fr, en) => {
    expect(written(fr)).toBe(true);
    expect(written(en)).toBe(true);
  });

  it("does not read a credit with no link before it, or a number that is not a year, as news", () => {
    expect(written("les meilleurs livrets, merci @copine https://t.co/b")).toBe(false);
    expect(written("les meilleurs livrets ? merci @copine")).toBe(false);
    expect(written("top 5 credit cards for 2 people")).toBe(false);
  });
});
