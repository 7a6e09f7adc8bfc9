// From detected pieces to findings: one that sums up (on the first piece), then one per
// piece, so that an editor underlines each heated word and says why.
import type { Lang, RawFinding } from "../../types.js";
import { pieceFix, pieceMessage, quoted, summaryFix, summaryMessage } from "./messages.js";
import type { Detection, Piece, PieceKind } from "./types.js";
import { mapPacked } from "../../text/packed.js";

/** Enough to show why; a long rant does not need forty underlines. */
const MAX_PIECES = 8;

const byPlace = (a: Piece, b: Piece): number => a.start - b.start || a.end - b.end;

// Plain loops rather than Map/Set/spread chains: a heated draft of a batch made about 9 KB of
// short-lived arrays, sets and maps here, for at most eight pieces.
export function findingsFor(detection: Detection, threshold: number, minutes: number, locale: Lang): RawFinding[] {
  const shown = detection.pieces.slice(0, MAX_PIECES);
  if (shown.length === 0) return [];
  const cues: string[] = [];
  for (let i = 0; i < shown.length && i < 4; i++) cues.push(quoted(shown[i]!.text, locale));
  // Pieces on the same words ("SCANDALEUX": a hostile judgement, in capitals) make one finding:
  // in place order (a stable sort), pieces on the same span stand side by side.
  shown.sort(byPlace);
  const out: RawFinding[] = [];
  for (let i = 0; i < shown.length; ) {
    const first = shown[i]!;
    let j = i + 1;
    while (j < shown.length && shown[j]!.start === first.start && shown[j]!.end === first.end) j++;
    out.push(j === i + 1 ? single(first, locale) : grouped(shown.slice(i, j), locale));
    i = j;
  }
  // Placed on the first piece (so it reads first), never across the draft: the engine drops a
  // finding that overlaps an allowed phrase, and this one carries the wait.
  const first = out[0]!;
  const summary: RawFinding = {
    message: summaryMessage(detection.score, threshold, cues, locale),
    suggestion: summaryFix(minutes, locale),
    start: first.start,
    end: first.end,
  };
  out.unshift(summary);
  return out;
}

function single(p: Piece, locale: Lang): RawFinding {
  return { message: pieceMessage(p.kind, p.text, locale), suggestion: pieceFix(p.kind, locale), start: p.start, end: p.end };
}

/** Several pieces on the same words: every kind named, each fix said once. */
function grouped(group: readonly Piece[], locale: Lang): RawFinding {
  const kinds: PieceKind[] = mapPacked(group, (p) => p.kind);
  const fixes: string[] = [];
  for (const kind of kinds) {
    const fix = pieceFix(kind, locale);
    if (!fixes.includes(fix)) fixes.push(fix);
  }
  return { message: pieceMessage(kinds, group[0]!.text, locale), suggestion: fixes.join(" "), start: group[0]!.start, end: group[0]!.end };
}
