// Bytes to text, and the one-line reasons when it cannot be done.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { decodeText, MAX_INPUT_BYTES, normalizeNewlines } from "../../src/readers/decode.js";
import { fileInput } from "../../src/inputs/files.js";
import { InputError } from "../../src/inputs/types.js";
import { removeDir, tempDir } from "../helpers/cli.js";
import { bytesInput, readAll, streamInput } from "./helpers.js";

const reason = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as InputError).message;
  }
  throw new Error("no error");
};

describe("decodeText", () => {
  test("UTF-8 with the BOM dropped and LF line ends", () => {
    expect(decodeText(Buffer.from("\uFEFFa\r\nb\rc\n", "utf8"), "x")).toBe("a\nb\nc\n");
    expect(normalizeNewlines("a\r\n\r\nb")).toBe("a\n\nb");
  });

  test("binary (NUL bytes) is refused", () => {
    expect(reason(() => decodeText(Buffer.from([0x48, 0x00, 0x69]), "x"))).toMatch(/binary/);
  });

  test("not UTF-8 says where", () => {
    expect(reason(() => decodeText(Buffer.from("caf\xe9 ok", "latin1"), "x"))).toMatch(/not UTF-8 .*byte 4/);
    // A sequence cut short at the end, after valid multi-byte characters.
    expect(reason(() => decodeText(Buffer.concat([Buffer.from("😀 ok "), Buffer.from([0xc3])]), "x"))).toMatch(/byte 9\b/);
    // An overlong encoding of "/" is not UTF-8 either.
    expect(reason(() => decodeText(Buffer.from([0x61, 0xc0, 0xaf]), "x"))).toMatch(/byte 2\b/);
  });

  test("over 10 MiB is refused, 10 MiB exactly is read", () => {
    expect(reason(() => decodeText(Buffer.alloc(MAX_INPUT_BYTES + 1, 0x61), "x"))).toMatch(/too large .*over 10 MiB/);
    expect(decodeText(Buffer.alloc(MAX_INPUT_BYTES, 0x61), "x")).toHaveLength(MAX_INPUT_BYTES);
  });
});

describe("unreadable inputs become problems naming the input", () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
  });
  afterAll(() => removeDir(dir));

  test("binary, not UTF-8, too large, missing, a directory", async () => {
    writeFileSync(join(dir, "bin.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]));
    writeFileSync(join(dir, "latin1.txt"), Buffer.from("Été", "latin1"));
    writeFileSync(join(dir, "big.txt"), Buffer.alloc(MAX_INPUT_BYTES + 10, 0x61));
    mkdirSync(join(dir, "folder.txt"));
    const cases: Array<[string, RegExp]> = [
      ["bin.txt", /binary/],
      ["latin1.txt", /not UTF-8/],
      ["big.txt", /too large/],
      ["missing.txt", /no such file/],
      ["folder.txt", /is a directory/],
    ];
    for (const [name, pattern] of cases) {
      const r = await readAll(fileInput(join(dir, name), name));
      expect({ name, drafts: r.drafts.length }).toEqual({ name, drafts: 0 });
      expect(r.problems).toEqual([{ source: name, message: expect.stringMatching(pattern) }]);
      expect(r.problems[0]!.message.split("\n")).toHaveLength(1);
    }
  });

  test("stdin over 10 MiB and stdin not UTF-8", async () => {
    const big = await readAll(streamInput("<stdin>", Buffer.alloc(MAX_INPUT_BYTES + 1, 0x61), 1 << 20));
    expect(big.problems).toEqual([{ source: "<stdin>", message: expect.stringMatching(/too large/) }]);
    const latin = await readAll(streamInput("<stdin>", Buffer.from("Été", "latin1")));
    expect(latin.problems).toEqual([{ source: "<stdin>", message: expect.stringMatching(/not UTF-8/) }]);
  });

  test("a binary .md or .tweet is refused the same way", async () => {
    for (const name of ["x.md", "x.tweet", "x.json"]) {
      const r = await readAll(bytesInput(name, Buffer.from([0x00, 0x01, 0x02])));
      expect(r.problems).toEqual([{ source: name, message: expect.stringMatching(/binary/) }]);
    }
  });
});
