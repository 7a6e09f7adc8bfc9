// The build writes the CLI's JavaScript and its phrase tables (dist/phrases*.json) in ASCII only,
// every other character as `\uXXXX` (scripts/build.mjs, asciiOnly): V8 then holds them as one-byte
// strings instead of decoding, scanning and parsing two-byte ones at every start.
// The characters must still be the same ones: the CLI reads drafts as the library (unbundled) does.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { check } from "../../src/index.js";
import { NOW, parseReport, removeDir, ROOT, runCli, tempDir } from "../helpers/cli.js";

const BUILT = [
  ...readdirSync(join(ROOT, "dist", "cli"), { recursive: true })
    .map(String)
    .filter((f) => /\.(?:mjs|cjs)$/.test(f))
    .map((f) => join("dist", "cli", f)),
  join("dist", "phrases.json"),
  join("dist", "phrases-topics.json"),
];

// Characters the bundle's own patterns and tables spell beyond ASCII: twitter-text's full-width
// `＃` and `＠`, the ligatures the folding rewrites (`œ`, `æ`), an ellipsis, accents, the euro.
const DRAFTS = [
  "Le cœur du sujet : la BCE relève ses taux de 25 pb à 4,50 %, selon le communiqué ＃BCE ＃taux",
  "Merci ＠BNPParibas pour le rapport : l'œuvre de l'année, 3,2 Md€ de collecte nette en octobre…",
  "Ex æquo au classement des assureurs, d'après France Assureurs. ŒUVRES COMPLÈTES à 12 € !!! 😡",
  "Rates held at 5.25–5.50% on Wednesday, Powell said… ＃Fed ＃rates $SPY",
  "＃BCE ＃taux ＃inflation ＠ecb",
];

describe("the ASCII build", () => {
  it("writes the CLI's scripts and compiled data in ASCII only", () => {
    expect(BUILT.length).toBeGreaterThan(3);
    const beyondAscii = BUILT.filter((file) => /[^\x00-\x7f]/.test(readFileSync(join(ROOT, file), "utf8")));
    expect(beyondAscii).toEqual([]);
  });

  it("reads full-width hash and at signs, ligatures and accents as the library does", async () => {
    const dir = tempDir({ "drafts.jsonl": DRAFTS.map((text, i) => JSON.stringify({ id: `d${i}`, text })).join("\n") + "\n" });
    try {
      const cli = parseReport(runCli(["--format", "json", "--preset", "finance", "drafts.jsonl"], { cwd: dir }));
      // The library with the CLI's clock and a cool-down state of its own, as the CLI starts with an empty one.
      const lib = await check(DRAFTS, { cwd: dir, presets: ["finance"], config: {}, now: new Date(NOW), env: { ...process.env, TWCHECK_STATE_DIR: join(dir, "library-state") } });
      // (Not the line: a batch file's findings give the draft's line in the file.)
      const verdict = (d: (typeof cli.drafts)[number]) => ({ lang: d.lang, length: d.length, scores: d.scores, findings: d.findings.map((f) => [f.rule, f.column, f.message]) });
      expect(cli.drafts.map(verdict)).toEqual(lib.drafts.map(verdict));
      // twitter-text's full-width signs still make hashtags and mentions: `＃BCE` is on topic, `＠BNPParibas` a named source.
      expect(cli.drafts[0]!.scores.topical).toBeGreaterThanOrEqual(0.5);
      expect(cli.drafts[1]!.scores.informed).toBeGreaterThanOrEqual(0.5);
      expect(cli.drafts[4]!.findings.filter((f) => f.rule === "not-empty").map((f) => f.message)).toEqual(["Only hashtags, mentions, emoji or a link: the tweet says nothing by itself."]);
    } finally {
      removeDir(dir);
    }
  });
});
