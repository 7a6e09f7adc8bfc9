// A learned model's weights as a run reads them (see bayes.ts): each token the model knows is
// numbered once, so a draft costs one string lookup per token; a token's own weight is read by
// its number and a pair's by `first * PAIR_BASE + second` in a sorted table (no pair string to
// build, no map to fill at start-up). Built from the model file (rules/<rule>/model.tsv) or
// from its compiled form (dist/models/<rule>.json, written by scripts/build.mjs for the CLI).

/** The rules that ship a model. */
export type ModelRule = "not-empty" | "topical";

/** A rule's model file: `<prior>`, `<trainedOn>` (files joined by commas), then one `feature<TAB>weight` a line. */
export const modelFile = (rule: ModelRule) => ["rules", rule, "model.tsv"] as const;

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

/** The compiled form: plain arrays, which JSON.parse reads far faster than a line a weight. */
export interface CompiledModel {
  prior: number;
  tokens: string[];
  single: number[];
  pairKeys: number[];
  pairWeights: number[];
  lengths: number[];
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

export function fromCompiled(c: CompiledModel): LoadedModel {
  const ids = new Map<string, number>();
  for (let i = 0; i < c.tokens.length; i++) ids.set(c.tokens[i]!, i);
  return { prior: c.prior, ids, single: c.single, pairKeys: Float64Array.from(c.pairKeys), pairWeights: Float64Array.from(c.pairWeights), lengths: c.lengths };
}

export function toCompiled(m: LoadedModel): CompiledModel {
  return { prior: m.prior, tokens: [...m.ids.keys()], single: Array.from(m.single), pairKeys: Array.from(m.pairKeys), pairWeights: Array.from(m.pairWeights), lengths: Array.from(m.lengths) };
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
