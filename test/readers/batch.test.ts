// Batches: .jsonl (streamed), .json (an array), .csv (a text or message column); a bad line is a
// problem with its line number and the other lines are still read.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { InputSource } from "../../src/inputs/types.js";
import { readInput, readInputBatches } from "../../src/readers/index.js";
import type { ReadItem } from "../../src/readers/types.js";
import { ROOT } from "../helpers/cli.js";
import { bytesInput, readAll, streamInput, type Read } from "./helpers.js";

const rows = (r: Read) => r.drafts.map((d) => ({ id: d.id, index: d.index, line: d.line, text: d.text }));
const fixture = (name: string) => readFileSync(join(ROOT, "test/fixtures/foundation", name));

describe(".jsonl", () => {
  const content = fixture("batch.jsonl");

  test.each([
    ["read whole", () => bytesInput("b.jsonl", content)],
    ["streamed in small chunks", () => streamInput("b.jsonl", content, 5)],
  ])("objects with id and text, plain strings, bad lines with their numbers (%s)", async (_how, input) => {
    const r = await readAll(input());
    expect(rows(r)).toEqual([
      { id: "a1", index: 0, line: 1, text: "Première ligne : la BCE maintient ses taux 📈" },
      { id: "42", index: 1, line: 2, text: "A numeric id becomes a string" },
      { id: null, index: 2, line: 4, text: "A plain JSON string is a draft" },
      { id: "crlf", index: 3, line: 7, text: "Two\nlines" },
    ]);
    expect(r.problems).toEqual([
      { source: "b.jsonl", line: 3, message: expect.stringMatching(/^line 3: malformed JSON/) },
      { source: "b.jsonl", line: 6, message: 'line 6: missing "text" field (a string)' },
      { source: "b.jsonl", line: 8, message: expect.stringMatching(/^line 8: .*"id"/) },
      { source: "b.jsonl", line: 9, message: expect.stringMatching(/^line 9: expected an object/) },
    ]);
    expect(r.drafts.every((d) => d.source === "b.jsonl" && d.column === 1)).toBe(true);
  });

  test("gives the same drafts and problems whatever the chunk size (lines and characters cut anywhere)", async () => {
    const whole = await readAll(bytesInput("b.jsonl", content));
    for (let size = 1; size <= 64; size++) expect([size, await readAll(streamInput("b.jsonl", content, size))]).toEqual([size, whole]);
  });

  test("a BOM and CRLF line ends are handled; a last line without newline is read", async () => {
    const r = await readAll(bytesInput("b.jsonl", '\uFEFF{"text":"one"}\r\n\r\n{"text":"two"}'));
    expect(rows(r)).toEqual([
      { id: null, index: 0, line: 1, text: "one" },
      { id: null, index: 1, line: 3, text: "two" },
    ]);
  });

  test("a line that is not UTF-8 is one problem; the lines around it are read", async () => {
    const bytes = Buffer.concat([Buffer.from('{"text":"fine"}\n{"text":"caf'), Buffer.from([0xe9]), Buffer.from('"}\n{"text":"after"}\n')]);
    const r = await readAll(streamInput("b.jsonl", bytes, 64));
    expect(rows(r)).toEqual([
      { id: null, index: 0, line: 1, text: "fine" },
      { id: null, index: 1, line: 3, text: "after" },
    ]);
    expect(r.problems).toEqual([{ source: "b.jsonl", line: 2, message: "line 2: not UTF-8" }]);
  });
});

describe(".json", () => {
  test("an array of objects and strings; each draft's line is where its element starts (its { or \")", async () => {
    const r = await readAll(bytesInput("b.json", fixture("batch.json")));
    expect(rows(r)).toEqual([
      { id: "first", index: 0, line: 2, text: "Un tweet, avec une \"citation\" et des [crochets]" },
      { id: null, index: 1, line: 3, text: "A string element" },
      { id: "7", index: 2, line: 5, text: "Multi-line\nelement" },
    ]);
    expect(r.problems).toEqual([{ source: "b.json", line: 4, message: 'item 3 (line 4): missing "text" field (a string)' }]);
  });

  test("malformed JSON is one problem with its line; not an array is one problem", async () => {
    const bad = await readAll(bytesInput("bad.json", '[\n  {"text": "a"},\n  {"text": }\n]'));
    expect(bad.drafts).toEqual([]);
    expect(bad.problems).toEqual([{ source: "bad.json", line: 3, message: expect.stringMatching(/^malformed JSON at line 3/) }]);
    expect(bad.problems[0]!.message).toBe('malformed JSON at line 3, column 12: unexpected "}"');
    for (const [text, line, what] of [
      ['[\n  "a",\n]', 3, 'unexpected "]"'],
      ['[\n  "unterminated\n]', 2, 'unexpected "\\n"'],
      ["[\n  {\"text\": \"a\"}\n", 3, "unexpected end of the file"],
      ["", 1, "unexpected end of the file"],
      ['[]\n[]', 2, 'unexpected "["'],
    ] as const) {
      const r = await readAll(bytesInput("m.json", text));
      expect(r.problems).toEqual([{ source: "m.json", line, message: expect.stringMatching(new RegExp(`^malformed JSON at line ${line}, column \\d+: ${what.replace(/[[\]\\]/g, "\\$&")}$`)) }]);
    }
    const obj = await readAll(bytesInput("obj.json", '{"text":"a"}'));
    expect(obj.problems).toEqual([{ source: "obj.json", message: expect.stringMatching(/expected a JSON array/) }]);
  });
});

