// Plain text drafts: one per file, `---` lines split a thread; BOM, CRLF and the final newline.
import { readText } from "../../src/readers/text.js";
import { bytesInput, linesAndTexts, readAll, streamInput } from "./helpers.js";

const drafts = (text: string) => readText(text, "d.txt").map((item) => ("draft" in item ? item.draft : null)!);

describe("plain text reader", () => {
  test("one draft per file, the final newline is not part of it", () => {
    const [d, ...rest] = drafts("Hello world\n");
    expect(rest).toHaveLength(0);
    expect(d).toMatchObject({ source: "d.txt", id: null, index: 0, line: 1, column: 1, text: "Hello world" });
  });

  test("only one final newline is dropped; inner blank lines stay", () => {
    expect(drafts("a\n\nb\n")[0]!.text).toBe("a\n\nb");
    expect(drafts("no newline")[0]!.text).toBe("no newline");
  });

  test("a line holding only --- separates the tweets of a thread, each with its index and starting line", () => {
    const file = "First tweet\non two lines\n---\nSecond\n\n---   \n\nThird after a blank line\n";
    expect(drafts(file).map((d) => [d.index, d.line, d.text, d.total])).toEqual([
      [0, 1, "First tweet\non two lines", 3],
      [1, 4, "Second", 3],
      [2, 8, "Third after a blank line", 3],
    ]);
  });

  test("--- inside a line, or with other text, does not split", () => {
    expect(drafts("a --- b\n----\n--- x\n")).toHaveLength(1);
  });

  test("an empty part of a thread is still a draft (so that it is reported empty)", () => {
    expect(drafts("a\n---\n---\nb").map((d) => [d.index, d.text])).toEqual([
      [0, "a"],
      [1, ""],
      [2, "b"],
    ]);
  });

  test("BOM dropped, CRLF and lone CR count as LF (through the decoder)", async () => {
    const r = await readAll(bytesInput("crlf.txt", "\uFEFFLine one\r\nline two\r\n---\r\nSecond\rstill\r\n"));
    expect(r.problems).toEqual([]);
    expect(linesAndTexts(r)).toEqual([
      [1, "Line one\nline two"],
      [4, "Second\nstill"],
    ]);
  });

  test("stdin is read the same way, whatever the chunking", async () => {
    const text = "\uFEFFCafé ☕ et 日本\r\n---\r\nsuite 👨‍👩‍👧\n";
    const r = await readAll(streamInput("<stdin>", text, 3));
    expect(linesAndTexts(r)).toEqual([
      [1, "Café ☕ et 日本"],
      [3, "suite 👨‍👩‍👧"],
    ]);
    expect(r.drafts[0]!.source).toBe("<stdin>");
  });

  test("an unknown extension is plain text", async () => {
    const r = await readAll(bytesInput("draft.draft", "---\ntitle: not front matter\n---\nbody\n"));
    expect(r.drafts.map((d) => d.text)).toEqual(["", "title: not front matter", "body"]);
  });
});
