// Reading many blobs with one git process (`git cat-file --batch`), on first demand.
import { git, GitError } from "./git.js";
import { InputError, type InputSource } from "../inputs/types.js";

/** Parses `--batch` output: `<name> <type> <size>\n<bytes>\n`, or `<name> missing\n`. */
export function parseBatch(output: Buffer): Map<string, Buffer> {
  const blobs = new Map<string, Buffer>();
  let at = 0;
  while (at < output.length) {
    const eol = output.indexOf(0x0a, at);
    if (eol < 0) break;
    const [name = "", type = "", size = ""] = output.subarray(at, eol).toString("utf8").split(" ");
    at = eol + 1;
    if (type === "missing" || type === "ambiguous" || size === "") continue;
    const length = Number(size);
    blobs.set(name, output.subarray(at, at + length));
    at += length + 1; // the contents are followed by a newline
  }
  return blobs;
}

export interface BlobEntry {
  /** Reported as the input's `source`: the path from the repository top. */
  source: string;
  /** Picks the reader by extension when `source` is not a plain path. */
  path?: string;
  blob: string;
}

/**
 * Inputs whose `read()` returns the blob's bytes. The first read fetches every listed blob in one
 * `git cat-file --batch`, so a hook over many drafts costs one process, not one per file.
 */
export function blobInputs(cwd: string, entries: readonly BlobEntry[]): InputSource[] {
  let all: Promise<Map<string, Buffer>> | undefined;
  const load = (): Promise<Map<string, Buffer>> => {
    all ??= git(cwd, ["cat-file", "--batch"], { input: [...new Set(entries.map((e) => e.blob))].join("\n") + "\n" }).then(
      (result) => parseBatch(result.stdout),
    );
    return all;
  };
  return entries.map((entry) => ({
    source: entry.source,
    path: entry.path ?? entry.source,
    async read(): Promise<Buffer> {
      let blobs: Map<string, Buffer>;
      try {
        blobs = await load();
      } catch (error) {
        throw new InputError(entry.source, `cannot read from git: ${error instanceof GitError ? error.message : String(error)}`);
      }
      const bytes = blobs.get(entry.blob);
      if (bytes === undefined) throw new InputError(entry.source, `cannot read from git: object ${entry.blob} is missing`);
      return bytes;
    },
  }));
}
