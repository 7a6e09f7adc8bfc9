// Reads an input through the real reader pipeline and splits drafts from problems.
import { Readable } from "node:stream";
import { stdinInput } from "../../src/inputs/files.js";
import type { InputSource } from "../../src/inputs/types.js";
import { readInput } from "../../src/readers/index.js";
import type { Draft } from "../../src/types.js";

export interface Read {
  drafts: Draft[];
  problems: Array<{ source: string; message: string; line?: number }>;
}

export async function readAll(input: InputSource): Promise<Read> {
  const out: Read = { drafts: [], problems: [] };
  for await (const item of readInput(input)) {
    if ("draft" in item) out.drafts.push(item.draft);
    else out.problems.push(item.problem);
  }
  return out;
}

/** An input named `name` holding `content` (its extension picks the reader). */
export function bytesInput(name: string, content: string | Buffer): InputSource {
  const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  return { source: name, path: name, read: async () => bytes };
}

/** The same content arriving on a stream in small chunks (as stdin or a big batch file). */
export function streamInput(name: string, content: string | Buffer, chunk = 7): InputSource {
  const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  const pieces: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += chunk) pieces.push(bytes.subarray(i, i + chunk));
  return stdinInput(name, name, Readable.from(pieces));
}

/** [line, text] of each draft, the most readable summary of a read. */
export const linesAndTexts = (r: Read) => r.drafts.map((d) => [d.line, d.text]);
