import { formatMessage, pluralForm, type MessageTable } from "../../src/lang/messages.js";

const table: MessageTable = {
  thin: { en: "Only {count} meaningful words ({words}).", fr: "Seulement {count} mots porteurs de sens ({words})." },
  plain: { en: "Nothing to fill in.", fr: "Rien à remplir." },
};

describe("formatMessage", () => {
  it("fills the parameters in the locale asked", () => {
    expect(formatMessage(table, "en", "thin", { count: 2, words: "“rates”" })).toBe("Only 2 meaningful words (“rates”).");
    expect(formatMessage(table, "fr", "thin", { count: 2, words: "« taux »" })).toBe("Seulement 2 mots porteurs de sens (« taux »).");
    // The same template again (templates are split once).
    expect(formatMessage(table, "en", "thin", { count: 3, words: "x" })).toBe("Only 3 meaningful words (x).");
  });
  it("keeps a parameter it was not given, and shows a missing key rather than failing", () => {
    expect(formatMessage(table, "en", "thin", { count: 1 })).toBe("Only 1 meaningful words ({words}).");
    expect(formatMessage(table, "fr", "plain")).toBe("Rien à remplir.");
    expect(formatMessage(table, "fr", "nope")).toBe("nope");
  });
});

describe("pluralForm", () => {
  // CLDR's rules for whole numbers: English singular for 1 only, French for 0 and 1.
  it.each([
    ["en", 0, "drafts"],
    ["en", 1, "draft"],
    ["en", 2, "drafts"],
    ["en", 10, "drafts"],
    ["fr", 0, "brouillon"],
    ["fr", 1, "brouillon"],
    ["fr", 2, "brouillons"],
    ["fr", 10, "brouillons"],
  ] as const)("%s, %i: %s", (locale, n, expected) => {
    const [one, other] = locale === "fr" ? ["brouillon", "brouillons"] : ["draft", "drafts"];
    expect(pluralForm(locale, n, one, other)).toBe(expected);
  });
});
