// Initialisms written with full stops (`U.S.`, `U.K.`, `E.U.`) as one word. The tokenizer reads
// their letters and stops apart, so that no phrase list could name them: `U.S. economy` never
// matched `US economy`, nor `U.S. bank` itself. `topical` reads its phrases on the joined tokens.
import { keyOfFolded } from "./keys.js";
import { fold } from "./normalize.js";
import type { Token } from "./tokenize.js";

const isCapitalLetter = (t: Token | undefined): boolean => t !== undefined && t.kind === "word" && t.text.length === 1 && t.text !== t.text.toLowerCase();
/** A full stop written right after the token before it. */
const isStopAfter = (t: Token | undefined, before: Token): boolean => t !== undefined && t.kind === "punct" && t.text === "." && t.start === before.end;

/**
 * The tokens with each initialism of two capitals or more, each followed by a full stop and
 * written without spaces (`U.S.`, `U.K.`), as one word token (`U.S.`, keyed `us`); the same array
 * when the draft holds none (most drafts: nothing is copied).
 */
export function joinInitialisms(tokens: readonly Token[]): readonly Token[] {
  let out: Token[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    let end = i;
    let letters = "";
    // Letter, stop, letter, stop…: each letter right after the stop before it.
    while (isCapitalLetter(tokens[end]) && isStopAfter(tokens[end + 1], tokens[end]!) && (end === i || tokens[end]!.start === tokens[end - 1]!.end)) {
      letters += tokens[end]!.text;
      end += 2;
    }
    if (letters.length < 2) {
      out?.push(t);
      continue;
    }
    out ??= tokens.slice(0, i);
    const last = tokens[end - 1]!;
    const norm = fold(letters);
    out.push({ kind: "word", text: letters.split("").join(".") + ".", norm, key: keyOfFolded(norm), start: t.start, end: last.end, firstId: -1, firstIdVersion: -1 });
    i = end - 1;
  }
  return out ?? tokens;
}
