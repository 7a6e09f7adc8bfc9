// Pieces from the lexicon: anger and hostility words, insults, slurs, profanity and attacks,
// read in context (negation, intensifiers, reported speech, descriptions, second-person frames).
import type { Knowledge, LexiconEntry } from "./knowledge.js";
import type { Keyed, Match } from "./matcher.js";
import type { Sentences } from "./sentences.js";
import type { Piece, PieceKind } from "./types.js";

const LOOK_BACK = 3;

export function lexicalPieces(
  text: string,
  doc: Keyed,
  sentences: Sentences,
  k: Knowledge,
  matches: readonly Match<LexiconEntry>[] = k.lexicon.match(doc.tokens),
): Piece[] {
  const { tokens, keys } = doc;
  const pieces: Piece[] = [];
  const frameEndingAt = new Map<number, Match<undefined>>();
  for (const f of k.attackFrames.match(doc.tokens)) frameEndingAt.set(f.last, f);
  const afterIntensified = new Set(k.afterIntensifiers.match(doc.tokens).map((m) => m.first));
  const w = k.weights;

  for (const m of matches) {
    const { kind, weight } = m.data;
    if (kind === "neutral" || weight <= 0) continue;
    const sentence = sentences.info[sentences.of[m.first]!]!;
    const negated = negatorIndex(m.first, doc, sentences.of, k) !== null;
    let pieceKind: PieceKind;
    let factor = 1;
    let start = m.start;

    if (kind === "whenNegated") {
      if (!negated) continue;
      pieceKind = "negated";
      start = tokens[negatorIndex(m.first, doc, sentences.of, k)!]!.start;
      if (sentence.reporting || thirdPersonBefore(m.first, keys, sentences.of, k)) factor *= w.reported;
    } else if (kind === "anger" || kind === "hostile") {
      if (negated) continue;
      pieceKind = kind;
      if (sentence.reporting || (kind === "anger" && thirdPersonBefore(m.first, keys, sentences.of, k))) factor *= w.reported;
      if (kind === "anger" && isDescribing(m, keys, k)) factor *= w.described;
    } else {
      pieceKind = kind;
    }
    if (isIntensified(m, keys, afterIntensified, k)) factor *= w.intensified;
    let value = Math.min(1, weight * factor);

    // An insult or a judgement aimed at someone: "you idiot", "bande de nazes", "vous êtes des voleurs".
    if (kind === "insult" || kind === "slur" || kind === "hostile") {
      const frame = frameBefore(m.first, frameEndingAt, sentences.of);
      if (frame) {
        value = 1 - (1 - value) * (1 - w.attack);
        start = frame.start;
        pieceKind = "attack";
      }
    }
    if (value > 0) pieces.push({ kind: pieceKind, text: text.slice(start, m.end), start, end: m.end, weight: value });
  }
  return pieces;
}

const SUBJECT_WINDOW = 6;

/** "investors were angry", "ils sont furieux": someone else's anger, unless the author speaks too. */
function thirdPersonBefore(first: number, keys: readonly (string | null)[], of: readonly number[], k: Knowledge): boolean {
  for (let j = first - 1; j >= Math.max(0, first - SUBJECT_WINDOW); j--) {
    if (of[j] !== of[first]) return false;
    const key = keys[j];
    if (key == null) continue;
    if (k.firstPerson.has(key) || k.secondPerson.has(key)) return false;
    if (k.thirdPerson.has(key)) return true;
  }
  return false;
}

/** A negator word shortly before, with no "so"/"aussi" between ("never been so angry" is anger). */
function negatorIndex(first: number, { tokens, keys }: Keyed, of: readonly number[], k: Knowledge): number | null {
  for (let j = first - 1; j >= Math.max(0, first - LOOK_BACK); j--) {
    if (of[j] !== of[first]) return null;
    const key = keys[j];
    if (key == null || tokens[j]!.kind !== "word") continue;
    if (k.negationBreakers.has(key)) return null;
    if (k.negators.has(key) || key.endsWith("n't")) return j;
  }
  return null;
}

function isIntensified(m: Match<LexiconEntry>, keys: readonly (string | null)[], after: ReadonlySet<number>, k: Knowledge): boolean {
  for (let j = m.first - 1; j >= Math.max(0, m.first - 2); j--) {
    const key = keys[j];
    if (key != null && k.intensifiers.has(key)) return true;
  }
  return after.has(m.last + 1);
}

/** "an angry customer", "les clients mécontents", "la colère": anger as a description, not a cry. */
function isDescribing(m: Match<LexiconEntry>, keys: readonly (string | null)[], k: Knowledge): boolean {
  for (let j = m.first - 1; j >= Math.max(0, m.first - 2); j--) {
    const key = keys[j];
    if (key != null && k.determiners.has(key)) return true;
  }
  return false;
}

function frameBefore(first: number, frames: ReadonlyMap<number, Match<undefined>>, of: readonly number[]): Match<undefined> | null {
  for (let j = first - 1; j >= Math.max(0, first - LOOK_BACK); j--) {
    if (of[j] !== of[first]) return null;
    const f = frames.get(j);
    if (f) return f;
  }
  return null;
}
