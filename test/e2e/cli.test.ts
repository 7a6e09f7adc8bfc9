// The built CLI, spawned as a user runs it: real files in temporary folders, stdin, globs,
// every format, every exit code, every kind of bad input. Only the foundation's rule (max-length)
// is on where exact findings matter.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { MAX_INPUT_BYTES } from "../../src/readers/decode.js";
import type { Report } from "../../src/types.js";
import { ANSI, FOUNDATION_ONLY, FOUNDATION_RULES, parseReport, removeDir, ROOT, runCli, runCliAsync, STACK_LINE, tempDir, writeFiles } from "../helpers/cli.js";

const FIXTURES = join(ROOT, "test/fixtures/foundation");
const LONG = "x".repeat(150);

interface Expected {
  drafts: Array<{ index: number; line: number; lang?: string; text: string; weighted: number; ready: boolean; findings: string[] }>;
}

/** The report's drafts in the fixtures' notation. */
function asExpected(report: Report, source: string, withLang: boolean): Expected {
  return {
    drafts: report.drafts
      .filter((d) => d.source === source)
      .map((d) => ({
        index: d.index,
        line: d.line,
        ...(withLang ? { lang: d.lang } : {}),
        text: d.text,
        weighted: d.length.weighted,
        ready: d.ready,
        findings: d.findings.map((f) => `${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.severity} ${f.rule} ${f.message}`),
      })),
  };
}

describe("twcheck on the foundation fixtures", () => {
  let dir: string;
  const names = ["thread.txt", "poll.tweet", "disabled.md", "blank.txt"];
  beforeAll(() => {
    dir = tempDir();
    for (const n of names) copyFileSync(join(FIXTURES, n), join(dir, n));
  });
  afterAll(() => removeDir(dir));

  test("each draft file gives the drafts and findings written beside it", () => {
    const r = runCli(["--format", "json", ...FOUNDATION_ONLY, ...names], { cwd: dir });
    const report = parseReport(r);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe("");
    for (const n of names) {
      const expected = JSON.parse(readFileSync(join(FIXTURES, n.replace(/\.\w+$/, ".expected.json")), "utf8")) as Expected;
      expect({ file: n, ...asExpected(report, n, expected.drafts.some((d) => d.lang)) }).toEqual({ file: n, ...expected });
    }
    expect(report.summary).toEqual({ drafts: 7, ready: 4, errors: 3, warnings: 0 });
    expect(report.problems).toEqual([]);
  });

  test("compact: file:line:col: severity rule message", () => {
    const r = runCli(["--format", "compact", ...FOUNDATION_ONLY, ...names], { cwd: dir });
    expect(r.stdout).toBe(
      [
        "thread.txt:3:141: error max-length 165/140: 25 over the limit.",
        "poll.tweet:19:141: error max-length 151/140: 11 over the limit.",
        "blank.txt:1:1: error max-length The draft is empty.",
        "",
      ].join("\n"),
    );
    expect(r.status).toBe(1);
  });

  test("github: one annotation per finding", () => {
    const r = runCli(["--format", "github", ...FOUNDATION_ONLY, "thread.txt"], { cwd: dir });
    expect(r.stdout).toMatch(/^::error file=thread\.txt,line=3,col=141,endLine=3,endColumn=166,title=twcheck max-length::165\/140: 25 over the limit\.%0A.+\n$/);
    expect(r.status).toBe(1);
  });

  test("stylish (the default), plain when stdout is not a terminal: meter, overflow marked, verdicts, summary", () => {
    const r = runCli([...FOUNDATION_ONLY, "thread.txt"], { cwd: dir });
    expect(r.stdout).not.toMatch(ANSI);
    expect(r.stdout).toContain("thread.txt:3 (tweet 2/3)");
    expect(r.stdout).toContain("165/140 (+25)");
    expect(r.stdout).toContain("des chiffres p⟪lus nets avant de bouger.⟫\n"); // the last 25 characters
    expect(r.stdout).toMatch(/3:141 +error +165\/140: 25 over the limit\. +max-length/);
    expect(r.stdout.match(/^ {2}READY$/gm)).toHaveLength(2);
    expect(r.stdout.match(/^ {2}NOT READY$/gm)).toHaveLength(1);
    expect(r.stdout.trimEnd().split("\n").pop()).toBe("3 drafts · 2 ready · 1 not ready · 1 error · 0 warnings");
  });
});

