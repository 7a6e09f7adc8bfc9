// Where the report goes: stdout, or --output-file (folders created, a directory refused).
import { createWriteStream, mkdirSync, statSync } from "node:fs";
import { dirname } from "node:path";
import { UsageError } from "./errors.js";

export interface Output {
  write(text: string): void;
  /**
   * When the destination is behind (a pipe read slowly), a promise that resolves once it has
   * caught up; null otherwise. Awaiting it keeps memory flat: without it a large batch piped
   * into a slow reader would pile up in memory.
   */
  backlog(): Promise<void> | null;
  close(): Promise<void>;
}

/** A promise for the stream's next 'drain' when its last write asked to wait, else null. */
function drainOf(stream: NodeJS.WritableStream & { writableNeedDrain?: boolean }): Promise<void> | null {
  return stream.writableNeedDrain ? new Promise((resolve) => stream.once("drain", () => resolve())) : null;
}

export function openOutput(file?: string): Output {
  if (!file) {
    // A terminal sees each draft as it is checked; a pipe or a file gets 64 KiB writes, which
    // costs far fewer system calls on large batches.
    if (process.stdout.isTTY) {
      return {
        write: (text) => {
          if (text) process.stdout.write(text);
        },
        backlog: () => drainOf(process.stdout),
        close: () => new Promise((resolve) => process.stdout.write("", () => resolve())),
      };
    }
    // Each draft's text is encoded straight into a 64 KiB buffer (no joined string to build and
    // encode again); a written buffer is never reused, as a pipe may still hold it.
    const SIZE = 65536;
    let buffer = Buffer.allocUnsafe(SIZE);
    let used = 0;
    const flush = () => {
      if (used === 0) return;
      process.stdout.write(buffer.subarray(0, used));
      buffer = Buffer.allocUnsafe(SIZE);
      used = 0;
    };
    return {
      write: (text) => {
        if (!text) return;
        // At most 3 bytes per UTF-16 unit.
        if (used + text.length * 3 > SIZE) {
          flush();
          if (text.length * 3 > SIZE) {
            process.stdout.write(text);
            return;
          }
        }
        used += buffer.write(text, used);
      },
      backlog: () => drainOf(process.stdout),
      close: () =>
        new Promise((resolve) => {
          flush();
          process.stdout.write("", () => resolve());
        }),
    };
  }
  try {
    if (statSync(file).isDirectory()) throw new UsageError(`--output-file ${file}: is a directory (a file is needed here)`);
  } catch (error) {
    if (error instanceof UsageError) throw error;
  }
  try {
    mkdirSync(dirname(file), { recursive: true });
  } catch (error) {
    throw new UsageError(`--output-file ${file}: cannot create its folder (${(error as Error).message})`);
  }
  const stream = createWriteStream(file);
  let failure: Error | null = null;
  stream.on("error", (error) => (failure = error));
  return {
    write: (text) => {
      if (text) stream.write(text);
    },
    backlog: () => drainOf(stream),
    close: () =>
      new Promise((resolve, reject) =>
        stream.end(() => (failure ? reject(new UsageError(`--output-file ${file}: ${failure.message}`)) : resolve())),
      ),
  };
}
