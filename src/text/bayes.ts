// A naive Bayes reading of a draft, learned from the labelled fixtures (`npm run train`,
// scripts/train.mjs): one weight per feature (the log odds of the positive label for a token, a
// pair of neighbouring tokens or a length bucket, over the product's own tokens), and a draft's
// reading is their sum. Two rules use one: `not-empty` (empty talk against news, personal tweets
// and opinions) and `topical` (the finance sector's news and opinions against everyday tweets).
// The weights are data, like the packs: rules/<rule>/model.tsv (read into model-tables.ts).
import { isStopWord } from "../lang/stopwords.js";
import { readBuiltInModel } from "./model-source.js";
import { LENGTH_BUCKETS, pairWeight, tablesFromWeights, type LoadedModel, type ModelRule } from "./model-tables.js";
import type { Token } from "./tokenize.js";

export { modelFile, type LoadedModel, type ModelRule } from "./model-tables.js";

export interface Model {
  /** Log odds of the positive label before any feature. */
  prior: number;
  /** Log odds a feature adds (unigrams, `a b` pairs, `<lenN>` length buckets). */
  weights: Record<string, number>;
  /** The fixture files the weights were learned from (the training script reads these again to check them). */
  trainedOn: string[];
}

/** A token of the draft as the model reads it, with its place in the text. */
export interface Feature {
  key: string;
  start: number;
  end: number;
}

/** Tokens per length bucket, and the last bucket (`<len8>`: 40 tokens or more). */
const LENGTH_STEP = 5;
const LENGTH_MAX = LENGTH_BUCKETS - 1;

/**
 * The draft's tokens as the model reads them, from the rule's own tokens (read once per draft):
 * a word folded, a number as `<num>`, a link as `<url>`, a mention as `<@>`, a hashtag or a
 * cashtag with its sign, an emoji or a punctuation mark as written.
 */
export function tokensForModel(tokens: readonly Token[]): Feature[] {
  const out: Feature[] = [];
  for (const t of tokens) {
    const key = t.kind === "number" ? "<num>" : t.kind === "url" ? "<url>" : t.kind === "mention" ? "<@>" : t.kind === "hashtag" ? `#${t.norm}` : t.kind === "cashtag" ? `$${t.norm}` : t.norm;
    out.push({ key, start: t.start, end: t.end });
  }
  return out;
}

/** The draft's features, each once: its tokens, its pairs of neighbouring tokens (`a b`), its length bucket. */
export function featuresOf(tokens: readonly Feature[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    out.add(tokens[i]!.key);
    if (i + 1 < tokens.length) out.add(`${tokens[i]!.key} ${tokens[i + 1]!.key}`);
  }
  out.add(lengthFeature(tokens.length));
  return out;
}

const lengthBucket = (n: number) => Math.min(Math.floor(n / LENGTH_STEP), LENGTH_MAX);
const lengthFeature = (n: number) => `<len${lengthBucket(n)}>`;

/** A learned model ready to read drafts (the tables of model-tables.ts). */
export function loadModel(m: Model): LoadedModel {
  return tablesFromWeights(m.prior, m.weights);
}

/** How many tokens a finding quotes. */
const CUES = 3;

const models = new Map<ModelRule, LoadedModel | null>();

/** What each rule's model learns: the fixtures' label, and its positive and negative values (`voice` learns their kinds: src/rules/topical/voice.ts). */
export const MODEL_LABELS: Record<Exclude<ModelRule, "voice">, { label: string; positive: string; negative: string }> = {
  "not-empty": { label: "not-empty", positive: "fail", negative: "pass" },
  topical: { label: "topical", positive: "on", negative: "off" },
};

export function formatModel(m: Model): string {
  const lines = [`<prior>\t${m.prior}`, `<trainedOn>\t${m.trainedOn.join(",")}`];
  for (const key of Object.keys(m.weights).sort()) lines.push(`${key}\t${m.weights[key]}`);
  return lines.join("\n") + "\n";
}

export function parseModel(text: string): Model {
  const out: Model = { prior: 0, weights: {}, trainedOn: [] };
  for (const line of text.split("\n")) {
    const tab = line.lastIndexOf("\t");
    if (tab <= 0) continue;
    const key = line.slice(0, tab);
    const value = line.slice(tab + 1);
    if (key === "<prior>") out.prior = Number(value);
    else if (key === "<trainedOn>") out.trainedOn = value ? value.split(",") : [];
    else out.weights[key] = Number(value);
  }
  return out;
}

/** A rule's built-in model, read on first use; null when the file is missing or unreadable (the rule then reads its lists only). */
export function builtInModel(rule: ModelRule): LoadedModel | null {
  let model = models.get(rule);
  if (model !== undefined) return model;
  try {
    model = readBuiltInModel(rule);
  } catch {
    model = null;
  }
  models.set(rule, model);
  return model;
}

