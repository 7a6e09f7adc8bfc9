// The form of a draft written as news rather than chatted: no emoji, not a reply, and for a
// headline, a name, a year or its link. The topical readings that go past the lists ask it (sector-model.ts,
// company-actions.ts); whether someone says I or you is the caller's (the rule's Figures).
import type { Token } from "../../text/tokenize.js";
import { lexicon as informedLexicon } from "../informed/evidence.js";
import type { RuleContext } from "../types.js";

/**
 * A name written with a capital past the draft's first word, not after a full stop, a question
 * or exclamation mark, a colon or an emoji, and not a month or a weekday (`Olaplex`, `Shadow
 * Banks` in a headline; not `before Friday`): news names who it is about, chatter rarely does.
 */
function namesSomeone(tokens: readonly Token[], dates: { months: ReadonlySet<string>; weekdays: ReadonlySet<string> }): boolean {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== "word" || !/^\p{Lu}\p{Ll}/u.test(t.text) || dates.months.has(t.norm) || dates.weekdays.has(t.norm)) continue;
    const before = tokens[i - 1]!;
    if (before.kind === "emoji" || (before.kind === "punct" && /[.!?:]/.test(before.text))) continue;
    return true;
  }
  return false;
}

/** Reported rather than chatted, as far as its form tells: no emoji, not a reply or a retweet (it does not open on a mention or `RT`). */
export function formedAsReport(tokens: readonly Token[]): boolean {
  const first = tokens[0];
  if (!first || first.kind === "mention" || (first.kind === "word" && first.text === "RT")) return false;
  for (const t of tokens) if (t.kind === "emoji") return false;
  return true;
}

/**
 * Written as news, as far as its form tells: a name, a year or a headline shared with its link,
 * and formed as a report (formedAsReport). The caller checks the rest: no first or second person.
 */
export function writtenAsNews(ctx: RuleContext, tokens: readonly Token[]): boolean {
  return formedAsReport(tokens) && (namesSomeone(tokens, informedLexicon(ctx.packs)) || sharedHeadline(tokens) || tokens.some(isYear));
}

/** A year (`Top 5 credit cards for 2020`): news dates what it tells, chatter says `this year`. */
const isYear = (t: Token): boolean => t.kind === "number" && /^(?:19[5-9]\d|20\d\d)$/.test(t.text);

/** Words that credit a shared link's author (`by @OscarWGrut`, `via @sdonnan`, `par @…`). */
const CREDITS: ReadonlySet<string> = new Set(["by", "via", "par"]);
/** A headline's own end before its link: a question or exclamation mark, a full stop. */
const HEADLINE_ENDS = /^[?!.…]+$/u;

/**
 * A headline shared with its link: words, then only links (`Why pensions across the world are in
 * crisis https://…`), the headline's own question or exclamation mark (`How does one avoid the
 * value trap? https://…`), and its author's credit between links (`… https://… by @OscarWGrut https://…`).
 */
function sharedHeadline(tokens: readonly Token[]): boolean {
  let i = tokens.length - 1;
  if (tokens[i]?.kind !== "url") return false;
  for (;;) {
    while (i >= 0 && tokens[i]!.kind === "url") i--;
    // `by @handle`, `via @handle` between two links.
    if (i >= 2 && tokens[i]!.kind === "mention" && CREDITS.has(tokens[i - 1]!.norm) && tokens[i - 2]!.kind === "url") i -= 2;
    else break;
  }
  if (i >= 1 && tokens[i]!.kind === "punct" && HEADLINE_ENDS.test(tokens[i]!.text)) i--;
  return i >= 0 && tokens[i]!.kind === "word";
}
