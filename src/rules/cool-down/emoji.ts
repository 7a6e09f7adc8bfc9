// Angry emoji (😡 🤬 🖕 …), weighted in rules/cool-down/common.json.
import type { Token } from "../../text/tokenize.js";
import { stripVariation, type Knowledge } from "./knowledge.js";
import type { Piece } from "./types.js";

/** A row of angry emoji ("😡😡😡") is one piece, each emoji adding its weight as a clue. */
export function emojiPieces(text: string, tokens: readonly Token[], k: Knowledge): Piece[] {
  const pieces: Piece[] = [];
  let last: Piece | null = null;
  for (const t of tokens) {
    if (t.kind !== "emoji") continue;
    const bare = stripVariation(t.text);
    const weight = k.emoji.get(bare) ?? k.emoji.get(String.fromCodePoint(bare.codePointAt(0)!));
    if (!weight) continue;
    if (last && /^\s*$/.test(text.slice(last.end, t.start))) {
      last.end = t.end;
      last.text = text.slice(last.start, last.end);
      last.weight = 1 - (1 - last.weight) * (1 - weight);
    } else {
      last = { kind: "emoji", text: t.text, start: t.start, end: t.end, weight };
      pieces.push(last);
    }
  }
  return pieces;
}
