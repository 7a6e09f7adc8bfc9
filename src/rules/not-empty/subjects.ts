// Whether a draft names a subject, for the nothing-specific check: the common-word lists are
// web- and news-derived, so sector words (`taux`, `banque`, `mortgage`) and everyday things
// (`café`, `shoes`) rank high in them. A draft holding one of them is about something; one told
// in the first person (`I`, `my`, `je`, `mon`) is the author's own story, which `relevant` judges.
import type { Token } from "../../text/tokenize.js";
import { audienceFor, lexicon as lifeLexicon, LIFE, lifeMatches } from "../relevant/lexicon.js";
import { isTopic, topicsFor } from "../topical/matchers.js";
import type { RuleContext } from "../types.js";
import { sectorWords } from "../../lang/common-words.js";

/**
 * True when the draft names a subject: an everyday-life thing, a business word or a first-person
 * word of the `relevant` rule's lists (`café`, `vélo`, `coffee`, `prix`, `sales`, `my`); an
 * interest of the audience; a word of a current headline; a topic of the configured sector
 * (everyday sector words such as `banque` count), or, when no preset is configured, a one-word
 * topic or audience word of the built-in presets.
 */
export function namesSomething(ctx: RuleContext, tokens: readonly Token[]): boolean {
  if (lifeMatches(lifeLexicon(ctx.packs), tokens).some((m) => m.data.kind & (LIFE.trivia | LIFE.business | LIFE.personal))) return true;
  const { config } = ctx;
  if (config.presets.length === 0) {
    const sector = sectorWords();
    // Without the list, sector words cannot be told from everyday ones: give the draft the benefit of the doubt.
    if (sector.size === 0 || tokens.some((t) => (t.kind === "word" || t.kind === "hashtag") && sector.has(t.key!))) return true;
  }
  const audience = audienceFor(config).matcher;
  if (audience.size > 0 && audience.matchWithJoinedTags(tokens).length > 0) return true;
  const topics = topicsFor(config, ctx.packs);
  if (topics.headlineWords.size > 0 && tokens.some((t) => t.key !== null && topics.headlineWords.has(t.key))) return true;
  return topics.matcher.size > 0 && topics.matcher.matchWithJoinedTags(tokens).some(isTopic);
}