describe("inputs", () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir({
      "drafts/a.txt": "Tweet A\n",
      "drafts/b.tweet": "Tweet B\n( ) yes\n( ) no\n",
      "drafts/sub/c.md": "---\ntitle: C\n---\nTweet C\n",
      "drafts/sub/deeper/d.txt": "Tweet D",
      "drafts/node_modules/pkg/e.txt": "not a draft",
      "drafts/.git/f.txt": "not a draft",
      "drafts/.hidden/g.md": "not a draft",
      "drafts/batch.jsonl": '{"text":"not picked from a directory"}\n',
      "drafts/notes.log": "not a draft",
      "batches/one.jsonl": '{"id":"j1","text":"From jsonl"}\n',
      "batches/two.csv": "id,text\nc1,From csv\n",
      "batches/three.json": '[{"id":"a1","text":"From json"}]',
      "empty-dir/readme.rst": "nothing here",
    });
  });
  afterAll(() => removeDir(dir));

  const sources = (r: ReturnType<typeof runCli>) => parseReport(r).drafts.map((d) => d.source);

  test("a directory is recursed for .txt, .tweet and .md, skipping node_modules and dot-folders, in order", () => {
    const r = runCli(["--format", "json", ...FOUNDATION_ONLY, "drafts"], { cwd: dir });
    expect(sources(r)).toEqual(["drafts/a.txt", "drafts/b.tweet", "drafts/sub/c.md", "drafts/sub/deeper/d.txt"]);
    expect(parseReport(r).drafts.map((d) => d.text)).toEqual(["Tweet A", "Tweet B", "Tweet C", "Tweet D"]);
    expect(r.status).toBe(0);
  });

  test("globs (quoted, expanded by twcheck) pick batch files too; a file named twice is read once", () => {
    const r = runCli(["--format", "json", ...FOUNDATION_ONLY, "batches/*.{jsonl,csv,json}", "drafts/**/*.tweet", "drafts/b.tweet"], { cwd: dir });
    const report = parseReport(r);
    expect(report.drafts.map((d) => [d.source, d.id, d.text])).toEqual([
      ["batches/one.jsonl", "j1", "From jsonl"],
      ["batches/three.json", "a1", "From json"],
      ["batches/two.csv", "c1", "From csv"],
      ["drafts/b.tweet", null, "Tweet B"],
    ]);
    expect(r.status).toBe(0);
  });

  test("absolute paths and absolute globs are reported absolute", () => {
    const r = runCli(["--format", "json", ...FOUNDATION_ONLY, join(dir, "drafts/sub/*.md"), join(dir, "drafts/a.txt")], { cwd: join(dir, "batches") });
    expect(sources(r)).toEqual([join(dir, "drafts/sub/c.md"), join(dir, "drafts/a.txt")]);
  });

  test("a glob matching nothing and a directory without drafts are problems (exit 2), the rest is checked", () => {
    const r = runCli(["--format", "json", ...FOUNDATION_ONLY, "nothing/**/*.txt", "empty-dir", "drafts/a.txt"], { cwd: dir });
    const report = parseReport(r);
    expect(report.drafts.map((d) => d.source)).toEqual(["drafts/a.txt"]);
    expect(report.problems).toEqual([
      { source: "nothing/**/*.txt", message: "no files match this pattern" },
      { source: "empty-dir", message: expect.stringMatching(/^no draft files/) },
    ]);
    expect(r.status).toBe(2);
  });

  test("stdin: piped without paths, as -, and with --stdin-filename choosing the reader", async () => {
    const [piped, dash, md, jsonl, both] = await Promise.all([
      runCliAsync(["--format", "json", ...FOUNDATION_ONLY], { cwd: dir, input: "\uFEFFFrom stdin\r\n---\r\nSecond\r\n" }),
      runCliAsync(["--format", "json", ...FOUNDATION_ONLY, "-"], { cwd: dir, input: "Dash" }),
      runCliAsync(["--format", "json", ...FOUNDATION_ONLY, "--stdin-filename", "notes/x.md"], {
        cwd: dir,
        input: `---\ntwcheck:\n  disable: [max-length]\n---\n${LONG}\n`,
      }),
      runCliAsync(["--format", "json", ...FOUNDATION_ONLY, "--stdin-filename", "in.jsonl", "-"], { cwd: dir, input: '{"id":1,"text":"one"}\n{bad}\n"two"\n' }),
      runCliAsync(["--format", "json", ...FOUNDATION_ONLY, "drafts/a.txt", "-", "-"], { cwd: dir, input: "After a file" }),
    ]);
    expect(parseReport(piped).drafts.map((d) => [d.source, d.index, d.line, d.text])).toEqual([
      ["<stdin>", 0, 1, "From stdin"],
      ["<stdin>", 1, 3, "Second"],
    ]);
    expect(parseReport(dash).drafts.map((d) => [d.source, d.text])).toEqual([["<stdin>", "Dash"]]);
    const mdReport = parseReport(md);
    expect(mdReport.drafts.map((d) => [d.source, d.line, d.ready, d.findings.length])).toEqual([["notes/x.md", 5, true, 0]]);
    expect(md.status).toBe(0);
    const batch = parseReport(jsonl);
    expect(batch.drafts.map((d) => [d.source, d.id, d.line, d.text])).toEqual([
      ["in.jsonl", "1", 1, "one"],
      ["in.jsonl", null, 3, "two"],
    ]);
    expect(batch.problems).toEqual([{ source: "in.jsonl", line: 2, message: expect.stringMatching(/^line 2: malformed JSON/) }]);
    expect(jsonl.status).toBe(2);
    expect(jsonl.stderr).toMatch(/^twcheck: in\.jsonl:2: malformed JSON/);
    // stdin named twice is read once.
    expect(parseReport(both).drafts.map((d) => [d.source, d.text])).toEqual([
      ["drafts/a.txt", "Tweet A"],
      ["<stdin>", "After a file"],
    ]);
    expect(both.status).toBe(0);
  });

  test("an empty stdin is an empty draft, an error", () => {
    const r = runCli(["--format", "compact", ...FOUNDATION_ONLY], { cwd: dir, input: "" });
    expect(r.stdout).toBe("<stdin>:1:1: error max-length The draft is empty.\n");
    expect(r.status).toBe(1);
  });
});

