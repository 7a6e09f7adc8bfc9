// Input problems on stderr: the place names the line (and column) once.
import { problemLine } from "../../src/cli/problem-line.js";

describe("problemLine", () => {
  it.each([
    [{ source: "missing.txt", message: "cannot read: no such file" }, "twcheck: missing.txt: cannot read: no such file"],
    [{ source: "in.jsonl", line: 2, message: "line 2: malformed JSON (Unexpected token)" }, "twcheck: in.jsonl:2: malformed JSON (Unexpected token)"],
    [{ source: "array.json", line: 2, message: 'malformed JSON at line 2, column 10: unexpected "o"' }, 'twcheck: array.json:2:10: malformed JSON: unexpected "o"'],
    [{ source: "posts.csv", line: 1, message: 'no "text" or "message" column in the header (found: id, body)' }, 'twcheck: posts.csv:1: no "text" or "message" column in the header (found: id, body)'],
    // Another line named in the message is not the place: kept as written.
    [{ source: "a.json", line: 3, message: "malformed JSON at line 2, column 1: x" }, "twcheck: a.json:3: malformed JSON at line 2, column 1: x"],
  ])("%j", (problem, line) => {
    expect(problemLine(problem)).toBe(line);
  });
});
