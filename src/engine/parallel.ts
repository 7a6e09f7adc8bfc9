// The main thread's side of the analysis worker (worker.ts): configurations are sent once,
// chunks of drafts are answered in any order by id. If the worker fails, its chunks are
// rejected and the caller checks them on the main thread instead.
import { Worker } from "node:worker_threads";
import type { ResolvedConfig } from "../config/types.js";
import type { Draft } from "../types.js";
import type { DraftAnalysis } from "./check-draft.js";
import type { FromWorker, ToWorker } from "./worker.js";

export class AnalysisWorker {
  private readonly worker: Worker;
  private readonly configIds = new WeakMap<ResolvedConfig, number>();
  private readonly pending = new Map<number, { resolve(a: DraftAnalysis[]): void; reject(e: Error): void }>();
  private nextId = 1;
  private broken: Error | null = null;

  constructor(script: URL) {
    this.worker = new Worker(script);
    // The worker must not keep the process alive once the main thread is done.
    this.worker.unref();
    this.worker.on("message", (m: FromWorker) => {
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      if (m.type === "done") p.resolve(m.analyses);
      else p.reject(new Error(m.message));
    });
    const fail = (error: Error) => {
      this.broken = error;
      for (const p of this.pending.values()) p.reject(error);
      this.pending.clear();
    };
    this.worker.on("error", fail);
    this.worker.on("exit", (code) => fail(new Error(`analysis worker exited (${code})`)));
  }

  /** Chunks sent and not yet answered. */
  get inFlight(): number {
    return this.pending.size;
  }

  analyze(config: ResolvedConfig, drafts: Draft[]): Promise<DraftAnalysis[]> {
    if (this.broken) return Promise.reject(this.broken);
    let configId = this.configIds.get(config);
    if (configId === undefined) {
      configId = this.nextId++;
      this.configIds.set(config, configId);
      this.post({ type: "config", id: configId, config });
    }
    const id = this.nextId++;
    const answer = new Promise<DraftAnalysis[]>((resolve, reject) => this.pending.set(id, { resolve, reject }));
    this.post({ type: "chunk", id, configId, drafts });
    return answer;
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }

  private post(message: ToWorker): void {
    this.worker.postMessage(message);
  }
}