describe("bad inputs", () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir({
      "good.txt": "A good draft",
      "binary.txt": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
      "latin1.txt": Buffer.from("Été à Paris", "latin1"),
      "big.txt": Buffer.alloc(MAX_INPUT_BYTES + 1, 0x61),
      "lines.jsonl": '{"text":"line one"}\n{"text": oops}\n{"text":"line three"}\n',
      "array.json": '[{"text":"a"},\n {"text": }]\n',
      "bad.md": "---\ntwcheck: { disable: 3 }\n---\nBody\n",
      "after.txt": LONG,
    });
    mkdirSync(join(dir, "folder.md"));
  });
  afterAll(() => removeDir(dir));

  test("each gets one stderr line naming it and the reason, no stack trace; the rest is checked; exit 2", () => {
    const inputs = ["good.txt", "missing.txt", "binary.txt", "latin1.txt", "big.txt", "lines.jsonl", "array.json", "bad.md", "folder.md/", "after.txt"];
    const r = runCli(["--format", "json", ...FOUNDATION_ONLY, ...inputs], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).not.toMatch(STACK_LINE);
    const lines = r.stderr.trimEnd().split("\n");
    const expected: Array<[string, RegExp]> = [
      ["missing.txt", /^twcheck: missing\.txt: cannot read: no such file$/],
      ["folder.md/", /^twcheck: folder\.md\/: no draft files/],
      ["binary.txt", /^twcheck: binary\.txt: binary file/],
      ["latin1.txt", /^twcheck: latin1\.txt: not UTF-8 \(invalid byte sequence at byte 1\)/],
      ["big.txt", /^twcheck: big\.txt: too large \(10\.0 MiB, over 10 MiB\)$/],
      ["lines.jsonl", /^twcheck: lines\.jsonl:2: malformed JSON/],
      ["array.json", /^twcheck: array\.json:2:11: malformed JSON: unexpected "}"$/],
      ["bad.md", /^twcheck: bad\.md: front matter twcheck\.disable must be/],
    ];
    expect(lines).toHaveLength(expected.length);
    for (const [name, pattern] of expected) expect({ name, line: lines.find((l) => l.includes(` ${name}:`)) }).toEqual({ name, line: expect.stringMatching(pattern) });

    const report = parseReport(r);
    expect(report.drafts.map((d) => [d.source, d.text.slice(0, 12)])).toEqual([
      ["good.txt", "A good draft"],
      ["lines.jsonl", "line one"],
      ["lines.jsonl", "line three"],
      ["after.txt", "xxxxxxxxxxxx"],
    ]);
    expect(report.problems.map((p) => p.source).sort()).toEqual(["array.json", "bad.md", "big.txt", "binary.txt", "folder.md/", "latin1.txt", "lines.jsonl", "missing.txt"]);
    for (const p of report.problems) expect(p.message).not.toMatch(/\n/);
    expect(report.summary).toEqual({ drafts: 4, ready: 3, errors: 1, warnings: 0 });
  });

  test("the same problems in the stylish report's summary, and exit 2 even when every draft is ready", () => {
    const r = runCli([...FOUNDATION_ONLY, "good.txt", "missing.txt"], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stdout.trimEnd().split("\n").pop()).toBe("1 draft · 1 ready · 0 not ready · 0 errors · 0 warnings · 1 input not readable");
    expect(r.stderr).toBe("twcheck: missing.txt: cannot read: no such file\n");
  });
});

