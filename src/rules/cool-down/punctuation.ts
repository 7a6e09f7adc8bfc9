// Runs of "!!" and "?!": the punctuation of a raised voice. "??" alone is puzzlement, not anger.
import type { Weights } from "./types.js";
import type { Piece } from "./types.js";

const RUN = /[!?\uFF01\uFF1F\u203C\u2049\u2048](?:\s?[!?\uFF01\uFF1F\u203C\u2049\u2048])+|[\u203C\u2049\u2048]/g;
const MARK = /[!?\uFF01\uFF1F\u203C\u2049\u2048]/;

export function punctuationPieces(text: string, w: Weights): Piece[] {
  const pieces: Piece[] = [];
  // Most drafts hold no mark at all. The others are scanned with exec on the shared pattern:
  // matchAll copies the pattern at every call (on every draft).
  if (!MARK.test(text)) return pieces;
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m !== null; m = RUN.exec(text)) {
    const run = m[0];
    const bangs = (run.match(/[!\uFF01]/g) ?? []).length + 2 * (run.match(/\u203C/g) ?? []).length;
    const asks = /[?\uFF1F\u2049\u2048]/.test(run);
    let weight = 0;
    if (bangs >= 1 && (asks || /[\u2049\u2048]/.test(run))) weight = w.interrobang;
    else if (bangs >= 3) weight = w.exclaim3;
    else if (bangs === 2) weight = w.exclaim2;
    if (weight > 0) pieces.push({ kind: "punctuation", text: run, start: m.index, end: m.index + run.length, weight });
  }
  return pieces;
}
