// `.tweet` files, read the way the twitter-together GitHub Action reads them: the file is
// trimmed; optional YAML front matter at the top (reply, retweet, media, poll, schedule,
// thread-delimiter); the thread is split at the first `\n+<delimiter>\n+`, each following part
// may have its own front matter; trailing `( ) option` lines are poll options, not text
// (unless the front matter already gives a poll).
import { escapeRegExp } from "../text/alternation.js";
import type { Draft } from "../types.js";
import { draftOptions, readFrontMatter } from "./front-matter.js";
import { lineAt } from "./lines.js";
import type { ReadItem } from "./types.js";

const FRONT_MATTER = /^---\n([\s\S]*?)\n---(?:$|\n+)/;
const POLL_OPTION = /^\(\s?\)\s+/;

export function readTweetFile(file: string, source: string): ReadItem[] {
  const lead = /^\s*/.exec(file)![0].length;
  const items: ReadItem[] = [];
  let offset = lead;
  let text = file.trim();
  for (let index = 0; ; index++) {
    const fm = readFrontMatter(text, FRONT_MATTER);
    const data = fm?.data ?? {};
    if (fm) {
      offset += fm.bodyStart;
      text = text.slice(fm.bodyStart);
    }
    const delimiter = typeof data["thread-delimiter"] === "string" ? (data["thread-delimiter"] as string) : "---";
    let rest: string | null = null;
    let restOffset = 0;
    const split = new RegExp(`\\n+${escapeRegExp(delimiter)}\\n+`).exec(text);
    if (split) {
      rest = text.slice(split.index + split[0].length);
      restOffset = offset + split.index + split[0].length;
      text = text.slice(0, split.index);
    }
    if (!Array.isArray(data.poll)) text = dropPollLines(text);
    const draft: Draft = { source, id: null, index, line: lineAt(file, offset), column: 1, text, options: draftOptions(data) };
    items.push({ draft });
    if (rest === null) break;
    text = rest;
    offset = restOffset;
  }
  for (const item of items) if ("draft" in item) item.draft.total = items.length;
  return items;
}

/** Removes trailing `( ) option` lines, as the Action does (trimming what is left). */
function dropPollLines(text: string): string {
  let lines = text.trim().split("\n");
  let removed = false;
  while (lines.length > 0 && POLL_OPTION.test(lines[lines.length - 1]!)) {
    lines = lines.slice(0, -1).join("\n").trim().split("\n");
    removed = true;
  }
  return removed ? lines.join("\n").trim() : text;
}
