import { joinInitialisms } from "../../src/text/initialisms.js";
import { tokenize } from "../../src/text/tokenize.js";

const words = (text: string) => joinInitialisms(tokenize(text)).map((t) => `${t.text}:${t.key ?? ""}`);

describe("joinInitialisms", () => {
  it.each([
    ["U.S. stocks rise", ["U.S.:us", "stocks:stock", "rise:rise"]],
    ["L'U.E. sanctionne", ["L':l'", "U.E.:ue", "sanctionne:sanctionne"]],
    ["U.K. inflation", ["U.K.:uk", "inflation:inflation"]],
    ["Talks with the E.U.", ["Talks:talk", "with:with", "the:the", "E.U.:eu"]],
  ])("joins the letters and stops of an initialism into one word: %s", (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it("keeps the offsets of the initialism as written", () => {
    const [us] = joinInitialisms(tokenize("U.S.-China trade"));
    expect(us).toMatchObject({ kind: "word", text: "U.S.", start: 0, end: 4 });
  });

  it.each([
    ["George W. Bush", "one letter is an initial, not an initialism"],
    ["Plan B. Then plan C.", "a letter at a sentence's end"],
    ["u.s. in lower case", "lower case letters"],
    ["U. S. with spaces", "letters spaced out"],
  ])("leaves other letters and stops as they are: %s (%s)", (text) => {
    const tokens = tokenize(text);
    expect(joinInitialisms(tokens)).toBe(tokens);
  });
});
