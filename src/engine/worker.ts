// A worker thread that runs the pure step of checking (analyzeDraft) for chunks of drafts of
// large batches, while the main thread reads, settles (the cool-down's clock), formats and writes.
import { parentPort } from "node:worker_threads";
import type { ResolvedConfig } from "../config/types.js";
import { createPackLoader, type PackLoader } from "../packs/load.js";
import { loadPhraseTable } from "../packs/phrase-table.js";
import type { Rule } from "../rules/types.js";
import type { Draft } from "../types.js";
import { analyzeDraft, type DraftAnalysis } from "./check-draft.js";
import { loadEnabledRules } from "./enabled-rules.js";

export type ToWorker = { type: "config"; id: number; config: ResolvedConfig } | { type: "chunk"; id: number; configId: number; drafts: Draft[] };
export type FromWorker = { type: "done"; id: number; analyses: DraftAnalysis[] } | { type: "failed"; id: number; message: string };

interface Setup {
  config: ResolvedConfig;
  ready: Promise<{ rules: Map<string, Rule>; packs: PackLoader }>;
}

const setups = new Map<number, Setup>();
const port = parentPort;
// The worker belongs to the CLI's build: it uses the same phrase table as the main thread.
loadPhraseTable();

async function analyze(configId: number, drafts: Draft[]): Promise<DraftAnalysis[]> {
  const setup = setups.get(configId);
  if (!setup) throw new Error(`unknown configuration ${configId}`);
  const { rules, packs } = await setup.ready;
  const out: DraftAnalysis[] = [];
  for (const draft of drafts) out.push(await analyzeDraft(draft, setup.config, rules, packs));
  return out;
}

port?.on("message", (message: ToWorker) => {
  if (message.type === "config") {
    const { config } = message;
    setups.set(message.id, { config, ready: loadEnabledRules(config).then((rules) => ({ rules, packs: createPackLoader(config.packs, config.baseDir) })) });
    return;
  }
  analyze(message.configId, message.drafts).then(
    (analyses) => port.postMessage({ type: "done", id: message.id, analyses } satisfies FromWorker),
    (error: Error) => port.postMessage({ type: "failed", id: message.id, message: error.message } satisfies FromWorker),
  );
});
