// The learned models (src/text/bayes.ts) measured on drafts they were not trained on: the blind
// sets in eight folds (every eighth file), each fold read by a model trained on the other blind
// sets and the team's sets, with the code and thresholds of the build. The figures are the
// models' alone: in `not-empty` the model is read only for drafts the lists pass that state no
// facts; in `topical` only for drafts the lists leave off topic that hold an everyday sector word
// or a figure, with a sector preset; topical's voice model (session 27), only for drafts the lists
// read on topic through a preset term (here: every draft of 12 words or more).
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const libDir = process.env.TWCHECK_LIB ?? join(root, "dist/lib");
const { train, loadModel, oddsOf, cuesOf, tokensForModel, MODEL_LABELS } = await import(join(libDir, "text/bayes.js"));
const { tokensOf } = await import(join(libDir, "lang/analyze.js"));
const { LEARNED_ODDS } = await import(join(libDir, "rules/not-empty/index.js"));
const { SECTOR_ODDS, SECTOR_MIN_WORDS } = await import(join(libDir, "rules/topical/sector-model.js"));

const fixtures = join(root, "test/fixtures/quality");
const read = (file) => readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l)).map((d) => ({ ...d, tokens: tokensOf(d.text) }));
const team = readdirSync(fixtures).filter((f) => f.endsWith(".jsonl")).flatMap((f) => read(join(fixtures, f)));
const blind = readdirSync(join(fixtures, "blind")).filter((f) => f.endsWith(".jsonl")).sort().map((f) => read(join(fixtures, "blind", f)));
const FOLDS = 8;
const words = (d) => d.tokens.filter((t) => t.kind === "word" || t.kind === "number").length;
const setups = {
  "not-empty": { odds: LEARNED_ODDS, minWords: 0, what: "read as empty talk", groups: (d) => (d.labels["not-empty"] === "fail" ? "empty drafts" : d.kind) },
  topical: { odds: SECTOR_ODDS, minWords: SECTOR_MIN_WORDS, what: "read as the sector's", groups: (d) => d.kind },
};
const pct = ([a, b]) => `${a}/${b} (${((100 * a) / b).toFixed(1)} %)`;
for (const [rule, { label, positive, negative }] of Object.entries(MODEL_LABELS)) {
  const setup = setups[rule];
  const labelled = (d) => d.labels?.[label] === positive || d.labels?.[label] === negative;
  const tally = {};
  for (let k = 0; k < FOLDS; k++) {
    const rest = [...team, ...blind.filter((_, i) => i % FOLDS !== k).flat()].filter(labelled);
    const model = loadModel(train(rest.map((d) => ({ tokens: d.tokens, positive: d.labels[label] === positive }))));
    for (const d of blind.filter((_, i) => i % FOLDS === k).flat().filter(labelled)) {
      const group = setup.groups(d);
      if (!["empty drafts", "news", "personal", "opinion"].includes(group)) continue;
      const t = (tally[group] ??= [0, 0]);
      t[1]++;
      const features = tokensForModel(d.tokens);
      if (words(d) >= setup.minWords && oddsOf(features, model) > setup.odds && cuesOf(features, model).length > 0) t[0]++;
    }
  }
  console.log(`\n${rule}'s learned model, ${FOLDS}-fold over ${blind.length} blind sets (each fold unseen in training), log odds > ${setup.odds}${setup.minWords ? `, ${setup.minWords} words or more` : ""}, with a word to quote — ${setup.what}:`);
  console.log("  " + Object.entries(tally).map(([g, t]) => `${g} ${pct(t)}`).join(", "));
}

// topical's voice model (src/rules/topical/voice.ts), in the same folds: each blind draft read with
// its sector words and figures set aside by the three built-in sector presets' lists, as in training.
{
  const { VOICE_ODDS, VOICE_MIN_WORDS, VOICE_KINDS } = await import(join(libDir, "rules/topical/voice.js"));
  const kinds = new Set([...VOICE_KINDS.positive, ...VOICE_KINDS.negative]);
  const { trainVoice, voiceTrainingExamples } = await import(join(libDir, "rules/topical/voice-training.js"));
  const tally = {};
  for (let k = 0; k < FOLDS; k++) {
    const model = loadModel(trainVoice(await voiceTrainingExamples([...team, ...blind.filter((_, i) => i % FOLDS !== k).flat()]), []));
    // Every held draft of the model's kinds, in order: voiceTrainingExamples keeps exactly those.
    const held = blind.filter((_, i) => i % FOLDS === k).flat().filter((d) => kinds.has(d.kind));
    const examples = await voiceTrainingExamples(held);
    held.forEach((d, j) => {
      const t = (tally[d.kind] ??= [0, 0]);
      t[1]++;
      if (words(d) >= VOICE_MIN_WORDS && oddsOf(tokensForModel(examples[j].tokens), model) > VOICE_ODDS) t[0]++;
    });
  }
  console.log(`\ntopical's voice model, ${FOLDS}-fold over ${blind.length} blind sets (each fold unseen in training), log odds > ${VOICE_ODDS}, ${VOICE_MIN_WORDS} words or more — read in a customer's voice:`);
  console.log("  " + Object.entries(tally).map(([g, t]) => `${g} ${pct(t)}`).join(", "));
}
