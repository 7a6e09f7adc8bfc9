// The library: check() and checkFiles() return the JSON report's objects, typed.
import { join } from "node:path";
import { check, checkFiles, RULE_IDS, VERSION, type DraftResult, type Report } from "../src/index.js";
import { FOUNDATION_RULES, removeDir, tempDir } from "./helpers/cli.js";

const rules = { ...FOUNDATION_RULES };
const NOW = new Date("2026-11-26T09:30:00Z");
const DRAFT_KEYS = ["source", "id", "index", "line", "text", "lang", "length", "scores", "findings", "cooldown", "ready"];

describe("check()", () => {
  test("a string: a report with one draft, as the JSON output", async () => {
    const report: Report = await check("La BCE maintient ses taux.", { rules, now: NOW, env: {}, config: {} });
    expect(report.twcheck).toBe(VERSION);
    expect(report.problems).toEqual([]);
    expect(report.summary).toEqual({ drafts: 1, ready: 1, errors: 0, warnings: 0 });
    const d: DraftResult = report.drafts[0]!;
    expect(Object.keys(d)).toEqual(DRAFT_KEYS);
    expect(d).toMatchObject({ source: "<text>", id: null, index: 0, line: 1, text: "La BCE maintient ses taux.", length: { weighted: 26, limit: 140, remaining: 114, valid: true }, cooldown: null, ready: true });
  });

  test("a thread, several texts, named inputs choosing their reader", async () => {
    const report = await check(["one\n---\ntwo", { text: "---\ntwcheck: { disable: [max-length] }\n---\n" + "x".repeat(150), source: "note.md" }, "x".repeat(141)], {
      rules,
      now: NOW,
      env: {},
      config: {},
    });
    expect(report.drafts.map((d) => [d.source, d.index, d.line, d.ready])).toEqual([
      ["<text 1>", 0, 1, true],
      ["<text 1>", 1, 3, true],
      ["note.md", 0, 4, true],
      ["<text 3>", 0, 1, false],
    ]);
    expect(report.drafts[3]!.findings).toEqual([
      { rule: "max-length", severity: "error", message: "141/140: 1 over the limit.", line: 1, column: 141, endLine: 1, endColumn: 142, suggestion: expect.any(String) },
    ]);
    expect(report.summary).toEqual({ drafts: 4, ready: 3, errors: 1, warnings: 0 });
  });

  test("options: limit, locale, lang and a config object; an invalid config object is refused with its key", async () => {
    const r = await check("字".repeat(141), { rules, limit: 280, locale: "fr", lang: "fr", now: NOW, env: {}, config: {} });
    expect(r.drafts[0]).toMatchObject({ lang: "fr", length: { weighted: 282, limit: 280, valid: false } });
    expect(r.drafts[0]!.findings[0]!.message).toBe("282/280 : 2 de trop.");
    const fromConfig = await check("x".repeat(200), { now: NOW, env: {}, config: { limit: 280, rules } });
    expect(fromConfig.drafts[0]!.length.limit).toBe(280);
    await expect(check("x", { config: { limit: 141 } as never, env: {} })).rejects.toThrow(/limit: expected one of 140, 280/);
  });

  test("empty text is an error, as on the command line", async () => {
    const r = await check("   ", { rules, now: NOW, env: {}, config: {} });
    expect(r.drafts[0]).toMatchObject({ ready: false, findings: [expect.objectContaining({ rule: "max-length", severity: "error" })] });
  });

  test("RULE_IDS lists the rules", () => {
    expect(RULE_IDS).toEqual(["max-length", "topical", "informed", "relevant", "not-empty", "cool-down"]);
  });
});

describe("checkFiles()", () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir({
      ".twcheckrc.json": JSON.stringify({ limit: 280, rules }),
      "drafts/a.txt": "Tweet A\n---\nTweet B\n",
      "drafts/b.jsonl": '{"id":"x1","text":"From a batch"}\n{oops}\n',
      "drafts/sub/c.tweet": "Poll?\n( ) yes\n( ) no\n",
    });
  });
  afterAll(() => removeDir(dir));

  test("files, directories and globs relative to cwd; the config found from there; problems listed", async () => {
    const report = await checkFiles(["drafts", "drafts/*.jsonl", "missing.txt"], { cwd: dir, now: NOW, env: {} });
    expect(report.drafts.map((d) => [d.source, d.id, d.index, d.line, d.text, d.length.limit])).toEqual([
      ["drafts/a.txt", null, 0, 1, "Tweet A", 280],
      ["drafts/a.txt", null, 1, 3, "Tweet B", 280],
      ["drafts/sub/c.tweet", null, 0, 1, "Poll?", 280],
      ["drafts/b.jsonl", "x1", 0, 1, "From a batch", 280],
    ]);
    expect(report.problems).toEqual([
      { source: "missing.txt", message: "cannot read: no such file" },
      { source: "drafts/b.jsonl", line: 2, message: expect.stringMatching(/^line 2: malformed JSON/) },
    ]);
    expect(report.summary).toEqual({ drafts: 4, ready: 4, errors: 0, warnings: 0 });
  });

  test("absolute paths work from anywhere", async () => {
    const report = await checkFiles([join(dir, "drafts/sub/c.tweet")], { now: NOW, env: {}, config: { rules } });
    expect(report.drafts.map((d) => [d.source, d.text])).toEqual([[join(dir, "drafts/sub/c.tweet"), "Poll?"]]);
  });
});