/** The draft's tokens by the model's numbers (-1: a token the model does not know), in a buffer reused from draft to draft. */
let scratch = new Int32Array(64);
function idsOf(features: readonly Feature[], m: LoadedModel): Int32Array {
  if (scratch.length < features.length) scratch = new Int32Array(features.length * 2);
  for (let i = 0; i < features.length; i++) scratch[i] = m.ids.get(features[i]!.key) ?? -1;
  return scratch;
}

/**
 * The model's log odds of the positive label: the sum of its features' weights, each
 * feature once (as featuresOf counts them in training), without building the pairs' strings.
 */
export function oddsOf(features: readonly Feature[], m: LoadedModel): number {
  const n = features.length;
  let odds = m.prior + m.lengths[lengthBucket(n)]!;
  const ids = idsOf(features, m);
  for (let i = 0; i < n; i++) {
    const id = ids[i]!;
    // A token the model does not know weighs nothing, alone or in a pair.
    if (id < 0) continue;
    const next = i + 1 < n ? ids[i + 1]! : -1;
    // A token or a pair met before is not counted again (drafts are short: a scan back costs less than a Set).
    let again = false;
    let pairAgain = false;
    for (let j = 0; j < i; j++) {
      if (ids[j] !== id) continue;
      again = true;
      if (next >= 0 && ids[j + 1] === next) {
        pairAgain = true;
        break;
      }
    }
    if (!again) odds += m.single[id]!;
    if (next >= 0 && !pairAgain) odds += pairWeight(m, id, next);
  }
  return odds;
}

/** The tokens that weigh most towards the positive label, in text order (at most three): a token's own weight and half of each pair it is in. */
export function cuesOf(features: readonly Feature[], m: LoadedModel): Feature[] {
  const ids = Array.from(idsOf(features, m).subarray(0, features.length));
  const pair = (a: number, b: number) => (a < 0 || b < 0 ? 0 : pairWeight(m, a, b));
  const scored: Array<{ t: Feature; w: number }> = [];
  for (let i = 0; i < features.length; i++) {
    const t = features[i]!;
    const id = ids[i]!;
    // Words of substance and emoji are quoted; a stop word (`vous`, `the`), a punctuation mark, `<num>` or `<url>` says little to a reader.
    if (id < 0 || !QUOTABLE.test(t.key) || isStopWord(t.key)) continue;
    const w = m.single[id]! + (i > 0 ? pair(ids[i - 1]!, id) / 2 : 0) + (i + 1 < features.length ? pair(id, ids[i + 1]!) / 2 : 0);
    if (w > 0) scored.push({ t, w });
  }
  if (scored.length === 0) return [];
  scored.sort((a, b) => b.w - a.w);
  // A loop, not slice().map(): V8's optimized map returns a holey array and its builtin a packed
  // one, so code reading the cues deoptimized when this function was optimized (see docs/decisions.md).
  const out: Feature[] = [];
  for (let k = 0; k < scored.length && k < CUES; k++) out.push(scored[k]!.t);
  return out.sort((a, b) => a.start - b.start);
}

const QUOTABLE = /^[#$]?[\p{L}\p{N}\p{Extended_Pictographic}]/u;

/** A labelled draft to learn from: its tokens and whether it has the positive label. */
export interface Example {
  tokens: readonly Token[];
  positive: boolean;
}

/** Additive smoothing, and what a feature needs to be kept: seen in this many drafts, weighing at least this much either way. */
export const TRAINING = { alpha: 1, minCount: 5, minWeight: 1 } as const;

/**
 * Learns the weights from labelled drafts: each feature's log odds of being seen in a draft with
 * the positive label rather than in one without, smoothed, rounded to three decimals, and
 * kept only when frequent and telling enough (a smaller file to read at start-up).
 */
export function train(examples: readonly Example[], trainedOn: readonly string[] = [], settings: { alpha: number; minCount: number; minWeight: number } = TRAINING): Model {
  const yes = new Map<string, number>();
  const no = new Map<string, number>();
  let nYes = 0;
  for (const e of examples) {
    if (e.positive) nYes++;
    const counts = e.positive ? yes : no;
    for (const f of featuresOf(tokensForModel(e.tokens))) counts.set(f, (counts.get(f) ?? 0) + 1);
  }
  const nNo = examples.length - nYes;
  const { alpha, minCount, minWeight } = settings;
  const weights: Record<string, number> = {};
  for (const f of [...new Set([...yes.keys(), ...no.keys()])].sort()) {
    const e = yes.get(f) ?? 0;
    const n = no.get(f) ?? 0;
    if (e + n < minCount) continue;
    const w = Math.log((e + alpha) / (nYes + 2 * alpha)) - Math.log((n + alpha) / (nNo + 2 * alpha));
    if (Math.abs(w) >= minWeight) weights[f] = Math.round(w * 1000) / 1000;
  }
  return { prior: Math.round(Math.log(nYes / nNo) * 1000) / 1000, weights, trainedOn: [...trainedOn] };
}
