// The length meter and the composer-style highlight of what does not fit.
import type { ChalkInstance } from "chalk";
import { measure } from "../length.js";
import type { LengthInfo } from "../types.js";

const CELLS = 20;

/** `132/140 ███████████████████░` coloured green, yellow near the limit, red past it. */
export function meter(length: LengthInfo, color: ChalkInstance, plain: boolean): string {
  const ratio = length.limit > 0 ? length.weighted / length.limit : 1;
  const filled = Math.min(CELLS, Math.round(ratio * CELLS));
  const paint = ratio > 1 ? color.red : ratio > 0.9 ? color.yellow : color.green;
  const figures = `${length.weighted}/${length.limit}`;
  const over = length.weighted > length.limit ? ` (+${length.weighted - length.limit})` : "";
  if (plain) return `${figures}${over}`;
  return `${paint(figures)}${paint(over)} ${paint("█".repeat(filled))}${color.dim("░".repeat(CELLS - filled))}`;
}

/**
 * The text with the part past the limit marked: red background in colour, ⟪…⟫ in plain text.
 * twitter-text says where the valid part ends (validRangeEnd).
 */
export function highlightOverflow(text: string, length: LengthInfo, color: ChalkInstance, plain: boolean): string {
  if (length.weighted <= length.limit) return text;
  const start = measure(text, length.limit === 280 ? 280 : 140).overflowStart;
  if (start === null || start >= text.length) return text;
  const fits = text.slice(0, start);
  const over = text.slice(start);
  if (plain) return `${fits}⟪${over}⟫`;
  // Colour each line separately so that the background does not bleed past line ends.
  return fits + over.split("\n").map((line) => color.bgRed.white(line)).join("\n");
}
