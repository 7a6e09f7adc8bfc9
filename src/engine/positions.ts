// Offsets in a draft's text (UTF-16 indices) to 1-based line/column in its source file.
// Columns count characters as a person sees them typed: one per code point, so an emoji or
// an astral character moves the column by one, not two.
import type { Draft } from "../types.js";

export interface Position {
  line: number;
  column: number;
}

export function positionInText(text: string, offset: number): Position {
  const at = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < at; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  let column = 1;
  for (let i = lineStart; i < at; i++) {
    const code = text.charCodeAt(i);
    // A high surrogate followed by a low one is one code point.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < at) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    column++;
  }
  return { line, column };
}

export function positionInSource(draft: Draft, offset: number): Position {
  const p = positionInText(draft.text, offset);
  return { line: draft.line + p.line - 1, column: p.line === 1 ? draft.column + p.column - 1 : p.column };
}
