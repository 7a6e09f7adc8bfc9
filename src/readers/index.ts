// Picks the reader for an input by its extension and turns any failure into a problem line.
import { extname } from "node:path";
import { InputError, type InputSource } from "../inputs/types.js";
import { readCsv, readJsonArray, readJsonLines } from "./batch.js";
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
  const { source } = input;
  try {
    const kind = kindOf(input.path ?? source);
    if ((kind === "jsonl" || kind === "csv") && input.stream) {
      const chunks = input.stream();
      yield* kind === "jsonl" ? readJsonLines(source, chunks) : readCsv(source, chunks);
      return;
    }
    const bytes = await input.read();
    if (kind === "jsonl" || kind === "csv") {
      const once = (async function* () {
        yield bytes;
      })();
      yield* kind === "jsonl" ? readJsonLines(source, once) : readCsv(source, once);
      return;
    }
    const text = decodeText(bytes, source);
    if (kind === "markdown" || kind === "tweet") await loadYaml();
    if (kind === "json") yield* readJsonArray(source, text);
    else if (kind === "markdown") yield* readMarkdown(text, source);
    else if (kind === "tweet") yield* readTweetFile(text, source);
    else yield* readText(text, source);
  } catch (error) {
    if (error instanceof InputError || error instanceof FrontMatterError) {
      yield { problem: { source, message: error.message, line: error instanceof InputError ? error.line : undefined } };
    } else throw error;
  }
}
