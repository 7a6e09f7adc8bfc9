// Shouting: a run of words in capitals ("WE ARE NOT STUPID"), or a heated word in capitals
// ("MARRE"). Acronyms and tickers (BCE, ECB, CAC40, AAPL MSFT) and newsroom labels
// ("BREAKING:") are not shouting.
import { isStopWord } from "../../lang/stopwords.js";
import { isUpperCaseWord } from "../../text/normalize.js";
import type { Token } from "../../text/tokenize.js";
import type { Knowledge } from "./knowledge.js";
import type { Piece } from "./types.js";

/** Letters of the non-acronym words a run needs before it reads as shouting. */
const MIN_RUN_LETTERS = 6;

interface CapsWord {
  token: Token;
  /** Counts toward shouting (not an acronym, ticker or label). */
  loud: boolean;
  letters: number;
}

export function shoutingPieces(text: string, tokens: readonly Token[], lexical: readonly Piece[], k: Knowledge): Piece[] {
  const pieces: Piece[] = [];
  // Most drafts have no word in capitals: the run is made only when one starts.
  let run: CapsWord[] | null = null;
  for (const t of tokens) {
    if (t.kind === "word" && isUpperCaseWord(t.text)) {
      const bare = withoutFinalApostrophe(t.text);
      const letters = letterCount(bare);
      const loud = !/\p{N}/u.test(bare) && !k.notShouting.has(bare.toUpperCase());
      (run ??= []).push({ token: t, loud, letters });
    } else if (t.kind === "punct" && /^[-'\u2019]$/.test(t.text)) {
      // Hyphens and apostrophes join words in a run ("RENDEZ-NOUS").
    } else if (run !== null) {
      flushRun(run, text, lexical, k, pieces);
      run = null;
    }
  }
  if (run !== null) flushRun(run, text, lexical, k, pieces);
  return pieces;
}

/** The word without one final apostrophe (`'` or `’`). */
function withoutFinalApostrophe(word: string): string {
  const last = word.charCodeAt(word.length - 1);
  return last === 39 || last === 0x2019 ? word.slice(0, -1) : word;
}

const LETTER = /^\p{L}$/u;

/** Letters (code points of \p{L}), counted without building the array of matches. */
function letterCount(word: string): number {
  let n = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 128) {
      const lower = c | 32;
      if (lower >= 97 && lower <= 122) n++;
      continue;
    }
    const cp = word.codePointAt(i)!;
    if (LETTER.test(String.fromCodePoint(cp))) n++;
    if (cp > 0xffff) i++;
  }
  return n;
}

/** The pieces of one run of words in capitals. */
function flushRun(run: readonly CapsWord[], text: string, lexical: readonly Piece[], k: Knowledge, pieces: Piece[]): void {
  const w = k.weights;
  if (run.length >= 2 && isShout(run, k)) {
    const start = run[0]!.token.start;
    const end = run[run.length - 1]!.token.end;
    const weight = Math.min(w.shoutMax, w.shoutRun + w.shoutPerExtraWord * (run.length - 2));
    pieces.push({ kind: "shouting", text: text.slice(start, end), start, end, weight });
  } else {
    // A lone word in capitals counts only when it is itself a heated word ("MARRE", "HATE").
    for (const c of run) {
      if (c.loud && c.letters >= 4 && lexical.some((p) => p.start <= c.token.start && c.token.end <= p.end)) {
        pieces.push({ kind: "shouting", text: c.token.text, start: c.token.start, end: c.token.end, weight: w.shoutWord });
      }
    }
  }
}

/** Enough loud letters, and words that read as a sentence rather than a list of tickers. */
function isShout(run: readonly CapsWord[], k: Knowledge): boolean {
  const loud = run.filter((c) => c.loud);
  const letters = loud.reduce((n, c) => n + c.letters, 0);
  if (letters < MIN_RUN_LETTERS) return false;
  return loud.some((c) => c.letters >= 5) || run.some((c) => isStopWord(c.token.norm, k.lang));
}
