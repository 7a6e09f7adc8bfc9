// The CLI reads the learned models from the tables its build compiles (dist/models/, see
// src/text/model-source-cli.ts); the library reads the model files. Both must judge alike.
import { check } from "../../src/index.js";
import { parseReport, removeDir, runCli, tempDir } from "../helpers/cli.js";

// Drafts each model decides (checked in test/rules/topical and examples/rules), and two it leaves alone.
const DRAFTS = [
  // topical's model: the sector's news with no listed topic.
  "La banque supprime 1 200 postes dans son réseau d'ici 2027, selon un document interne consulté par Les Echos.",
  "Les frais de dossier reculent de 3 % chez les grands réseaux, selon le comparateur annuel publié ce matin.",
  // not-empty's model: empty talk no list names.
  "Bold vision, strong team, clear ambition: this is how we grow.",
  "Une équipe soudée, une vision claire, une ambition intacte : c'est comme ça qu'on avance.",
  // Neither: a sourced fact, a personal note.
  "La BCE relève ses taux directeurs de 25 pb à 4,50 %, selon le communiqué publié ce jeudi https://www.ecb.europa.eu",
  "Mon déjeuner était délicieux aujourd'hui, on a testé le nouveau thaï du quartier avec les collègues",
];

describe("the learned models in the CLI", () => {
  it("give the CLI the library's verdicts, with the finance preset", async () => {
    const dir = tempDir({ "drafts.jsonl": DRAFTS.map((text, i) => JSON.stringify({ id: `d${i}`, text })).join("\n") + "\n" });
    try {
      const cli = parseReport(runCli(["--format", "json", "--preset", "finance", "drafts.jsonl"], { cwd: dir }));
      const lib = await check(DRAFTS, { cwd: dir, presets: ["finance"], config: {} });
      const verdict = (d: { scores: unknown; findings: Array<{ rule: string; message: string }> }) => ({ scores: d.scores, findings: d.findings.map((f) => [f.rule, f.message]) });
      expect(cli.drafts.map(verdict)).toEqual(lib.drafts.map(verdict));
      // The models did decide: the two news drafts on topic, the two slogans with not-empty's learned finding.
      expect(cli.drafts.slice(0, 2).map((d) => d.scores.topical! >= 0.5)).toEqual([true, true]);
      const learned = (d: (typeof cli.drafts)[number]) => d.findings.some((f) => f.rule === "not-empty" && /^Reads like filler, hype or a teaser/.test(f.message));
      expect(cli.drafts.map(learned)).toEqual([false, false, true, true, false, false]);
    } finally {
      removeDir(dir);
    }
  });
});
