// Inputs on disk and on stdin, with the one-line reasons when they cannot be read.
import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { InputError, type InputSource } from "./types.js";
import { MAX_INPUT_BYTES } from "../readers/decode.js";

export function fileReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case "ENOENT":
      return "cannot read: no such file";
    case "EISDIR":
      return "cannot read: is a directory (a file is needed here)";
    case "EACCES":
    case "EPERM":
      return "cannot read: permission denied";
    case "ELOOP":
      return "cannot read: too many symbolic links";
    default:
      return `cannot read: ${(error as Error).message}`;
  }
}

export function fileInput(path: string, source = path): InputSource {
  return {
    source,
    path,
    async read() {
      try {
        const info = await stat(path);
        if (info.isDirectory()) throw Object.assign(new Error("directory"), { code: "EISDIR" });
        if (info.size > MAX_INPUT_BYTES) throw new InputError(source, `too large (${(info.size / 1048576).toFixed(1)} MiB, over 10 MiB)`);
        return await readFile(path);
      } catch (error) {
        if (error instanceof InputError) throw error;
        throw new InputError(source, fileReason(error));
      }
    },
    async *stream() {
      try {
        const info = await stat(path);
        if (info.isDirectory()) throw Object.assign(new Error("directory"), { code: "EISDIR" });
      } catch (error) {
        throw new InputError(source, fileReason(error));
      }
      yield* createReadStream(path) as AsyncIterable<Buffer>;
    },
  };
}

export function stdinInput(source = "<stdin>", path = source, stream: NodeJS.ReadableStream = process.stdin): InputSource {
  const read = async (): Promise<Buffer> => {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of stream) {
      const buf = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
      size += buf.length;
      if (size > MAX_INPUT_BYTES) throw new InputError(source, "too large (over 10 MiB)");
      chunks.push(buf);
    }
    return Buffer.concat(chunks);
  };
  return { source, path, read, stream: () => stream as AsyncIterable<Buffer> };
}

/** Text given in memory (the library's `check("…")`). */
export function textInput(text: string, source = "<text>", path = source): InputSource {
  return { source, path, read: async () => Buffer.from(text, "utf8") };
}
