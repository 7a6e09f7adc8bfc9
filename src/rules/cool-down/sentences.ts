// Sentences of a draft, and which of them report someone's words ("said", "selon"): anger words
// in a reported sentence are someone else's, told by the author.
import type { Knowledge } from "./knowledge.js";
import type { Keyed } from "./matcher.js";

export interface SentenceInfo {
  reporting: boolean;
}

export interface Sentences {
  /** Sentence index of each token. */
  of: number[];
  info: SentenceInfo[];
}

const END = /^[.!?;…]$/;

export function splitSentences(text: string, doc: Keyed, k: Knowledge): Sentences {
  const { tokens } = doc;
  const of: number[] = [];
  const info: SentenceInfo[] = [{ reporting: false }];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1];
    // A new sentence after end punctuation (not inside a run like "?!") or a line break.
    if (prev && (END.test(prev.text) || text.slice(prev.end, t.start).includes("\n")) && !(t.kind === "punct" && END.test(t.text))) {
      info.push({ reporting: false });
    }
    of.push(info.length - 1);
  }
  for (const m of k.reporting.match(doc.tokens)) info[of[m.first]!]!.reporting = true;
  return { of, info };
}
