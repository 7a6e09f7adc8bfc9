// Tautologies (`Risk is risk`, `Markets gonna market`, `les marchés restent les marchés`): a
// sentence that says a word is itself says nothing, however sector-like the word.
import { isStopWord } from "../../lang/stopwords.js";
import type { Token } from "../../text/tokenize.js";
import type { Lexicon } from "./lexicon.js";
import type { Span } from "./spans.js";

/** A word, a link (`is`, `gonna`, `restent`), an optional article, and the same word again (by key, so plurals count). */
export function tautologies(tokens: readonly Token[], lex: Lexicon): Span[] {
  let out: Span[] | null = null;
  for (let i = 0; i + 2 < tokens.length; i++) {
    const t = tokens[i]!;
    const link = tokens[i + 1]!;
    if (t.kind !== "word" || link.kind !== "word" || !lex.tautologyLinks.has(link.norm) || isStopWord(t.norm)) continue;
    let j = i + 2;
    if (tokens[j]!.kind === "word" && isStopWord(tokens[j]!.norm) && tokens[j]!.key !== t.key) j++;
    const again = tokens[j];
    if (again && again.kind === "word" && again.key === t.key) (out ??= []).push({ start: t.start, end: again.end });
  }
  return out ?? [];
}
