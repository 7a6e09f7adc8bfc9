// The pipeline shared by the CLI and the library: inputs → readers → drafts → rules → results.
// Results are yielded one by one, in order, so that formatters can stream and memory stays flat.
// Large batches are checked on two threads: a worker runs the pure rule checks of every other
// chunk of drafts while this thread checks the rest, settles and reports.
import { configForSource, type ConfigOverrides } from "../config/resolve.js";
import type { ResolvedConfig } from "../config/types.js";
import type { InputSource } from "../inputs/types.js";
import { createPackLoader, type PackLoader } from "../packs/load.js";
import { kindOf, readInput, readInputBatches } from "../readers/index.js";
import type { ReadItem } from "../readers/types.js";
import type { Rule } from "../rules/types.js";
import type { Draft, DraftResult, Problem, RuleId } from "../types.js";
import { analyzeDraft, checkDraft, finishDraft, type DraftAnalysis, type DraftCheckSetup } from "./check-draft.js";
import { loadEnabledRules } from "./enabled-rules.js";
import type { AnalysisWorker } from "./parallel.js";
import { createRunEnv } from "./run-env.js";

export interface RunOptions {
  /** The configuration of each input (see config/resolver.ts), or one for all. */
  config: ResolvedConfig | ((input: InputSource) => Promise<ResolvedConfig>);
  /** Command-line settings, which win over `overrides` in the file. */
  cli?: ConfigOverrides;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  now: Date;
  /** The analysis worker's script (dist/cli/worker.mjs): given, large batches use a second thread. */
  worker?: URL | null;
  /** Called for each input or line that cannot be read. */
  onProblem(problem: Problem): void;
  /** Called for a non-fatal warning of the run (a corrupt state file rebuilt). */
  onWarning?(problem: Problem): void;
}

interface ConfigSetup {
  rules: Map<RuleId, Rule>;
  packs: PackLoader;
}

/** Drafts per chunk sent to the worker, and how many chunks a batch reads before starting it. */
const CHUNK = 256;
const CHUNKS_BEFORE_WORKER = 2;
const BATCH_KINDS = new Set(["jsonl", "csv", "json"]);
/** Results handed on per asynchronous step (checkInputBatches). */
const RESULTS_PER_STEP = 32;

export async function* checkInputs(inputs: Iterable<InputSource> | AsyncIterable<InputSource>, opts: RunOptions): AsyncGenerator<DraftResult> {
  for await (const results of checkInputBatches(inputs, opts)) yield* results;
}

/**
 * checkInputs' results in arrays, in order: one per batch of drafts read (readInputBatches), so
 * that a batch file makes a few dozen asynchronous steps rather than several per draft. The CLI
 * reads these; the library's `check` reads checkInputs.
 */
export async function* checkInputBatches(inputs: Iterable<InputSource> | AsyncIterable<InputSource>, opts: RunOptions): AsyncGenerator<DraftResult[]> {
  const configOf = typeof opts.config === "function" ? opts.config : async () => opts.config as ResolvedConfig;
  const setups = new Map<ResolvedConfig, ConfigSetup>();
  const setupOf = async (config: ResolvedConfig): Promise<ConfigSetup> => {
    let setup = setups.get(config);
    if (!setup) setups.set(config, (setup = { rules: await loadEnabledRules(config), packs: createPackLoader(config.packs, config.baseDir) }));
    return setup;
  };
  const run = createRunEnv({ now: opts.now, cwd: opts.cwd ?? process.cwd(), env: opts.env ?? process.env, warn: opts.onWarning ?? (() => {}) });
  let worker: AnalysisWorker | null = null;
  // worker_threads is loaded only by runs that may use a second thread.
  const parallel = opts.worker ? await import("./parallel.js") : null;
  const startWorker = (): AnalysisWorker | null => {
    if (!worker && opts.worker && parallel) {
      try {
        worker = new parallel.AnalysisWorker(opts.worker);
      } catch {
        opts.worker = null; // no second thread: everything is checked here
      }
    }
    return worker;
  };
  try {
    for await (const input of inputs) {
      const config = await configOf(input);
      const { rules, packs } = await setupOf(config);
      const sourceConfig = configForSource(config, input.path ?? input.source, opts.cli);
      const setup: DraftCheckSetup = { rules, packs, run: run.env };
      if (opts.worker && BATCH_KINDS.has(kindOf(input.path ?? input.source))) {
        for await (const result of checkBatch(readInput(input), sourceConfig, setup, startWorker, opts.onProblem)) yield [result];
        continue;
      }
      for await (const items of readInputBatches(input)) {
        let results: DraftResult[] = [];
        for (const item of items) {
          if ("problem" in item) opts.onProblem(item.problem);
          else {
            const result = checkDraft(item.draft, sourceConfig, setup);
            results.push(result instanceof Promise ? await result : result);
            // Handed on in small groups: results kept for a whole chunk (hundreds of drafts)
            // would outlive young-generation collections and fill the old one.
            if (results.length === RESULTS_PER_STEP) {
              yield results;
              results = [];
            }
          }
        }
        if (results.length) yield results;
      }
    }
  } finally {
    await run.finish();
    await (worker as AnalysisWorker | null)?.close();
  }
}

interface Chunk {
  items: ReadItem[];
  analyses: Promise<DraftAnalysis[]>;
}

/** A batch in chunks: once it proves large, every other chunk goes to the worker; results keep their order. */
async function* checkBatch(
  items: AsyncIterable<ReadItem>,
  config: ResolvedConfig,
  setup: DraftCheckSetup,
  startWorker: () => AnalysisWorker | null,
  onProblem: (p: Problem) => void,
): AsyncGenerator<DraftResult> {
  const analyzeHere = async (drafts: Draft[]) => {
    const out: DraftAnalysis[] = [];
    for (const d of drafts) {
      const analysis = analyzeDraft(d, config, setup.rules, setup.packs);
      out.push(analysis instanceof Promise ? await analysis : analysis);
    }
    return out;
  };
  const pending: Chunk[] = [];
  let chunksRead = 0;

  async function* flush(chunk: Chunk): AsyncGenerator<DraftResult> {
    const analyses = await chunk.analyses;
    let i = 0;
    for (const item of chunk.items) {
      if ("problem" in item) onProblem(item.problem);
      else {
        const result = finishDraft(item.draft, analyses[i++]!, config, setup);
        yield result instanceof Promise ? await result : result;
      }
    }
  }

  const dispatch = (batch: ReadItem[]): Chunk => {
    const drafts = batch.flatMap((item) => ("draft" in item ? [item.draft] : []));
    const worker = ++chunksRead > CHUNKS_BEFORE_WORKER ? startWorker() : null;
    // The worker takes a chunk when it has fewer than two waiting; a failure there is checked here.
    if (worker && worker.inFlight < 2) return { items: batch, analyses: worker.analyze(config, drafts).catch(() => analyzeHere(drafts)) };
    return { items: batch, analyses: analyzeHere(drafts) };
  };

  let batch: ReadItem[] = [];
  for await (const item of items) {
    batch.push(item);
    if (batch.length < CHUNK) continue;
    pending.push(dispatch(batch));
    batch = [];
    // Report what is ready: keep at most three chunks in flight (memory stays flat).
    while (pending.length > 2) yield* flush(pending.shift()!);
  }
  if (batch.length) pending.push(dispatch(batch));
  while (pending.length) yield* flush(pending.shift()!);
}
