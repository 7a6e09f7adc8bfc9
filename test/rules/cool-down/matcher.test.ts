// The detector's phrase matcher: same syntax as src/text/phrases.ts, over keys computed once.
import { KeyedMatcher, keyed } from "../../../src/rules/cool-down/matcher.js";
import { tokenize } from "../../../src/text/tokenize.js";

const match = (phrases: string[], text: string): string[] =>
  new KeyedMatcher(phrases).match(keyed(tokenize(text))).map((m) => text.slice(m.start, m.end));

describe("cool-down KeyedMatcher", () => {
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
});
