// What the voice model (voice.ts) learns from, for `npm run train` and the test that checks the
// shipped weights: the built-in sector presets' lists together, which set the sector's words
// aside in every training draft. Not read by a run.
import { defaultConfig } from "../../config/defaults.js";
import { loadPreset } from "../../config/presets.js";
import { createPackLoader, packageRoot } from "../../packs/load.js";
import { train, type Example, type Model } from "../../text/bayes.js";
import { topicsFor } from "./matchers.js";
import { SECTOR_PRESETS } from "./sector-model.js";
import { GAP, voiceExamples } from "./voice.js";

/**
 * The voice model's examples from the fixtures' drafts (see voiceExamples), the sector's words set
 * aside by the built-in sector presets the model speaks for (SECTOR_PRESETS), all together.
 */
export async function voiceTrainingExamples(drafts: ReadonlyArray<{ text: string; kind?: string }>): Promise<Example[]> {
  const root = packageRoot();
  const presets = await Promise.all([...SECTOR_PRESETS].map((name) => loadPreset(name, root)));
  const compiled = topicsFor({ ...defaultConfig(root, {}), presets }, createPackLoader([], root));
  return voiceExamples(drafts, compiled);
}

/** The voice model learned from the examples: without the features of a gap (see GAP), which a run never reads. */
export function trainVoice(examples: readonly Example[], trainedOn: readonly string[]): Model {
  const model = train(examples, trainedOn);
  for (const key of Object.keys(model.weights)) if (key.includes(GAP)) delete model.weights[key];
  return model;
}
