// A lock file shared by twcheck processes that write the same state file: created with O_EXCL
// (only one process can create it), broken when stale (its owner died or hung).
import { closeSync, linkSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from "node:fs";

export interface LockOptions {
  /** Give up after this long (ms). */
  timeout?: number;
  /** A lock older than this (ms) is considered abandoned. */
  stale?: number;
}

export class LockTimeoutError extends Error {}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Runs `task` while holding `<file>.lock`. */
export async function withLock<T>(file: string, task: () => T | Promise<T>, options: LockOptions = {}): Promise<T> {
  const lock = `${file}.lock`;
  const timeout = options.timeout ?? 10_000;
  const stale = options.stale ?? 15_000;
  const deadline = Date.now() + timeout;
  for (let attempt = 0; ; attempt++) {
    if (tryAcquire(lock)) break;
    if (isStale(lock, stale)) {
      breakLock(lock, stale);
      continue;
    }
    if (Date.now() > deadline) throw new LockTimeoutError(`${lock}: held by another twcheck for over ${Math.round(timeout / 1000)} s`);
    await sleep(Math.min(100, 5 + attempt * 5) * (0.5 + Math.random()));
  }
  try {
    return await task();
  } finally {
    try {
      unlinkSync(lock);
    } catch {
      // Already gone (broken as stale by another process): nothing to release.
    }
  }
}

function tryAcquire(lock: string): boolean {
  try {
    const fd = openSync(lock, "wx");
    try {
      writeSync(fd, `${process.pid}\n${new Date().toISOString()}\n`);
    } finally {
      closeSync(fd);
    }
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
}

/** Older than `stale`, or its owner (on this machine) no longer runs. */
function isStale(lock: string, stale: number): boolean {
  try {
    const { mtimeMs } = statSync(lock);
    if (Date.now() - mtimeMs > stale) return true;
    const pid = Number.parseInt(readFileSync(lock, "utf8"), 10);
    // A lock younger than a second may be between creation and its pid being written.
    if (!Number.isInteger(pid) || pid <= 0) return Date.now() - mtimeMs > 1000;
    return !isAlive(pid);
  } catch {
    return false; // vanished meanwhile: the next attempt will take it
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Renaming first makes breaking atomic: of two processes breaking the same lock, one wins. If what
 * we moved aside turns out to be a fresh lock (another process broke the stale one and took the
 * lock just before), it is put back.
 */
function breakLock(lock: string, stale: number): void {
  const aside = `${lock}.${process.pid}.${Math.random().toString(36).slice(2)}.stale`;
  try {
    renameSync(lock, aside);
  } catch {
    return; // someone else broke or released it first
  }
  try {
    if (!isStale(aside, stale)) linkSync(aside, lock);
  } catch {
    // A new lock exists already: the fresh one we moved is lost, but its owner still writes atomically.
  }
  try {
    unlinkSync(aside);
  } catch {
    // gone
  }
}
