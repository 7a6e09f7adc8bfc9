// Command-line options over the file, `overrides` by glob, --config with a path or a directory.
import { FOUNDATION_ONLY, FOUNDATION_RULES, parseReport, removeDir, runCli, STACK_LINE, tempDir } from "../helpers/cli.js";

const LONG = "x".repeat(200); // over 140, within 280
const FR = "La Banque centrale européenne a maintenu ses taux directeurs aujourd'hui, selon le communiqué publié à Francfort.";

describe("command line and overrides", () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir({
      ".twcheckrc.json": JSON.stringify({
        limit: 140,
        lang: "en",
        locale: "en",
        rules: FOUNDATION_RULES,
        overrides: [
          { files: "threads/**", limit: 280 },
          { files: "*.md", rules: { "max-length": "warning" } },
          { files: ["strict/*.txt"], rules: { "max-length": "off" } },
        ],
      }),
      "plain.txt": LONG,
      "fr.txt": FR,
      "threads/long.txt": LONG,
      "note.md": LONG,
      "strict/a.txt": LONG,
      "sub/other.json": "{}",
      "alt/custom.json": JSON.stringify({ limit: 280, rules: FOUNDATION_RULES }),
      "alt/.twcheckrc.json": JSON.stringify({ limit: 280, rules: FOUNDATION_RULES }),
    });
  });
  afterAll(() => removeDir(dir));

  const bySource = (args: string[]) => {
    const r = runCli(["--format", "json", ...args], { cwd: dir });
    const report = parseReport(r);
    return { r, report, d: Object.fromEntries(report.drafts.map((d) => [d.source, d])) };
  };

  test("overrides apply by glob, in order, relative to the config's folder", () => {
    const { d } = bySource(["plain.txt", "threads/long.txt", "note.md", "strict/a.txt"]);
    expect(d["plain.txt"]!.length.limit).toBe(140);
    expect(d["plain.txt"]!.findings.map((f) => [f.rule, f.severity])).toEqual([["max-length", "error"]]);
    expect(d["threads/long.txt"]!.length.limit).toBe(280);
    expect(d["threads/long.txt"]!.ready).toBe(true);
    expect(d["note.md"]!.findings.map((f) => [f.rule, f.severity])).toEqual([["max-length", "warning"]]);
    expect(d["note.md"]!.ready).toBe(true);
    expect(d["strict/a.txt"]!.findings).toEqual([]);
  });

  test("override globs are relative to the config's folder, wherever the run starts", () => {
    const r = runCli(["--format", "json", "long.txt"], { cwd: `${dir}/threads` });
    expect(parseReport(r).drafts.map((d) => [d.source, d.length.limit])).toEqual([["long.txt", 280]]);
  });

  test("--limit, --rule, --lang and --locale override the file (and its overrides)", () => {
    const { r, d } = bySource(["--limit", "280", "--rule", "max-length:warning", "--lang", "fr", "--locale", "fr", "plain.txt", "threads/long.txt", "fr.txt"]);
    expect(d["plain.txt"]!.length.limit).toBe(280);
    expect(d["fr.txt"]!.lang).toBe("fr");
    expect(d["plain.txt"]!.lang).toBe("fr");
    expect(r.status).toBe(0);

    const tight = bySource(["--rule", "max-length:warning", "--locale", "fr", "plain.txt"]);
    expect(tight.d["plain.txt"]!.findings).toEqual([expect.objectContaining({ rule: "max-length", severity: "warning", message: "200/140 : 60 de trop." })]);
    expect(tight.r.status).toBe(0);

    const strictOn = bySource(["--rule", "max-length:error", "strict/a.txt", "note.md"]);
    expect(strictOn.d["strict/a.txt"]!.findings.map((f) => f.severity)).toEqual(["error"]);
    expect(strictOn.d["note.md"]!.findings.map((f) => f.severity)).toEqual(["error"]);
    expect(strictOn.r.status).toBe(1);

    const limit140 = bySource(["--limit", "140", "threads/long.txt"]);
    expect(limit140.d["threads/long.txt"]!.length.limit).toBe(140);
  });

  test("--lang auto detects; the file's lang: en forces English otherwise", () => {
    expect(bySource(["fr.txt"]).d["fr.txt"]!.lang).toBe("en");
    expect(bySource(["--lang", "auto", "fr.txt"]).d["fr.txt"]!.lang).toBe("fr");
  });

  test("bad option values exit 2 with one line", () => {
    for (const [args, pattern] of [
      [["--limit", "200"], /--limit 200: expected 140 or 280/],
      [["--lang", "de"], /--lang de: expected auto, fr or en/],
      [["--locale", "es"], /--locale es: expected fr or en/],
      [["--rule", "informed"], /--rule informed: expected <rule>:<off\|warning\|error>/],
      [["--rule", "typos:error"], /--rule typos:error: unknown rule "typos"/],
      [["--rule", "informed:loud"], /--rule informed:loud: expected/],
    ] as const) {
      const r = runCli([...args, "plain.txt"], { cwd: dir });
      expect({ args, status: r.status, stdout: r.stdout }).toEqual({ args, status: 2, stdout: "" });
      expect(r.stderr.trimEnd().split("\n")).toEqual([expect.stringMatching(pattern)]);
    }
  });

  test("--config names a file to use instead of searching", () => {
    const { d } = bySource(["--config", "alt/custom.json", "plain.txt"]);
    expect(d["plain.txt"]!.length.limit).toBe(280);
  });

  test("--config with a directory, a missing file or an invalid one: exit 2, one line", () => {
    for (const [arg, pattern] of [
      ["alt", /alt: cannot read config: is a directory/],
      ["nope.json", /nope\.json: cannot read config: no such file/],
      ["sub/other.json", null],
    ] as const) {
      const r = runCli(["--config", arg, ...FOUNDATION_ONLY, "plain.txt"], { cwd: dir });
      if (pattern === null) {
        // An empty object is a valid (empty) configuration.
        expect(r.status).toBe(1);
        continue;
      }
      expect({ arg, status: r.status, stdout: r.stdout }).toEqual({ arg, status: 2, stdout: "" });
      expect(r.stderr.trimEnd().split("\n")).toEqual([expect.stringMatching(pattern)]);
      expect(r.stderr).not.toMatch(STACK_LINE);
    }
  });
});
