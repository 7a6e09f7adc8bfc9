// Withholding: a draft that promises its point and keeps it elsewhere (`Ce que les banques ne vous
// disent pas 👇`, `Here's what changed ➡️ https://…`). Structures, so that they hold for wording no
// list names:
// - a teaser headline (a sentence opening on `ce que`, `voici pourquoi`, `here's what`, `why`…
//   that neither asks nor answers, while the draft points elsewhere: a pointing emoji, a link,
//   suspension points, `link in bio`) is a sign of clickbait;
// - so is a question to the reader whose answer is behind a link or a pointing emoji;
// - in a draft that withholds, a link or a bare count (`3 signes`, `le n°2`, `50 CFOs`) is where
//   the point is hidden or part of the bait, not a fact: only a name, a mention, a cashtag or a
//   figure with its unit (`2,4 %`, `$7`) makes such a draft concrete (`firmAnchor`).
import type { PhraseMatch } from "../../text/phrases.js";
import { wordCount, type Token } from "../../text/tokenize.js";
import { KIND, stripSelectors, type Lexicon } from "./lexicon.js";
import { endsSentence, isQuestionMark, lineBreakBetween, type Span } from "./spans.js";

const UNIT_SYMBOL = /^[%‰€$£¥]$/;

/** Scale letters written against a currency sign (`2,5 G$`, `3 Md€`, `4 M$`, `5 k€`). */
const SCALE = /^(?:k|K|M|G|Md|Mds|Mrd|bn)$/;

/** A number with its unit symbol beside it (`2,4 %`, `8,50 €`, `$7`, `2,5 G$`): a figure, not a bare count. */
function hasUnit(tokens: readonly Token[], i: number): boolean {
  let next = tokens[i + 1];
  const prev = tokens[i - 1];
  if (next !== undefined && next.kind === "word" && SCALE.test(next.text) && tokens[i + 2]?.start === next.end) next = tokens[i + 2];
  return (next !== undefined && next.kind === "punct" && UNIT_SYMBOL.test(next.text)) || (prev !== undefined && prev.kind === "punct" && UNIT_SYMBOL.test(prev.text) && prev.end === tokens[i]!.start);
}

/**
 * Whether token i points elsewhere for the point: a link, a pointing emoji or arrow, or (when
 * `suspension` allows) suspension points. Suspension points also end truncated quotes and
 * trailing questions (`How is this trash...`), so they count only after a forward reference of
 * several words (`La raison pour laquelle … 🤫`).
 */
function pointsAt(tokens: readonly Token[], i: number, lex: Lexicon, suspension: boolean): boolean {
  const t = tokens[i]!;
  if (t.kind === "url") return true;
  if (t.kind === "emoji") return lex.clickbaitEmoji.has(stripSelectors(t.text)) || lex.pointerEmoji.has(stripSelectors(t.text));
  if (t.kind !== "punct") return false;
  if (lex.pointerEmoji.has(t.text)) return true;
  if (!suspension) return false;
  return t.text === "…" || (t.text === "." && tokens[i + 1]?.text === "." && tokens[i + 2]?.text === "." && t.end + 2 === tokens[i + 2]!.end);
}

/**
 * Teaser headlines: a forward reference opening a sentence (after the start, a sentence end, a
 * line break or an emoji) whose sentence ends neither on `?` (a real question) nor on `:` (the
 * answer follows), in a draft that points elsewhere after it. One span per headline, from the
 * reference to the end of its sentence.
 */
