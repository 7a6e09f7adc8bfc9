// The run's clock, environment and per-run services for rules with side effects.
import type { RunEnv } from "../rules/types.js";
import type { Problem } from "../types.js";

export class ClockError extends Error {}

/** `TWCHECK_NOW` (an ISO date) overrides the clock, for tests and demos. */
export function clockFrom(env: NodeJS.ProcessEnv): Date {
  const value = env.TWCHECK_NOW;
  if (!value) return new Date();
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new ClockError(`TWCHECK_NOW: "${value}" is not an ISO date (e.g. 2026-11-26T09:30:00Z)`);
  return date;
}

export interface RunEnvHandle {
  env: RunEnv;
  /** Runs the `atEnd` tasks, once. */
  finish(): Promise<void>;
}

export function createRunEnv(opts: { now: Date; cwd: string; env: NodeJS.ProcessEnv; warn: (p: Problem) => void }): RunEnvHandle {
  const sessions = new Map<string, unknown>();
  const tasks: Array<() => Promise<void> | void> = [];
  const env: RunEnv = {
    now: opts.now,
    cwd: opts.cwd,
    env: opts.env,
    session<T>(key: string, create: () => T): T {
      if (!sessions.has(key)) sessions.set(key, create());
      return sessions.get(key) as T;
    },
    atEnd(task) {
      tasks.push(task);
    },
    warn: opts.warn,
  };
  return {
    env,
    async finish() {
      for (const task of tasks.splice(0)) await task();
    },
  };
}
