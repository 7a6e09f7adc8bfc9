// Picks the reader for an input by its extension and turns any failure into a problem line.
import { extname } from "node:path";
import { InputError, type InputSource } from "../inputs/types.js";
import { readCsv, readJsonArray, readJsonLineBatches } from "./batch.js";
import { decodeText } from "./decode.js";
import { FrontMatterError, loadYaml } from "./front-matter.js";
import { readMarkdown } from "./markdown.js";
import { readText } from "./text.js";
import { readTweetFile } from "./tweet.js";
import type { ReadItem } from "./types.js";

export type InputKind = "text" | "markdown" | "tweet" | "jsonl" | "json" | "csv";

export function kindOf(path: string): InputKind {
  switch (extname(path).toLowerCase()) {
    case ".md":
    case ".markdown":
      return "markdown";
    case ".tweet":
      return "tweet";
    case ".jsonl":
    case ".ndjson":
      return "jsonl";
    case ".json":
      return "json";
    case ".csv":
      return "csv";
    default:
      return "text";
  }
}

/** Every draft of an input, in order; unreadable inputs and bad batch lines come as problems. */
export async function* readInput(input: InputSource): AsyncGenerator<ReadItem> {
  for await (const batch of readInputBatches(input)) yield* batch;
}

/** Items of a whole file (a text, a markdown file, a `.json` array) are handed on this many at a time. */
const SLICE = 256;

/**
 * readInput's items in arrays, in order: one per chunk of a streamed `.jsonl`, slices of a file
 * read whole. The CLI checks a batch of drafts with no asynchronous step per draft (an async
 * generator's yield costs microseconds: on 10,000 drafts, about a tenth of the run).
 */
export async function* readInputBatches(input: InputSource): AsyncGenerator<ReadItem[]> {
  const { source } = input;
  try {
    const kind = kindOf(input.path ?? source);
    if ((kind === "jsonl" || kind === "csv") && input.stream) {
      const chunks = input.stream();
      if (kind === "jsonl") yield* readJsonLineBatches(source, chunks);
      else for await (const item of readCsv(source, chunks)) yield [item];
      return;
    }
    const bytes = await input.read();
    if (kind === "jsonl" || kind === "csv") {
      const once = (async function* () {
        yield bytes;
      })();
      if (kind === "jsonl") yield* readJsonLineBatches(source, once);
      else for await (const item of readCsv(source, once)) yield [item];
      return;
    }
    const text = decodeText(bytes, source);
    if (kind === "markdown" || kind === "tweet") await loadYaml();
    const items = kind === "json" ? readJsonArray(source, text) : kind === "markdown" ? readMarkdown(text, source) : kind === "tweet" ? readTweetFile(text, source) : readText(text, source);
    let slice: ReadItem[] = [];
    for (const item of items) {
      slice.push(item);
      if (slice.length === SLICE) {
        yield slice;
        slice = [];
      }
    }
    if (slice.length) yield slice;
  } catch (error) {
    if (error instanceof InputError || error instanceof FrontMatterError) {
      yield [{ problem: { source, message: error.message, line: error instanceof InputError ? error.line : undefined } }];
    } else throw error;
  }
}
