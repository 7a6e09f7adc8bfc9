// Batch files: `.jsonl` (streamed line by line), `.json` (an array), `.csv` (a header with a
// `text` or `message` column, streamed). A bad line is a problem with its line number; the
// other lines are still read.
import { parse as parseCsv } from "csv-parse";
import type { Draft } from "../types.js";
import { normalizeNewlines } from "./decode.js";
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

export async function* readJsonLines(source: string, chunks: AsyncIterable<Buffer | string>): AsyncGenerator<ReadItem> {
  let index = 0;
  let lineNo = 0;
  let pending = "";
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const handle = (raw: string): ReadItem | null => {
    lineNo++;
    const line = lineNo === 1 ? raw.replace(/^\uFEFF/, "") : raw;
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
  for await (const chunk of chunks) {
    try {
      pending += typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
    } catch {
      yield { problem: { source, line: lineNo + 1, message: `line ${lineNo + 1}: not UTF-8; the rest of the file was not read` } };
      return;
    }
    let nl: number;
    while ((nl = pending.indexOf("\n")) !== -1) {
      const item = handle(pending.slice(0, nl).replace(/\r$/, ""));
      pending = pending.slice(nl + 1);
      if (item) yield item;
    }
  }
  if (pending) {
    const item = handle(pending.replace(/\r$/, ""));
    if (item) yield item;
  }
}

export function* readJsonArray(source: string, text: string): Generator<ReadItem> {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    const message = (error as Error).message;
    const at = /position (\d+)/.exec(message);
    const line = at ? text.slice(0, Number(at[1])).split("\n").length : undefined;
    yield { problem: { source, line, message: `malformed JSON${line ? ` at line ${line}` : ""} (${message})` } };
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

export async function* readCsv(source: string, chunks: AsyncIterable<Buffer | string>): AsyncGenerator<ReadItem> {
  const parser = parseCsv({ bom: true, columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()), info: true, skip_empty_lines: true, relax_column_count: true, skip_records_with_error: true });
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
    for await (const record of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
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
        yield { problem: { source, line: record.info.lines, message: `line ${record.info.lines}: no value in the "${column}" column` } };
        continue;
      }
      const id = record.record.id;
      yield { draft: draftOf(source, { text, id: id ? id : null }, index++, record.info.lines) };
    }
  } catch (error) {
    yield { problem: { source, message: `malformed CSV (${(error as Error).message})` } };
  }
  while (skipped.length) yield skipped.shift()!;
  await feed;
}
