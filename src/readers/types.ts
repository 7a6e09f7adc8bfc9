import type { Draft } from "../types.js";

/** A draft or a line of a batch that could not be read (the other lines are still checked). */
export type ReadItem = { draft: Draft } | { problem: { source: string; message: string; line?: number } };

/** A reader turns one input into drafts, in order, as they are read. */
export type Reader = (input: ReaderInput) => AsyncIterable<ReadItem> | Iterable<ReadItem>;

export interface ReaderInput {
  source: string;
  /** The whole text, for readers that read whole files. */
  text?: string;
  /** A stream of bytes, for batch readers that stream. */
  stream?: () => AsyncIterable<Buffer | string>;
}
