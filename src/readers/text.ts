// Plain text: one draft per file, or a thread whose tweets are separated by a line holding only `---`.
import type { Draft, DraftOptions } from "../types.js";
import { lineAt, trimBlankLines } from "./lines.js";
import type { ReadItem } from "./types.js";

const SEPARATOR = /^---[ \t]*$/gm;

/** Splits `text` (starting at `offset` of the whole file `file`) into thread drafts. */
export function splitThread(file: string, source: string, offset = 0, options: DraftOptions = {}, text = file.slice(offset)): ReadItem[] {
  const body = text.endsWith("\n") ? text.slice(0, -1) : text;
  const parts: Array<{ start: number; text: string }> = [];
  let from = 0;
  for (const m of body.matchAll(SEPARATOR)) {
    parts.push({ start: from, text: body.slice(from, Math.max(from, m.index - 1)) });
    from = m.index + m[0].length + 1;
  }
  parts.push({ start: from, text: body.slice(Math.min(from, body.length)) });
  return parts.map((part, index): ReadItem => {
    const trimmed = parts.length > 1 ? trimBlankLines(part.text) : { text: part.text, cut: 0 };
    const draft: Draft = {
      source,
      id: null,
      index,
      line: lineAt(file, offset + part.start + trimmed.cut),
      column: 1,
      text: trimmed.text,
      options,
      total: parts.length,
    };
    return { draft };
  });
}

export function readText(text: string, source: string): ReadItem[] {
  return splitThread(text, source);
}
