// An input the user named (a file, stdin, a staged blob): read lazily, parsed by its reader.
export interface InputSource {
  /** The name reported as `source` (a path as given, `<stdin>`, or a staged path). */
  source: string;
  /** Path used to pick a reader by extension (defaults to `source`). */
  path?: string;
  /** The raw bytes; rejects with an InputError for unreadable inputs. */
  read(): Promise<Buffer>;
  /** The bytes as a stream, for batch files read line by line (falls back to `read`). */
  stream?(): AsyncIterable<Buffer>;
}

/** An input that cannot be read: reported in one line, the others are still checked. */
export class InputError extends Error {
  constructor(
    readonly source: string,
    reason: string,
    readonly line?: number,
  ) {
    super(reason);
  }
}
