// An invalid configuration stops the run with exit 2 and one line naming the file, the key and
// what was expected; never a stack trace.
import { ANSI, removeDir, runCliAsync, STACK_LINE, tempDir } from "../helpers/cli.js";

const CASES: Array<[string, string, string, RegExp]> = [
  ["unknown key", ".twcheckrc.json", '{"limit": 140, "colour": "red"}', /\.twcheckrc\.json: invalid configuration: \(top level\): unknown key "colour"/],
  ["bad severity", ".twcheckrc.json", '{"rules": {"informed": "fatal"}}', /rules\.informed: expected a severity \("off", "warning", "error"\)/],
  ["bad rule options", ".twcheckrc.json", '{"rules": {"informed": ["error", "loud"]}}', /rules\.informed: expected a severity/],
  ["bad limit", ".twcheckrc.json", '{"limit": 200}', /invalid configuration: limit: expected one of 140, 280$/],
  ["bad limit type", ".twcheckrc.yaml", "limit: long\n", /invalid configuration: limit: expected one of 140, 280$/],
  ["bad lang", ".twcheckrc.json", '{"lang": "de"}', /lang: expected one of "auto", "fr", "en"/],
  ["unknown rule", ".twcheckrc.json", '{"rules": {"no-typos": "error"}}', /rules: unknown rule "no-typos" \(rules are max-length, /],
  ["topics not a list", ".twcheckrc.json", '{"topics": "BCE"}', /topics: expected a list/],
  ["extends not a string", ".twcheckrc.json", '{"extends": 3}', /extends: expected a string or a list of strings/],
  ["unknown preset", ".twcheckrc.json", '{"extends": ["crypto"]}', /extends: unknown preset "crypto" \(built-in presets: .*finance/],
  ["bad override", ".twcheckrc.json", '{"overrides": [{"files": "*.md", "limits": 280}]}', /overrides\.0: unknown key "limits"/],
  ["malformed JSON", ".twcheckrc.json", '{"limit": 280,}', /\.twcheckrc\.json: cannot load configuration: .*JSON.*position 14/],
  ["malformed YAML", ".twcheckrc.yml", "limit: [280\n", /\.twcheckrc\.yml: cannot load configuration: .*flow collection/],
  ["throwing JS config", "twcheck.config.mjs", 'throw new Error("boom in config");\n', /twcheck\.config\.mjs: cannot load configuration: boom in config/],
];

describe("config validation", () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach(removeDir));

  test("each invalid config: exit 2, one stderr line naming the key and what was expected, no report", async () => {
    const runs = await Promise.all(
      CASES.map(async ([name, file, content, pattern]) => {
        const dir = tempDir({ [file]: content, "draft.txt": "Hello\n" });
        dirs.push(dir);
        // CI=true makes some loaders colour their code frames; the message must stay one plain line.
        return { name, pattern, r: await runCliAsync(["draft.txt"], { cwd: dir, env: { CI: "true" } }) };
      }),
    );
    for (const { name, pattern, r } of runs) {
      const lines = r.stderr.trimEnd().split("\n");
      expect({ name, status: r.status, lines: lines.length, stdout: r.stdout }).toEqual({ name, status: 2, lines: 1, stdout: "" });
      expect({ name, line: lines[0] }).toEqual({ name, line: expect.stringMatching(/^twcheck: /) });
      expect({ name, line: lines[0] }).toEqual({ name, line: expect.stringMatching(pattern) });
      expect(r.stderr).not.toMatch(STACK_LINE);
      expect({ name, ansi: ANSI.test(r.stderr) }).toEqual({ name, ansi: false });
    }
  });
});