describe("options", () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir({ "long.txt": LONG, "ok.txt": "Fine" });
  });
  afterAll(() => removeDir(dir));

  test("exit codes: 0 all ready, 1 a draft not ready", async () => {
    const [ok, notReady] = await Promise.all([runCliAsync([...FOUNDATION_ONLY, "ok.txt"], { cwd: dir }), runCliAsync([...FOUNDATION_ONLY, "ok.txt", "long.txt"], { cwd: dir })]);
    expect(ok.status).toBe(0);
    expect(notReady.status).toBe(1);
  });

  test("--quiet hides warnings; --max-warnings counts them all (even hidden ones)", async () => {
    const warn = [...FOUNDATION_ONLY, "--rule", "max-length:warning"];
    const [shown, quiet, max0, max1, quietMax0, compactQuiet] = await Promise.all([
      runCliAsync(["--format", "json", ...warn, "long.txt"], { cwd: dir }),
      runCliAsync(["--format", "json", "--quiet", ...warn, "long.txt"], { cwd: dir }),
      runCliAsync([...warn, "--max-warnings", "0", "long.txt"], { cwd: dir }),
      runCliAsync([...warn, "--max-warnings", "1", "long.txt"], { cwd: dir }),
      runCliAsync([...warn, "--quiet", "--max-warnings", "0", "long.txt"], { cwd: dir }),
      runCliAsync(["--format", "compact", "--quiet", ...FOUNDATION_ONLY, "long.txt", "ok.txt"], { cwd: dir }),
    ]);
    expect(parseReport(shown).drafts[0]!.findings.map((f) => f.severity)).toEqual(["warning"]);
    expect(shown.status).toBe(0);
    expect(parseReport(quiet).drafts[0]!.findings).toEqual([]);
    expect(parseReport(quiet).summary.warnings).toBe(0);
    expect(max0.status).toBe(1);
    expect(max1.status).toBe(0);
    expect(quietMax0.status).toBe(1);
    expect(compactQuiet.stdout).toBe("long.txt:1:141: error max-length 150/140: 10 over the limit.\n");
  });

  test("--max-warnings and --format reject bad values with exit 2", async () => {
    const [bad, fmt] = await Promise.all([runCliAsync(["--max-warnings", "many", "ok.txt"], { cwd: dir }), runCliAsync(["--format", "xml", "ok.txt"], { cwd: dir })]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--max-warnings many: expected a whole number/);
    expect(fmt.status).toBe(2);
    expect(fmt.stderr).toMatch(/xml/);
    expect(fmt.stdout).toBe("");
  });

  test("--output-file writes the report there (folders created), plain text even with FORCE_COLOR, stdout empty", () => {
    const r = runCli([...FOUNDATION_ONLY, "--output-file", "out/deep/report.txt", "long.txt"], { cwd: dir, env: { FORCE_COLOR: "1" } });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    const written = readFileSync(join(dir, "out/deep/report.txt"), "utf8");
    expect(written).not.toMatch(ANSI);
    expect(written).toContain("150/140 (+10)");
    const json = runCli(["--format", "json", ...FOUNDATION_ONLY, "-o", "r.json", "ok.txt"], { cwd: dir });
    expect(json.stdout).toBe("");
    expect(JSON.parse(readFileSync(join(dir, "r.json"), "utf8")).summary).toEqual({ drafts: 1, ready: 1, errors: 0, warnings: 0 });
    const toDir = runCli(["--output-file", "out", "ok.txt"], { cwd: dir });
    expect(toDir.status).toBe(2);
    expect(toDir.stderr.trimEnd().split("\n")).toEqual([expect.stringMatching(/--output-file out: is a directory/)]);
  });

  test("colour: none when not a TTY or with NO_COLOR or --no-color; FORCE_COLOR=1 turns it on", async () => {
    const args = [...FOUNDATION_ONLY, "long.txt"];
    const [plain, noColor, forced, forcedButFlag] = await Promise.all([
      runCliAsync(args, { cwd: dir }),
      runCliAsync(args, { cwd: dir, env: { NO_COLOR: "1" } }),
      runCliAsync(args, { cwd: dir, env: { FORCE_COLOR: "1" } }),
      runCliAsync(["--no-color", ...args], { cwd: dir, env: { FORCE_COLOR: "1" } }),
    ]);
    expect(plain.stdout).not.toMatch(ANSI);
    expect(noColor.stdout).not.toMatch(ANSI);
    expect(forcedButFlag.stdout).not.toMatch(ANSI);
    expect(forced.stdout).toMatch(ANSI);
    // In colour the overflow is a red background, not ⟪ ⟫ marks.
    expect(forced.stdout).toContain("\u001b[41m");
    expect(forced.stdout).not.toContain("⟪");
    expect(plain.stdout).toContain("⟪xxxxxxxxxx⟫");
  });
});

