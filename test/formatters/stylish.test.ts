// The human report: meter, text with the overflow highlighted, findings, verdict, summary.
import { Chalk } from "chalk";
import { stylish } from "../../src/formatters/stylish.js";
import type { Formatter } from "../../src/formatters/types.js";
import { batchItem, problems, readyWithWarning, summaryOf, tooLong } from "./results.js";

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;
const plain = (locale: "en" | "fr" = "en"): Formatter => stylish({ color: new Chalk({ level: 0 }), plain: true, locale });
const coloured = (): Formatter => stylish({ color: new Chalk({ level: 1 }), plain: false, locale: "en" });

describe("stylish, plain text (level-0 chalk)", () => {
  test("a ready draft: place, thread position, language, meter, text, finding with suggestion, verdict", () => {
    const out = plain().draft(readyWithWarning);
    expect(out).not.toMatch(ANSI);
    const lines = out.split("\n");
    expect(lines[0]).toBe("drafts/monday.txt:1 (tweet 1/2)  fr  40/140");
    expect(lines[1]).toBe("  │ La BCE maintient ses taux.");
    expect(lines[2]).toBe("  │ On en parle ?");
    expect(lines[3]).toMatch(/^ {2}2:4 {2}warning +No source: say where this comes from\. {2}informed$/);
    expect(lines[4]).toMatch(/→ Add a link or name the source\.$/);
    expect(lines[5]).toBe("  READY");
  });

  test("a draft over the limit: meter with the excess, the overflow marked in the text, NOT READY", () => {
    const out = plain().draft(tooLong);
    expect(out).toContain("146/140 (+6)");
    expect(out).toContain(`  │ ${"x".repeat(140)}⟪TOOLNG⟫\n`);
    expect(out).toMatch(/4:141 {2}error +146\/140: 6 over the limit\. {2}max-length/);
    expect(out).toContain("  NOT READY");
  });

  test("summary line counts drafts, verdicts, errors, warnings and unreadable inputs", () => {
    const f = plain();
    expect(f.end(summaryOf, [])).toBe("2 drafts · 1 ready · 1 not ready · 1 error · 1 warning\n");
    expect(f.end(summaryOf, problems)).toContain("· 1 input not readable");
  });

  test("summary counts in the singular or the plural, as each language counts (French: 0 and 1 are singular)", () => {
    const none = { drafts: 1, ready: 1, errors: 0, warnings: 0 };
    const many = { drafts: 12, ready: 0, errors: 3, warnings: 2 };
    const twoProblems = [...problems, { source: "other.txt", message: "cannot read: no such file" }];
    expect(plain().end(none, [])).toBe("1 draft · 1 ready · 0 not ready · 0 errors · 0 warnings\n");
    expect(plain("fr").end(none, [])).toBe("1 brouillon · 1 prêt · 0 pas prêt · 0 erreur · 0 avertissement\n");
    expect(plain().end(many, twoProblems)).toBe("12 drafts · 0 ready · 12 not ready · 3 errors · 2 warnings · 2 inputs not readable\n");
    expect(plain("fr").end(many, twoProblems)).toBe("12 brouillons · 0 prêt · 12 pas prêts · 3 erreurs · 2 avertissements · 2 entrées illisibles\n");
    expect(plain("fr").end(none, problems)).toContain("· 1 entrée illisible\n");
  });

  test("French labels with --locale fr", () => {
    const f = plain("fr");
    expect(f.draft(tooLong)).toContain("PAS PRÊT");
    expect(f.draft(readyWithWarning)).toMatch(/attention +No source/);
    expect(f.end(summaryOf, [])).toBe("2 brouillons · 1 prêt · 1 pas prêt · 1 erreur · 1 avertissement\n");
  });

  test("a batch item is placed by its id, or by its position when it has none; a single draft by its line only", () => {
    expect(plain().draft(batchItem).split("\n")[0]).toBe("batch.jsonl:4 (id post-7)  fr  40/140");
    expect(plain().draft({ ...batchItem, id: null }).split("\n")[0]).toBe("batch.jsonl:4 (item 4)  fr  40/140");
    expect(plain().draft({ ...readyWithWarning, total: 1 }).split("\n")[0]).toBe("drafts/monday.txt:1  fr  40/140");
  });

  test("an empty draft shows (empty)", () => {
    expect(plain().draft({ ...readyWithWarning, text: "", findings: [], total: undefined })).toContain("  │ (empty)");
  });
});

describe("stylish, in colour (level 1)", () => {
  test("the part past the limit has a red background, and only that part", () => {
    const out = coloured().draft(tooLong);
    expect(out).toMatch(ANSI);
    // bgRed is 41; the highlighted run holds exactly the characters past the limit.
    const highlighted = /\u001b\[41m(?:\u001b\[37m)?([^\u001b]*)/.exec(out);
    expect(highlighted?.[1]).toBe("TOOLNG");
    expect(out.replace(ANSI, "")).toContain("x".repeat(140) + "TOOLNG");
  });

  test("the verdicts are coloured: green READY, red NOT READY", () => {
    expect(coloured().draft(readyWithWarning)).toMatch(/\u001b\[32m.*READY/);
    expect(coloured().draft(tooLong)).toMatch(/\u001b\[31m.*NOT READY/);
  });

  test("a multi-line overflow is highlighted line by line (no background past line ends)", () => {
    const text = "x".repeat(139) + "ab\ncd";
    const out = coloured().draft({ ...tooLong, text, length: { weighted: 144, limit: 140, remaining: -4, valid: false } });
    expect(out).toMatch(/\u001b\[41m[^\n]*b[^\n]*\u001b\[49m/);
    expect(out).toMatch(/\u001b\[41m[^\n]*cd/);
  });
});
