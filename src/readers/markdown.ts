// Markdown: front matter skipped (it may carry `twcheck: { lang, disable }`), the body is the draft.
import { draftOptions, readFrontMatter } from "./front-matter.js";
import { lineAt, trimBlankLines } from "./lines.js";
import type { ReadItem } from "./types.js";

export function readMarkdown(text: string, source: string): ReadItem[] {
  const fm = readFrontMatter(text);
  const options = fm ? draftOptions(fm.data) : {};
  const start = fm?.bodyStart ?? 0;
  const body = trimBlankLines(text.slice(start).replace(/\n$/, ""));
  return [{ draft: { source, id: null, index: 0, line: lineAt(text, start + body.cut), column: 1, text: body.text, options } }];
}