export function teaserHeadlines(text: string, tokens: readonly Token[], matches: readonly PhraseMatch<number>[], lex: Lexicon): Span[] {
  let out: Span[] | null = null;
  for (const m of matches) {
    if (!(m.data & KIND.forward) || !opensSentence(text, tokens, m.first)) continue;
    // The sentence runs to a sentence end, a line break, an emoji or a link.
    let end = m.last;
    let j = m.last + 1;
    for (; j < tokens.length; j++) {
      const t = tokens[j]!;
      if (lineBreakBetween(text, tokens[j - 1]!.end, t.start) || (t.kind === "punct" && endsSentence(t.text)) || t.kind === "emoji" || t.kind === "url") break;
      end = j;
    }
    const stop = tokens[j];
    if (stop && stop.kind === "punct" && (isQuestionMark(stop.text) || stop.text === ":")) continue;
    // A lone interrogative (`why`, `comment`) opens questions typed without `?` too: it needs a
    // link, an emoji or an arrow pointing on.
    if (!pointsAfter(tokens, m.last, matches, lex, m.first !== m.last)) continue;
    (out ??= []).push({ start: m.start, end: tokens[end]!.end });
  }
  return out ?? [];
}

/** Whether the draft points elsewhere after token i (see pointsAt, and pointer phrases such as `link in bio`). */
function pointsAfter(tokens: readonly Token[], i: number, matches: readonly PhraseMatch<number>[], lex: Lexicon, suspension: boolean): boolean {
  for (let k = i + 1; k < tokens.length; k++) if (pointsAt(tokens, k, lex, suspension)) return true;
  for (const p of matches) if (p.data & KIND.pointer && p.first > i) return true;
  return false;
}

/**
 * Questions to the reader whose answer is elsewhere: a sentence that addresses the reader
 * (`vous`, `votre`, `your`) and ends on `?`, in a draft that points on after it (`Vous pensez
 * connaître votre contrat ? Relisez la page 12 👉 https://…`, `Would your savings survive the
 * next 6 months? Have a look → https://…`), or that opens as a quiz (`Which insurer just
 * rewrote its terms? Answer in the replies`). A question answered in the draft is not one:
 * the rule only counts it as one sign, which a draft with a named source or a figure survives.
 */
export function readerQuestions(text: string, tokens: readonly Token[], matches: readonly PhraseMatch<number>[], lex: Lexicon): Span[] {
  // Most drafts ask nothing: one search of the text rules them out.
  if (lex.readerWords.size === 0 || (!text.includes("?") && !text.includes("\uff1f"))) return [];
  let out: Span[] | null = null;
  let from = -1;
  let reader = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (i > 0 && lineBreakBetween(text, tokens[i - 1]!.end, t.start)) {
      from = -1;
      reader = false;
    }
    if (t.kind === "punct" && endsSentence(t.text)) {
      if (isQuestionMark(t.text) && reader && from >= 0 && pointsAfter(tokens, i, matches, lex, false)) (out ??= []).push({ start: tokens[from]!.start, end: t.end });
      from = -1;
      reader = false;
      continue;
    }
    if (t.kind !== "word") continue;
    if (from < 0) {
      from = i;
      // A quiz (`Which insurer just…?`, `Quelle banque…?`) asks the reader too.
      if (lex.quizOpeners.has(t.norm)) reader = true;
    }
    if (lex.readerWords.has(t.norm)) reader = true;
  }
  return out ?? [];
}

/** Words an instruction after a question must give, before any pointer, to answer it (`Take the 1-minute test →` does not). */
const ANSWER_WORDS = 6;

/**
 * Whether the draft answers the reader's question `q` at once with what to do, before pointing
 * anywhere (`Vous avez été touché par les orages ? Déclarez votre sinistre en 3 min depuis
 * l'appli…`; not `Is your bank overcharging you? Take the 1-minute test → https://…`): `advises`
 * reads the instruction (relevant's advice).
 */
export function answeredAfter(tokens: readonly Token[], q: Span, lex: Lexicon, advises: (tokens: readonly Token[]) => boolean): boolean {
  const after: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.start < q.end) continue;
    if (pointsAt(tokens, i, lex, false)) break;
    after.push(tokens[i]!);
  }
  return wordCount(after) >= ANSWER_WORDS && advises(after);
}

/** Words from a question's start within which its guess verb comes (`Guess which…`, `Can you guess…`, `Vous devinez laquelle ?`). */
const GUESS_WITHIN = 3;
/** Pronouns before `guess` that make it a hedge (`I guess`), not a game. */
const HEDGING = new Set(["i", "je", "j'"]);

