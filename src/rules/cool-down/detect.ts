// The anger detector: every heated piece of a draft, and a score that combines them as
// independent clues (1 - Π(1 - w)): one strong clue or several weak ones make a heated draft.
import { tokenize, type Token } from "../../text/tokenize.js";
import { emojiPieces } from "./emoji.js";
import type { Knowledge } from "./knowledge.js";
import { lexicalPieces } from "./lexical.js";
import { keyed } from "./matcher.js";
import { punctuationPieces } from "./punctuation.js";
import { splitSentences } from "./sentences.js";
import { shoutingPieces } from "./shouting.js";
import type { Detection, Piece, PieceKind, Weights } from "./types.js";

export type Range = readonly [number, number];

/** The last draft read: `not-empty` asks whether a draft with `!!` reads as angry just before this rule asks again. Callers must not modify it. */
let last: { text: string; k: Knowledge; allowed: readonly Range[]; tokens: readonly Token[]; detection: Detection } | null = null;

export function detect(text: string, k: Knowledge, allowed: readonly Range[] = [], tokens: readonly Token[] = tokenize(text)): Detection {
  if (last !== null && last.tokens === tokens && last.text === text && last.k === k && last.allowed === allowed) return last.detection;
  const detection = detectUncached(text, k, allowed, tokens);
  last = { text, k, allowed, tokens, detection };
  return detection;
}

function detectUncached(text: string, k: Knowledge, allowed: readonly Range[], tokens: readonly Token[]): Detection {
  // Most drafts are calm: the context (keys, sentences, frames) is worked out only for drafts
  // in which the lexicon found something.
  const matches = k.lexicon.match(tokens);
  let lexical: Piece[] = [];
  if (matches.length > 0) {
    const doc = keyed(tokens);
    lexical = lexicalPieces(text, doc, splitSentences(text, doc, k), k, matches);
  }
  // Plain loops, not spread/filter/sort chains: V8 optimizes this function on every batch, and the
  // chained version took three times as long to compile.
  const pieces: Piece[] = [];
  keepOutside(pieces, lexical, allowed);
  keepOutside(pieces, shoutingPieces(text, tokens, lexical, k), allowed);
  keepOutside(pieces, punctuationPieces(text, k.weights), allowed);
  keepOutside(pieces, emojiPieces(text, tokens, k), allowed);
  if (pieces.length > 1) pieces.sort(strongestFirst);
  return { score: score(pieces, k.weights), pieces };
}

/** Appends the pieces that touch no allowed range. */
function keepOutside(out: Piece[], pieces: readonly Piece[], allowed: readonly Range[]): void {
  for (const p of pieces) {
    let inside = false;
    for (const [a, b] of allowed) if (p.start < b && a < p.end) inside = true;
    if (!inside) out.push(p);
  }
}

const strongestFirst = (a: Piece, b: Piece): number => b.weight - a.weight || a.start - b.start;

/** Capitals and "!!!" raise the voice of heated words; alone they are as often joy as anger. */
const STYLE = new Set<PieceKind>(["shouting", "punctuation"]);

export function score(pieces: readonly Piece[], w: Pick<Weights, "styleMax" | "styleAlone">): number {
  let calmContent = 1;
  let calmStyle = 1;
  for (const p of pieces) {
    const calm = 1 - Math.min(1, Math.max(0, p.weight));
    if (STYLE.has(p.kind)) calmStyle *= calm;
    else calmContent *= calm;
  }
  const content = 1 - calmContent;
  const style = Math.min(w.styleMax, 1 - calmStyle);
  const total = content === 0 ? Math.min(style, w.styleAlone) : 1 - (1 - content) * (1 - style);
  return Math.round(total * 1000) / 1000;
}

/** Independent clues: 1 - Π(1 - w). */
export function combine(pieces: readonly Pick<Piece, "weight">[]): number {
  let calm = 1;
  for (const p of pieces) calm *= 1 - Math.min(1, Math.max(0, p.weight));
  return 1 - calm;
}
