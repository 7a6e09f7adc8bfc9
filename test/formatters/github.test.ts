import { github } from "../../src/formatters/github.js";
import { batchItem, readyWithWarning, tooLong } from "./results.js";

const f = () => github();

describe("github", () => {
  test("workflow commands with file, line, column, end and title; the suggestion on a second line", () => {
    expect(f().draft(readyWithWarning)).toBe(
      "::warning file=drafts/monday.txt,line=2,col=4,endLine=2,endColumn=9,title=twcheck informed::No source: say where this comes from.%0AAdd a link or name the source.\n",
    );
    expect(f().draft(tooLong)).toMatch(/^::error file=drafts\/monday\.txt,line=4,col=141,endLine=4,endColumn=147,title=twcheck max-length::146\/140: 6 over the limit\.%0ACut 6 characters\.\n$/);
  });

  test("escapes % and newlines in data, and : , in properties", () => {
    const out = f().draft({ ...batchItem, source: "dir,with:odd.jsonl" });
    expect(out).toBe("::warning file=dir%2Cwith%3Aodd.jsonl,line=4,col=1,endLine=4,endColumn=6,title=twcheck relevant::Multi%0Aline message, 100%25 sure\n");
  });

  test("nothing for a draft without findings, and no header or footer", () => {
    const g = f();
    expect(g.begin() + g.draft({ ...tooLong, findings: [] }) + g.end({ drafts: 1, ready: 1, errors: 0, warnings: 0 }, [])).toBe("");
  });
});
