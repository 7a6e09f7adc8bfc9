// What a company does, as business news reports it: it names a finance chief, cuts jobs, shuts a
// plant, wins an order, recalls cars (`Carrefour nomme un nouveau directeur financier`,
// `Callisto Games lays off 300 staff`). Such a headline is the sector's news without the sector's
// words; the patterns are pack data (rules/topical/<lang>.json, companyActions).
import { foldSameLength } from "../../text/normalize.js";
import { wordCount, type Token } from "../../text/tokenize.js";
import type { CompiledTopics } from "./matchers.js";
import { formedAsReport } from "./news-form.js";

/** Words a report of a company's action needs (`Layoffs!` alone reports nothing). */
const MIN_WORDS = 3;

/**
 * Whether the draft reports a company's action: one of the patterns reads it, and it is formed as
 * a report (no emoji, not a reply). The caller checks that nobody says I or you in it: `I signed
 * my contract`, `your plant` are not business news.
 */
export function reportsCompanyAction(text: string, tokens: readonly Token[], compiled: CompiledTopics): boolean {
  const pattern = compiled.companyAction();
  return pattern !== null && wordCount(tokens) >= MIN_WORDS && formedAsReport(tokens) && pattern.test(foldSameLength(text));
}
