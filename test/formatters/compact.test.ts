import { compact } from "../../src/formatters/compact.js";
import { batchItem, problems, readyWithWarning, summaryOf, tooLong } from "./results.js";

const f = () => compact();

describe("compact", () => {
  test("one line per finding: file:line:col: severity rule message", () => {
    const c = f();
    const out = c.begin() + c.draft(readyWithWarning) + c.draft(tooLong) + c.end(summaryOf, problems);
    expect(out).toBe(
      "drafts/monday.txt:2:4: warning informed No source: say where this comes from.\n" + "drafts/monday.txt:4:141: error max-length 146/140: 6 over the limit.\n",
    );
  });

  test("a multi-line message stays on one line; a draft without findings writes nothing", () => {
    expect(f().draft(batchItem)).toBe("batch.jsonl:4:1: warning relevant Multi line message, 100% sure\n");
    expect(f().draft({ ...readyWithWarning, findings: [] })).toBe("");
  });
});
