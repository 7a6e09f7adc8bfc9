// The form of a draft written as news rather than chatted: no emoji, not a reply, and for a
// headline, a name. The topical readings that go past the lists ask it (sector-model.ts,
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
 * Written as news, as far as its form tells: a name, and formed as a report (formedAsReport).
 * The caller checks the rest: no first or second person.
 */
export function writtenAsNews(ctx: RuleContext, tokens: readonly Token[]): boolean {
  return formedAsReport(tokens) && (namesSomeone(tokens, informedLexicon(ctx.packs)) || sharedHeadline(tokens));
}

/** A headline shared with its link: words, then only links (`Why pensions across the world are in crisis https://…`). */
function sharedHeadline(tokens: readonly Token[]): boolean {
  let i = tokens.length - 1;
  if (tokens[i]?.kind !== "url") return false;
  while (i >= 0 && tokens[i]!.kind === "url") i--;
  return i >= 0 && tokens[i]!.kind === "word";
}
