// Batch files: `.jsonl` (streamed line by line), `.json` (an array), `.csv` (a header with a
// `text` or `message` column, streamed). A bad line is a problem with its line number; the
// other lines are still read.
import { isUtf8 } from "node:buffer";
import type { Draft } from "../types.js";
import { positionInText } from "../engine/positions.js";
import { normalizeNewlines } from "./decode.js";
import { jsonErrorOffset } from "./json-error.js";
import type { ReadItem } from "./types.js";

type Row = { text: string; id: string | null };

/** A batch entry: an object with a string `text` (and optional `id`), or a plain JSON string. */
function toRow(value: unknown): Row | string {
  if (typeof value === "string") return { text: value, id: null };
  if (!value || typeof value !== "object" || Array.isArray(value)) return "expected an object with a \"text\" field, or a string";
  const { text, id } = value as { text?: unknown; id?: unknown };
  if (typeof text !== "string") return "missing \"text\" field (a string)";
  if (id !== undefined && id !== null && typeof id !== "string" && typeof id !== "number") return "\"id\" must be a string or a number";
  return { text, id: id === undefined || id === null ? null : String(id) };
}

function draftOf(source: string, row: Row, index: number, line: number): Draft {
  return { source, id: row.id, index, line, column: 1, text: normalizeNewlines(row.text), options: {}, positionsApproximate: true };
}

/**
 * The items of a `.jsonl` input, one array per chunk read: a batch of thousands of drafts then
 * costs a few dozen asynchronous steps, not several per draft (readInputBatches).
 */
const ITEMS_PER_BATCH = 32;

export async function* readJsonLineBatches(source: string, chunks: AsyncIterable<Buffer | string>): AsyncGenerator<ReadItem[]> {
  let index = 0;
  let lineNo = 0;
  const decoder = new TextDecoder("utf-8", { fatal: true });
  // Each line is decoded on its own, so that a line that is not UTF-8 is one problem and the
  // lines after it are still read.
  const handle = (bytes: Buffer): ReadItem | null => {
    let raw: string;
    try {
      raw = decoder.decode(bytes);
    } catch {
      lineNo++;
      return { problem: { source, line: lineNo, message: `line ${lineNo}: not UTF-8` } };
    }
    return handleText(raw);
  };
  const handleText = (raw: string): ReadItem | null => {
    lineNo++;
    let line = lineNo === 1 ? raw.replace(/^\uFEFF/, "") : raw;
    if (line.charCodeAt(line.length - 1) === 13) line = line.slice(0, -1);
    if (line.trim() === "") return null;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      return { problem: { source, line: lineNo, message: `line ${lineNo}: malformed JSON (${(error as Error).message})` } };
    }
    const row = toRow(value);
    if (typeof row === "string") return { problem: { source, line: lineNo, message: `line ${lineNo}: ${row}` } };
    return { draft: draftOf(source, row, index++, lineNo) };
  };
  let pending: Buffer[] = [];
  for await (const chunk of chunks) {
    let out: ReadItem[] = [];
    let bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
    if (pending.length) {
      // The end of the line the last chunk left open.
      const nl = bytes.indexOf(0x0a);
      if (nl === -1) {
        pending.push(bytes);
        continue;
      }
      const item = handle(Buffer.concat([...pending, bytes.subarray(0, nl)]));
      pending = [];
      bytes = bytes.subarray(nl + 1);
      if (item) out.push(item);
    }
    const lastNl = bytes.lastIndexOf(0x0a);
    if (lastNl !== -1 && isUtf8(bytes.subarray(0, lastNl))) {
      // The complete lines of a chunk that is valid UTF-8 (nearly always) are decoded in one call.
      for (const line of bytes.toString("utf8", 0, lastNl).split("\n")) {
        const item = handleText(line);
        if (item) out.push(item);
        // Drafts are made a few dozen at a time: a whole chunk's (hundreds) would outlive
        // young-generation collections while they are checked.
        if (out.length === ITEMS_PER_BATCH) {
          yield out;
          out = [];
        }
      }
      bytes = bytes.subarray(lastNl + 1);
    } else {
      let nl: number;
      while ((nl = bytes.indexOf(0x0a)) !== -1) {
        const item = handle(bytes.subarray(0, nl));
        bytes = bytes.subarray(nl + 1);
        if (item) out.push(item);
      }
    }
    if (bytes.length) pending.push(bytes);
    if (out.length) yield out;
  }
  if (pending.length) {
    const item = handle(Buffer.concat(pending));
    if (item) yield [item];
  }
}