describe("commands", () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
  });
  afterAll(() => removeDir(dir));

  test("init writes .twcheckrc.json, which a run then uses; it refuses to overwrite without --force", () => {
    const first = runCli(["init", "--locale", "en"], { cwd: dir });
    expect(first.status).toBe(0);
    const written = JSON.parse(readFileSync(join(dir, ".twcheckrc.json"), "utf8"));
    expect(written).toMatchObject({ extends: ["finance"], locale: "en", limit: 140 });
    // The starter config is valid: a run with it works.
    writeFiles(dir, { "d.txt": LONG });
    const run = runCli(["--format", "json", ...FOUNDATION_ONLY, "d.txt"], { cwd: dir });
    expect(run.stderr).toBe("");
    expect(parseReport(run).drafts[0]!.length.limit).toBe(140);

    const again = runCli(["init"], { cwd: dir });
    expect(again.status).toBe(2);
    expect(again.stderr.trimEnd().split("\n")).toEqual([expect.stringMatching(/\.twcheckrc\.json already exists/)]);
    const forced = runCli(["init", "--force", "--preset", "insurance"], { cwd: dir });
    expect(forced.status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, ".twcheckrc.json"), "utf8")).extends).toEqual(["insurance"]);
  });

  test("init writes the messages' language of the environment unless --locale says otherwise", () => {
    const localeOf = (args: string[], env: Record<string, string>) => {
      const d = tempDir({});
      try {
        expect(runCli(["init", ...args], { cwd: d, env }).status).toBe(0);
        return JSON.parse(readFileSync(join(d, ".twcheckrc.json"), "utf8")).locale;
      } finally {
        removeDir(d);
      }
    };
    expect(localeOf([], { LANG: "fr_FR.UTF-8" })).toBe("fr");
    expect(localeOf([], { LANG: "en_GB.UTF-8" })).toBe("en");
    expect(localeOf(["--locale", "en"], { LANG: "fr_FR.UTF-8" })).toBe("en");
    expect(localeOf(["--locale", "fr"], { LANG: "C" })).toBe("fr");
  });

  test("init refuses when another config file exists", () => {
    const other = tempDir({ ".twcheckrc.yaml": "limit: 280\n" });
    try {
      const r = runCli(["init", "--force"], { cwd: other });
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/\.twcheckrc\.yaml already exists/);
      expect(existsSync(join(other, ".twcheckrc.json"))).toBe(false);
    } finally {
      removeDir(other);
    }
  });

  test("rules lists every rule on one line, with its default severity", () => {
    const r = runCli(["rules"], { cwd: dir });
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines.map((l) => l.split(/\s+/).slice(0, 2))).toEqual([
      ["max-length", "error"],
      ["topical", "warning"],
      ["informed", "warning"],
      ["relevant", "warning"],
      ["not-empty", "error"],
      ["cool-down", "error"],
    ]);
    expect(lines[0]).toMatch(/^max-length +error +\S.*twitter-text/);
    const json = JSON.parse(runCli(["rules", "--format", "json"], { cwd: dir }).stdout);
    expect(json[0]).toEqual({ id: "max-length", severity: "error", description: expect.stringContaining("twitter-text") });
  });

  test("--help and --version exit 0; an unknown option or command exits 2", async () => {
    const [help, version, initHelp, rulesHelp, unknown, unknownSub] = await Promise.all([
      runCliAsync(["--help"], { cwd: dir }),
      runCliAsync(["--version"], { cwd: dir }),
      runCliAsync(["init", "--help"], { cwd: dir }),
      runCliAsync(["rules", "--help"], { cwd: dir }),
      runCliAsync(["--bogus", "x.txt"], { cwd: dir }),
      runCliAsync(["rules", "--bogus"], { cwd: dir }),
    ]);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: twcheck/);
    expect(help.stdout).toContain("Exit codes");
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version);
    for (const sub of [help, initHelp, rulesHelp]) {
      expect(sub.status).toBe(0);
      expect(sub.stdout).toContain("Examples:");
    }
    for (const r of [unknown, unknownSub]) {
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/unknown option '--bogus'/);
      expect(r.stderr).not.toMatch(STACK_LINE);
    }
  });
});