/**
 * Guessing games: a question that opens by asking the reader to guess (`Guess which bank just
 * quietly changed its fees?`, `Devinez quel placement… ?`, `Can you guess why?`). The answer is
 * what the draft keeps back, wherever it promises it.
 */
export function guessingGames(text: string, tokens: readonly Token[], lex: Lexicon): Span[] {
  if (lex.guessVerbs.size === 0 || (!text.includes("?") && !text.includes("\uff1f") && !text.includes("…") && !text.includes("..."))) return [];
  let out: Span[] | null = null;
  let from = -1;
  let words = 0;
  let guess = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (i > 0 && lineBreakBetween(text, tokens[i - 1]!.end, t.start)) {
      from = -1;
      words = 0;
      guess = false;
    }
    if (t.kind === "punct" && endsSentence(t.text)) {
      // …ending on `?`, or trailing off (`Guess which insurer just changed its wording... 🤐`).
      // …or closing a sentence when the draft promises the answer (`Guess what a client tried to claim. Real answer at 5pm`).
      if (guess && (isQuestionMark(t.text) || trailsOff(tokens, i) || answerPromised(tokens, lex))) (out ??= []).push({ start: tokens[from]!.start, end: t.end });
      from = -1;
      words = 0;
      guess = false;
      continue;
    }
    if (t.kind !== "word") continue;
    if (from < 0) from = i;
    words++;
    if (words <= GUESS_WITHIN && lex.guessVerbs.has(t.norm) && !(i > 0 && HEDGING.has(tokens[i - 1]!.norm))) guess = true;
  }
  return out ?? [];
}

/** Whether the draft speaks of an answer or a hint to come (`real answer at 5pm`, `indice en réponse`). */
function answerPromised(tokens: readonly Token[], lex: Lexicon): boolean {
  for (const t of tokens) if (t.kind === "word" && lex.answerWords.has(t.norm)) return true;
  return false;
}

/** Suspension points at token i (`…`, or the first of `...`). */
function trailsOff(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  return t.text === "…" || (t.text === "." && tokens[i + 1]?.text === "." && tokens[i + 2]?.text === ".");
}

function opensSentence(text: string, tokens: readonly Token[], i: number): boolean {
  if (i === 0) return true;
  const prev = tokens[i - 1]!;
  if (lineBreakBetween(text, prev.end, tokens[i]!.start)) return true;
  return prev.kind === "emoji" || (prev.kind === "punct" && endsSentence(prev.text));
}

/**
 * A name, mention, cashtag or figure with its unit: what still makes a withholding draft concrete
 * (see contentOf). A share of a crowd (`90 % des gens`, `95% of people`) is not a fact but the
 * crowd the teaser speaks to.
 */
export function firmAnchor(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  const t = tokens[i]!;
  return t.kind === "mention" || t.kind === "cashtag" || (t.kind === "number" && hasUnit(tokens, i) && !crowdShare(tokens, i, lex));
}

/**
 * A share of people (`90% des gens`, `95 % of you`, `9 assurés sur 10`): the number, its `%`, an
 * optional `of`/`des`, then a crowd word; or the number, a crowd word, then `sur`/`in`/`out of` and
 * a number.
 */
function crowdShare(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  const after = tokens[i + 1];
  if (after?.kind === "word" && lex.crowdWords.has(after.norm)) {
    let j = i + 2;
    if (tokens[j]?.norm === "out" && tokens[j + 1]?.norm === "of") j++;
    return (tokens[j]?.norm === "sur" || tokens[j]?.norm === "in" || tokens[j]?.norm === "of") && tokens[j + 1]?.kind === "number";
  }
  if (after?.text !== "%") return false;
  let j = i + 2;
  if (tokens[j] !== undefined && lex.crowdLinks.has(tokens[j]!.norm)) j++;
  const crowd = tokens[j];
  return crowd !== undefined && crowd.kind === "word" && lex.crowdWords.has(crowd.norm);
}
