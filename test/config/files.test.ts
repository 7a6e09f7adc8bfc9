// Every config file kind cosmiconfig finds, loaded by the spawned CLI (cosmiconfig imports JS/TS
// configs dynamically, which jest's VM cannot do). A config with `limit: 280` shows in the JSON.
import { FOUNDATION_RULES, parseReport, removeDir, runCliAsync, tempDir } from "../helpers/cli.js";

const CONFIG = { limit: 280, locale: "fr", rules: FOUNDATION_RULES };
const json = JSON.stringify(CONFIG);
const yaml = `limit: 280\nlocale: fr\nrules:\n${Object.entries(FOUNDATION_RULES)
  .map(([id, s]) => `  ${id}: ${s}`)
  .join("\n")}\n`;

const KINDS: Array<[string, Record<string, string>]> = [
  ["package.json key twcheck", { "package.json": JSON.stringify({ name: "drafts", private: true, twcheck: CONFIG }) }],
  [".twcheckrc (JSON)", { ".twcheckrc": json }],
  [".twcheckrc (YAML)", { ".twcheckrc": yaml }],
  [".twcheckrc.json", { ".twcheckrc.json": json }],
  [".twcheckrc.yaml", { ".twcheckrc.yaml": yaml }],
  [".twcheckrc.yml", { ".twcheckrc.yml": yaml }],
  [".twcheckrc.js (CommonJS)", { ".twcheckrc.js": `module.exports = ${json};\n` }],
  [".twcheckrc.js (ESM package)", { "package.json": '{"type":"module"}', ".twcheckrc.js": `export default ${json};\n` }],
  [".twcheckrc.cjs", { ".twcheckrc.cjs": `module.exports = ${json};\n` }],
  [".twcheckrc.mjs", { ".twcheckrc.mjs": `export default ${json};\n` }],
  ["twcheck.config.js", { "twcheck.config.js": `module.exports = ${json};\n` }],
  ["twcheck.config.cjs", { "twcheck.config.cjs": `module.exports = ${json};\n` }],
  ["twcheck.config.mjs", { "twcheck.config.mjs": `export default ${json};\n` }],
  ["twcheck.config.ts", { "twcheck.config.ts": `const config: { limit: 140 | 280 } & Record<string, unknown> = ${json};\nexport default config;\n` }],
];

describe("config file kinds", () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach(removeDir));

  test("each kind is found from the draft's folder and applied (limit 280, French messages)", async () => {
    const runs = await Promise.all(
      KINDS.map(async ([name, files]) => {
        const dir = tempDir({ ...files, "draft.txt": "x".repeat(281) + "\n" });
        dirs.push(dir);
        return [name, await runCliAsync(["--format", "json", "draft.txt"], { cwd: dir })] as const;
      }),
    );
    for (const [name, r] of runs) {
      const report = parseReport(r);
      const d = report.drafts[0]!;
      expect({ name, limit: d.length.limit, weighted: d.length.weighted, stderr: r.stderr }).toEqual({ name, limit: 280, weighted: 281, stderr: "" });
      // locale fr from the file; the only finding is max-length (the other rules are off in the file).
      expect({ name, findings: d.findings.map((f) => [f.rule, f.message]) }).toEqual({ name, findings: [["max-length", "281/280 : 1 de trop."]] });
      expect({ name, status: r.status }).toEqual({ name, status: 1 });
    }
  });

  test("without a config file the defaults apply (140)", async () => {
    const dir = tempDir({ "draft.txt": "x".repeat(141) });
    dirs.push(dir);
    const report = parseReport(await runCliAsync(["--format", "json", "draft.txt"], { cwd: dir }));
    expect(report.drafts[0]!.length).toEqual({ weighted: 141, limit: 140, remaining: -1, valid: false });
  });

  test("extends: a user's own preset file, YAML or JSON, is loaded; a broken one is one line", async () => {
    const dir = tempDir({
      "packs/mine.yaml": "name: mine\ntopics:\n  fr: [BCE, taux]\n  en: [ECB, rates]\n",
      "packs/mine.json": JSON.stringify({ topics: { en: ["bonds"] } }),
      "packs/broken.yaml": "topics: [unclosed\n",
      "packs/wrong.json": JSON.stringify({ topics: ["not", "per", "language"] }),
      "ok/.twcheckrc.json": JSON.stringify({ extends: ["../packs/mine.yaml", "../packs/mine.json", "finance"], rules: FOUNDATION_RULES }),
      "broken/.twcheckrc.json": JSON.stringify({ extends: ["../packs/broken.yaml"] }),
      "wrong/.twcheckrc.json": JSON.stringify({ extends: ["../packs/wrong.json"] }),
      "ok/d.txt": "Hello",
      "broken/d.txt": "Hello",
      "wrong/d.txt": "Hello",
    });
    dirs.push(dir);
    const run = (sub: string) => runCliAsync(["--format", "json", "d.txt"], { cwd: `${dir}/${sub}` });
    const [ok, broken, wrong] = await Promise.all([run("ok"), run("broken"), run("wrong")]);
    expect({ status: ok.status, stderr: ok.stderr }).toEqual({ status: 0, stderr: "" });
    expect(parseReport(ok).drafts).toHaveLength(1);
    for (const [r, pattern] of [
      [broken, /broken\.yaml: cannot read preset: /],
      [wrong, /wrong\.json: invalid preset: topics/],
    ] as const) {
      expect(r.status).toBe(2);
      expect(r.stderr.trimEnd().split("\n")).toEqual([expect.stringMatching(pattern)]);
    }
  });

  test("extends: a preset's long tail (moreTopics) counts as its topics do; one not given per language is one line", async () => {
    const tail = { topics: { fr: ["obligations"], en: ["bonds"] }, moreTopics: { fr: ["rebond du chat mort"], en: ["dead cat bounce"] } };
    const dir = tempDir({
      "packs/tail.json": JSON.stringify(tail),
      "packs/bad.json": JSON.stringify({ topics: { en: ["bonds"] }, moreTopics: ["dead cat bounce"] }),
      "ok/.twcheckrc.json": JSON.stringify({ extends: ["../packs/tail.json"], rules: { ...FOUNDATION_RULES, topical: "error" } }),
      "bad/.twcheckrc.json": JSON.stringify({ extends: ["../packs/bad.json"] }),
      "ok/d.jsonl": ["Dead cat bounce or real recovery?", "Un rebond du chat mort, ou la vraie reprise ?", "What a bounce from the cat this morning"].map((text) => JSON.stringify({ text })).join("\n") + "\n",
      "bad/d.txt": "Hello",
    });
    dirs.push(dir);
    const [ok, bad] = await Promise.all([runCliAsync(["--format", "json", "d.jsonl"], { cwd: `${dir}/ok` }), runCliAsync(["--format", "json", "d.txt"], { cwd: `${dir}/bad` })]);
    expect(ok.stderr).toBe("");
    expect(parseReport(ok).drafts.map((d) => d.findings.some((f) => f.rule === "topical"))).toEqual([false, false, true]);
    expect(bad.status).toBe(2);
    expect(bad.stderr.trimEnd().split("\n")).toEqual([expect.stringMatching(/bad\.json: invalid preset: moreTopics/)]);
  });
});