describe("configuration from the drafts' folder", () => {
  test("piped text is checked with the current folder's configuration", () => {
    const dir = tempDir({ ".twcheckrc.json": JSON.stringify({ rules: FOUNDATION_RULES, limit: 280 }), "d.txt": LONG });
    try {
      const r = runCli(["--format", "json"], { cwd: dir, input: LONG });
      const report = parseReport(r);
      expect(report.drafts.map((d) => [d.source, d.length.limit, d.ready])).toEqual([["<stdin>", 280, true]]);
    } finally {
      removeDir(dir);
    }
  });
});

describe("the bin without its build", () => {
  // A clone where `npm run build` has not run (or failed): the shim says what to do, in one line.
  it.each([
    ["the CommonJS build with its code cache, or Node's compile cache", {}],
    ["the ES module bundle", { NODE_DISABLE_COMPILE_CACHE: "1" }],
  ])("exits 2 with a one-line error when %s is missing", (_, env) => {
    const dir = tempDir();
    try {
      mkdirSync(join(dir, "bin"));
      for (const file of ["twcheck.js", "package.json"]) copyFileSync(join(ROOT, "bin", file), join(dir, "bin", file));
      const r = spawnSync(process.execPath, [join(dir, "bin", "twcheck.js"), "--version"], { cwd: dir, encoding: "utf8", env: { ...process.env, ...env } });
      expect(r.status).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(/^twcheck: cannot start \(Cannot find module .*\); run `npm run build` first\n$/);
      expect(r.stderr).not.toMatch(STACK_LINE);
    } finally {
      removeDir(dir);
    }
  });
});