export function* readJsonArray(source: string, text: string): Generator<ReadItem> {
  let value: unknown;
  text = text.replace(/^\uFEFF/, "");
  try {
    value = JSON.parse(text);
  } catch (error) {
    yield { problem: { source, ...malformed(text, (error as Error).message) } };
    return;
  }
  if (!Array.isArray(value)) {
    yield { problem: { source, message: "expected a JSON array of drafts (objects with a \"text\" field, or strings)" } };
    return;
  }
  const lines = elementLines(text);
  let index = 0;
  for (let i = 0; i < value.length; i++) {
    const line = lines[i] ?? 1;
    const row = toRow(value[i]);
    if (typeof row === "string") yield { problem: { source, line, message: `item ${i + 1} (line ${line}): ${row}` } };
    else yield { draft: draftOf(source, row, index++, line) };
  }
}

/** One line saying where and why a JSON text is malformed (V8's messages may span lines, without a position). */
function malformed(text: string, v8: string): { line?: number; message: string } {
  const at = jsonErrorOffset(text);
  if (at < 0) return { message: `malformed JSON (${v8.replace(/\s*\n\s*/g, " ")})` };
  const { line, column } = positionInText(text, at);
  const what = at >= text.length ? "unexpected end of the file" : `unexpected ${JSON.stringify(text[at])}`;
  return { line, message: `malformed JSON at line ${line}, column ${column}: ${what}` };
}

/** 1-based line where each top-level element of a JSON array starts (a small scanner). */
function elementLines(text: string): number[] {
  const out: number[] = [];
  let depth = 0;
  let line = 1;
  let inString = false;
  let expectValue = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "\n") line++;
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (depth === 1 && expectValue && !/\s/.test(c) && c !== "]") {
      out.push(line);
      expectValue = false;
    }
    if (c === '"') inString = true;
    else if (c === "[" || c === "{") {
      depth++;
      if (depth === 1) expectValue = true;
    } else if (c === "]" || c === "}") depth--;
    else if (c === "," && depth === 1) expectValue = true;
  }
  return out;
}

// relax_quotes: a quote inside an unquoted cell is text (tweets quote people: `2,He said "no"`);
// without it a stray quote is an error that also swallows the good line after it.
export async function* readCsv(source: string, chunks: AsyncIterable<Buffer | string>): AsyncGenerator<ReadItem> {
  const { parse: parseCsv } = await import("csv-parse");
  const parser = parseCsv({ bom: true, columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()), info: true, raw: true, relax_quotes: true, skip_empty_lines: true, relax_column_count: true, skip_records_with_error: true });
  const skipped: ReadItem[] = [];
  parser.on("skip", (error: Error & { lines?: number }) => {
    skipped.push({ problem: { source, line: error.lines, message: `line ${error.lines ?? "?"}: ${error.message}` } });
  });
  const feed = (async () => {
    try {
      for await (const chunk of chunks) if (!parser.write(chunk)) await new Promise((r) => parser.once("drain", r));
      parser.end();
    } catch (error) {
      parser.destroy(error as Error);
    }
  })();
  let index = 0;
  let column: string | null | undefined;
  try {
    for await (const record of parser as AsyncIterable<{ record: Record<string, string>; raw: string; info: { lines: number } }>) {
      const line = startLine(record.raw, record.info.lines);
      while (skipped.length) yield skipped.shift()!;
      if (column === undefined) {
        const keys = Object.keys(record.record);
        column = keys.includes("text") ? "text" : keys.includes("message") ? "message" : null;
        if (column === null) {
          yield { problem: { source, line: 1, message: `no "text" or "message" column in the header (found: ${keys.join(", ")})` } };
          break;
        }
      }
      const text = record.record[column!];
      if (text === undefined) {
        yield { problem: { source, line, message: `line ${line}: no value in the "${column}" column` } };
        continue;
      }
      const id = record.record.id;
      yield { draft: draftOf(source, { text, id: id ? id : null }, index++, line) };
    }
  } catch (error) {
    yield { problem: { source, message: `malformed CSV (${(error as Error).message})` } };
  }
  while (skipped.length) yield skipped.shift()!;
  await feed;
}

/** csv-parse's `info.lines` is the line where a record ends; a quoted cell may span lines. */
function startLine(raw: string, endLine: number): number {
  const body = raw.replace(/^(?:\r?\n)+/, "").replace(/\r?\n$/, "");
  return endLine - (body.match(/\n/g)?.length ?? 0);
}
