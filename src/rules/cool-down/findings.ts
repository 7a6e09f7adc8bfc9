// From detected pieces to findings: one that sums up (on the first piece), then one per
// piece, so that an editor underlines each heated word and says why.
import type { Lang, RawFinding } from "../../types.js";
import { pieceFix, pieceMessage, summaryFix, summaryMessage } from "./messages.js";
import type { Detection, Piece } from "./types.js";

/** Enough to show why; a long rant does not need forty underlines. */
const MAX_PIECES = 8;

export function findingsFor(detection: Detection, threshold: number, minutes: number, locale: Lang): RawFinding[] {
  const shown = detection.pieces.slice(0, MAX_PIECES);
  if (shown.length === 0) return [];
  const cues = shown.slice(0, 4).map((p) => (locale === "fr" ? `« ${p.text} »` : `"${p.text}"`));
  // Pieces on the same words ("SCANDALEUX": a hostile judgement, in capitals) make one finding.
  const bySpan = new Map<string, Piece[]>();
  for (const p of [...shown].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const key = `${p.start}:${p.end}`;
    const group = bySpan.get(key);
    if (group) group.push(p);
    else bySpan.set(key, [p]);
  }
  const details = [...bySpan.values()].map(
    (group): RawFinding => ({
      message: pieceMessage(group.map((p) => p.kind), group[0]!.text, locale),
      suggestion: [...new Set(group.map((p) => pieceFix(p.kind, locale)))].join(" "),
      start: group[0]!.start,
      end: group[0]!.end,
    }),
  );
  // Placed on the first piece (so it reads first), never across the draft: the engine drops a
  // finding that overlaps an allowed phrase, and this one carries the wait.
  const first = details[0]!;
  const summary: RawFinding = {
    message: summaryMessage(detection.score, threshold, cues, locale),
    suggestion: summaryFix(minutes, locale),
    start: first.start,
    end: first.end,
  };
  return [summary, ...details];
}
