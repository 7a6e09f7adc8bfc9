// Large pattern lists (not-empty's clickbait and hype alternations, several KB each) cost more to
// compile than to run. V8 compiles a regular expression twice: to bytecode for its first run,
// then to machine code for the next ones ("tier-up"). For a subject of 1,000 characters or more
// it skips the bytecode and compiles to machine code at once (JSRegExp::kTierUpForSubjectLengthValue
// in V8's regexp.cc, the same in Node 20, 22 and 24). Running a list once on such a blank string
// when it is built saves the first compile: measured on the four alternations, 33–46 ms of
// compiling down to 9–10 ms on Node 20, 43–52 ms to 13–15 ms on Node 22 and 24.
// Should a later V8 drop the heuristic, this costs one run over blanks, and nothing else changes.

/** The subject length from which V8 compiles a pattern straight to machine code. */
export const TIER_UP_LENGTH = 1000;
const BLANK = " ".repeat(TIER_UP_LENGTH);

/** The pattern, compiled to machine code now (see above); lastIndex is left at 0. */
export function compiledNow(re: RegExp): RegExp {
  re.lastIndex = 0;
  re.test(BLANK);
  re.lastIndex = 0;
  return re;
}
