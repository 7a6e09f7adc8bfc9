// topical's voice model (src/rules/topical/voice.ts): the shipped weights are what `npm run train`
// learns from the fixture files they name, and the model reads the register around the sector's
// words and figures, never those words or figures themselves.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { defaultConfig } from "../../../src/config/defaults.js";
import { tokensOf } from "../../../src/lang/analyze.js";
import { createPackLoader } from "../../../src/packs/load.js";
import { formatModel, modelFile, parseModel } from "../../../src/text/bayes.js";
import { topicsFor } from "../../../src/rules/topical/matchers.js";
import { GAP, listedIn, voiceTokens } from "../../../src/rules/topical/voice.js";
import { trainVoice, voiceTrainingExamples } from "../../../src/rules/topical/voice-training.js";
import { preset } from "../../fixtures/quality/load.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");

describe("topical: the voice model", () => {
  it("rules/topical/voice.tsv is what `npm run train` learns from the fixture files it names", async () => {
    const shipped = readFileSync(join(root, ...modelFile("voice")), "utf8");
    const model = parseModel(shipped);
    expect(model.trainedOn.length).toBeGreaterThan(100);
    const drafts = model.trainedOn.flatMap((file) =>
      readFileSync(join(root, file), "utf8")
        .split("\n")
        .filter((line) => line.trim())
        .map((line) => JSON.parse(line) as { text: string; kind?: string }),
    );
    expect(formatModel(trainVoice(await voiceTrainingExamples(drafts), model.trainedOn))).toBe(shipped);
  });

  const compiled = topicsFor({ ...defaultConfig("/tmp", {}), presets: [preset("banking")] }, createPackLoader([], root));
  const read = (text: string) => {
    const written = tokensOf(text);
    return voiceTokens(written, listedIn(written, compiled), compiled).map((t) => t.norm);
  };

  it.each([
    ["Crédit immo renégocié : mensualité -96 € par mois, taux à 3,3 % 🥳", ["credit", "taux", "-", "96", "€", "3,3", "%"]],
    ["Mortgage renewal came through. Up 40%. Cool cool cool.", ["mortgage", "40", "%"]],
  ])("sets aside the sector's words and the figures, signs included, and keeps the rest: %s", (text, aside) => {
    const tokens = read(text);
    const kept = tokensOf(text).map((t) => t.norm).filter((norm) => !aside.includes(norm));
    expect(tokens.filter((norm) => norm !== GAP)).toEqual(kept);
    expect(tokens.filter((norm) => norm === GAP)).toHaveLength(tokens.length - kept.length);
  });

  it("learns no feature of a gap, so no pair forms across a word set aside", () => {
    const model = parseModel(readFileSync(join(root, ...modelFile("voice")), "utf8"));
    expect(Object.keys(model.weights).filter((key) => key.includes(GAP))).toEqual([]);
    expect(Object.keys(model.weights).length).toBeGreaterThan(5000);
  });
});
