// A learned model's weights as a run reads them (see bayes.ts): each token the model knows is
// numbered once, so a draft costs one string lookup per token; a token's own weight is read by
// its number and a pair's by `first * PAIR_BASE + second` in a sorted table (no pair string to
// build, no map to fill at start-up). Built from the model file (rules/<rule>/model.tsv) or
// from its compiled form (dist/models/<rule>.bin, written by scripts/build.mjs for the CLI).

/** The learned models: one per rule that ships one, and `voice`, topical's second (src/rules/topical/voice.ts). */
export type ModelRule = "not-empty" | "topical" | "voice";

/** A model's file: `<prior>`, `<trainedOn>` (files joined by commas), then one `feature<TAB>weight` a line. */
export const modelFile = (rule: ModelRule) => (rule === "voice" ? (["rules", "topical", "voice.tsv"] as const) : (["rules", rule, "model.tsv"] as const));

export interface LoadedModel {
  prior: number;
  /** The tokens the model knows (alone or in a pair), numbered from 0. */
  ids: Map<string, number>;
  /** A token's own weight, by number (0 when only its pairs weigh). */
  single: ArrayLike<number>;
  /** The pairs' numbers, ascending, and their weights in the same order. */
  pairKeys: Float64Array;
  pairWeights: Float64Array;
  /** A length bucket's weight, by bucket. */
  lengths: ArrayLike<number>;
}

/**
 * The compiled form (dist/models/<rule>.bin): the weights as the doubles they are, read without
 * parsing a figure, then the tokens. Five doubles (the prior and the counts of tokens, single
 * weights, pairs and length buckets), the single weights, the pairs' numbers, their weights, the
 * length buckets' weights, then the tokens as UTF-8, one a line. The doubles are little-endian,
 * the byte order of the machines Node mostly runs on, where they are read in place; a big-endian
 * machine reads them one by one (a package is built once and installed anywhere).
 */
const HEADER = 5;
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** `n` little-endian doubles of `bytes` from double number `at`: in place, or one by one. */
function doublesAt(bytes: Uint8Array, at: number, n: number, inPlace: boolean): Float64Array {
  if (inPlace) return new Float64Array(bytes.buffer, bytes.byteOffset + at * 8, n);
  const view = new DataView(bytes.buffer, bytes.byteOffset + at * 8, n * 8);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = view.getFloat64(i * 8, true);
  return out;
}

/** Numbers a pair of token numbers (models know a few thousand tokens): exact in a double. */
export const PAIR_BASE = 2 ** 20;

/** Length buckets: `<len0>` to `<len8>`. */
export const LENGTH_BUCKETS = 9;

/** Reads `feature<TAB>weight` lines (and `<prior>`; `<trainedOn>` is skipped); null without a prior. */
export function tablesFromText(text: string): LoadedModel | null {
  const build = new TableBuilder();
  let from = 0;
  while (from < text.length) {
    let end = text.indexOf("\n", from);
    if (end < 0) end = text.length;
    const tab = text.lastIndexOf("\t", end);
    if (tab > from) build.add(text.slice(from, tab), Number(text.slice(tab + 1, end)));
    from = end + 1;
  }
  return build.done();
}

/** The same tables from a map of weights (a model learned in this run). */
export function tablesFromWeights(prior: number, weights: Record<string, number>): LoadedModel {
  const build = new TableBuilder();
  build.prior = prior;
  for (const key in weights) build.add(key, weights[key]!);
  return build.done()!;
}

/** The tables from their compiled form; throws on a file that is not one. `inPlace`: the doubles are read where they are (little-endian machines). */
export function fromCompiled(bytes: Uint8Array, inPlace = LITTLE_ENDIAN): LoadedModel {
  // Float64Array views need an offset that is a multiple of 8: a copy otherwise (a pooled Buffer).
  const data = bytes.byteOffset % 8 === 0 ? bytes : bytes.slice();
  const numbers = (at: number, n: number) => doublesAt(data, at, n, inPlace);
  const [prior, tokenCount, singleCount, pairCount, lengthCount] = numbers(0, HEADER) as unknown as number[];
  let at = HEADER;
  const take = (n: number) => numbers((at += n) - n, n);
  const single = take(singleCount!);
  const pairKeys = take(pairCount!);
  const pairWeights = take(pairCount!);
  const lengths = take(lengthCount!);
  const tokens = tokenCount === 0 ? [] : new TextDecoder().decode(data.subarray(at * 8)).split("\n");
  if (tokens.length !== tokenCount) throw new Error(`compiled model: ${tokens.length} tokens where the header says ${tokenCount}`);
  const ids = new Map<string, number>();
  for (let i = 0; i < tokens.length; i++) ids.set(tokens[i]!, i);
  return { prior: prior!, ids, single, pairKeys, pairWeights, lengths };
}

export function toCompiled(m: LoadedModel): Uint8Array {
  const tokens = [...m.ids.keys()];
  if (tokens.some((t) => t.includes("\n"))) throw new Error("compiled model: a token holds a line break");
  const head = [m.prior, tokens.length, m.single.length, m.pairKeys.length, m.lengths.length];
  const numbers = Float64Array.from([...head, ...Array.from(m.single), ...m.pairKeys, ...m.pairWeights, ...Array.from(m.lengths)]);
  const text = new TextEncoder().encode(tokens.join("\n"));
  const out = new Uint8Array(numbers.byteLength + text.byteLength);
  const view = new DataView(out.buffer);
  for (let i = 0; i < numbers.length; i++) view.setFloat64(i * 8, numbers[i]!, true);
  out.set(text, numbers.byteLength);
  return out;
}

/** A pair's weight (0 when the model does not know it): a binary search in the sorted keys. */
export function pairWeight(m: LoadedModel, first: number, second: number): number {
  const key = first * PAIR_BASE + second;
  const keys = m.pairKeys;
  let lo = 0;
  let hi = keys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const k = keys[mid]!;
    if (k < key) lo = mid + 1;
    else if (k > key) hi = mid - 1;
    else return m.pairWeights[mid]!;
  }
  return 0;
}

class TableBuilder {
  prior = NaN;
  private ids = new Map<string, number>();
  private single: number[] = [];
  private pairs: Array<[number, number]> = [];
  private lengths = new Array<number>(LENGTH_BUCKETS).fill(0);

  add(key: string, w: number): void {
    if (key === "<prior>") this.prior = w;
    else if (key === "<trainedOn>") return;
    else if (key.startsWith("<len")) this.lengths[Number(key.slice(4, -1))] = w;
    else {
      const space = key.indexOf(" ");
      if (space < 0) this.single[this.idOf(key)] = w;
      else this.pairs.push([this.idOf(key.slice(0, space)) * PAIR_BASE + this.idOf(key.slice(space + 1)), w]);
    }
  }

  done(): LoadedModel | null {
    if (!Number.isFinite(this.prior)) return null;
    this.pairs.sort((a, b) => a[0] - b[0]);
    return {
      prior: this.prior,
      ids: this.ids,
      single: this.single,
      pairKeys: Float64Array.from(this.pairs, (p) => p[0]),
      pairWeights: Float64Array.from(this.pairs, (p) => p[1]),
      lengths: this.lengths,
    };
  }

  private idOf(token: string): number {
    let id = this.ids.get(token);
    if (id === undefined) {
      id = this.single.length;
      this.ids.set(token, id);
      this.single.push(0);
    }
    return id;
  }
}