describe(".csv", () => {
  test("a text column (any case), ids, quoted commas, a multi-line cell and its starting line", async () => {
    const r = await readAll(bytesInput("b.csv", fixture("batch.csv")));
    expect(rows(r)).toEqual([
      { id: "1", index: 0, line: 2, text: "Hello, with a comma" },
      { id: "2", index: 1, line: 3, text: "A cell\non two lines" },
      { id: "3", index: 2, line: 5, text: "After the multi-line cell" },
      { id: "5", index: 3, line: 8, text: "Last one, after a blank line" },
    ]);
    expect(r.problems).toEqual([{ source: "b.csv", line: 6, message: 'line 6: no value in the "text" column' }]);
  });

  test("a message column (scheduler bulk files), BOM and CRLF, streamed", async () => {
    const r = await readAll(streamInput("s.csv", '\uFEFFDate,Message,Link\r\n2026-12-01,"Bonjour, le monde",https://x.fr\r\n2026-12-02,Second,\r\n', 4));
    expect(rows(r)).toEqual([
      { id: null, index: 0, line: 2, text: "Bonjour, le monde" },
      { id: null, index: 1, line: 3, text: "Second" },
    ]);
  });

  test("quotes inside an unquoted cell are text, and do not swallow the next line", async () => {
    const r = await readAll(bytesInput("q.csv", 'id,text\n1,He said "no" to the merger\n2,"x"y\n3,third\n'));
    expect(rows(r).map((d) => [d.id, d.line, d.text])).toEqual([
      ["1", 2, 'He said "no" to the merger'],
      ["2", 3, '"x"y'],
      ["3", 4, "third"],
    ]);
    expect(r.problems).toEqual([]);
  });

  test("an unclosed quote is one problem with its line; the lines before are read", async () => {
    const r = await readAll(bytesInput("u.csv", 'id,text\n1,fine\n2,"never closed\n3,lost in the cell\n'));
    expect(rows(r).map((d) => d.text)).toEqual(["fine"]);
    expect(r.problems).toEqual([{ source: "u.csv", line: expect.any(Number), message: expect.stringMatching(/^line \d+: Quote Not Closed/) }]);
  });

  test("no text or message column: one problem naming the columns found", async () => {
    const r = await readAll(bytesInput("n.csv", "id,body\n1,hello\n"));
    expect(r.drafts).toEqual([]);
    expect(r.problems).toEqual([{ source: "n.csv", line: 1, message: expect.stringMatching(/no "text" or "message" column.*id, body/) }]);
  });
});

describe("readInputBatches: the same items as readInput, a batch at a time", () => {
  const lines = Array.from({ length: 600 }, (_, i) => (i === 300 ? "{not json" : JSON.stringify({ id: `d${i}`, text: `Draft ${i} ✓` })));
  const content = `${lines.join("\n")}\n`;
  const flat = async (input: InputSource) => {
    const batches: ReadItem[][] = [];
    for await (const batch of readInputBatches(input)) batches.push(batch);
    return batches;
  };

  it.each([7, 64, 4096, 65536])("a streamed .jsonl in chunks of %i bytes", async (chunk) => {
    const batches = await flat(streamInput("b.jsonl", content, chunk));
    const items: ReadItem[] = [];
    for await (const item of readInput(streamInput("b.jsonl", content, chunk))) items.push(item);
    expect(batches.flat()).toEqual(items);
    expect(items).toHaveLength(600);
    expect(items[300]).toMatchObject({ problem: { line: 301 } });
    // Fewer batches than drafts once a chunk holds several lines.
    if (chunk >= 4096) expect(batches.length).toBeLessThan(100);
  });

  it("a file read whole, in slices", async () => {
    const text = Array.from({ length: 600 }, (_, i) => `Draft ${i}`).join("\n---\n");
    const batches = await flat(bytesInput("thread.txt", text));
    expect(batches.flat().map((item) => ("draft" in item ? item.draft.text : ""))).toEqual(Array.from({ length: 600 }, (_, i) => `Draft ${i}`));
    expect(batches.length).toBe(3);
  });
});
