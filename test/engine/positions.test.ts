// Offsets (UTF-16) to line/column as a person counts them: one column per code point.
import { positionInSource, positionInText } from "../../src/engine/positions.js";
import type { Draft } from "../../src/types.js";

const at = (text: string, needle: string) => positionInText(text, text.indexOf(needle));

describe("positionInText", () => {
  test("ASCII, first line", () => {
    expect(positionInText("hello world", 0)).toEqual({ line: 1, column: 1 });
    expect(at("hello world", "world")).toEqual({ line: 1, column: 7 });
  });

  test("an emoji or an astral character moves the column by one", () => {
    expect(at("😀 BCE", "BCE")).toEqual({ line: 1, column: 3 });
    expect(at("𝐁𝐨𝐥𝐝 word", "word")).toEqual({ line: 1, column: 6 });
    expect(at("日本 €", "€")).toEqual({ line: 1, column: 4 });
  });

  test("multi-line drafts: line and column restart after each newline", () => {
    const text = "first 😀\nsecond\n\n🇫🇷 fourth";
    expect(at(text, "second")).toEqual({ line: 2, column: 1 });
    expect(at(text, "fourth")).toEqual({ line: 4, column: 4 }); // a flag is two code points
    expect(positionInText(text, text.length)).toEqual({ line: 4, column: 10 });
  });

  test("offsets outside the text are clamped", () => {
    expect(positionInText("ab", -5)).toEqual({ line: 1, column: 1 });
    expect(positionInText("ab", 99)).toEqual({ line: 1, column: 3 });
  });

  test("an offset inside a surrogate pair stays on that character", () => {
    expect(positionInText("😀x", 1)).toEqual({ line: 1, column: 1 + 1 });
  });
});

describe("positionInSource", () => {
  const draft = (text: string, line: number, column = 1): Draft => ({ source: "s", id: null, index: 0, line, column, text, options: {} });

  test("shifts by the draft's starting line; the first line by its starting column", () => {
    const d = draft("abc\ndef", 7, 5);
    expect(positionInSource(d, 1)).toEqual({ line: 7, column: 6 });
    expect(positionInSource(d, 5)).toEqual({ line: 8, column: 2 });
  });
});
