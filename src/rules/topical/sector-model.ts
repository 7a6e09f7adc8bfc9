// The finance sector's vocabulary read as a whole: a naive Bayes model (src/text/bayes.ts,
// rules/topical/model.tsv) learned from the fixtures' drafts labelled on topic (the sector's news
// and opinions) and off topic (everyday tweets). `topical` reads it when no listed topic carries
// a draft but an everyday sector word or a figure is there (readsSector), and for a short draft
// written as news with an everyday sector word or a company's name (readsSectorNews).
import { builtInModel, cuesOf, oddsOf, tokensForModel } from "../../text/bayes.js";
import { wordCount, type Token } from "../../text/tokenize.js";
import { lexicon as informedLexicon } from "../informed/evidence.js";
import type { RuleContext } from "../types.js";
import { writtenAsNews } from "./news-form.js";

/** The built-in presets the learned model speaks for: it was trained on drafts labelled for a finance audience. */
export const SECTOR_PRESETS: ReadonlySet<string> = new Set(["finance", "banking", "insurance"]);
/**
 * Log odds from which the model reads a draft as the sector's news or opinion. Chosen on drafts
 * held out of training, eight folds of blind sets (docs/quality.md): at 6 it read 99.8 % of news
 * and 0.1 % of personal tweets as the sector's (at 4, twice as many personal tweets, and a
 * household bill with its month and amount).
 */
export const SECTOR_ODDS = 6;

/**
 * Words and figures a draft needs before the model may read it: a short draft is where the lists
 * are precise (`Bank holiday weekend, the river bank is packed`, `Il y a 2 millions de raisons
 * d'aimer l'automne`) and where a bag of words weighs a single word too much.
 */
export const SECTOR_MIN_WORDS = 12;

/**
 * Log odds from which the model reads a short draft written as news (see readsSectorNews) that
 * holds an everyday sector word: the model leaning the sector's way is enough there. Chosen on
 * real finance-news tweets (even rows) and real everyday tweets (docs/quality.md, "Session 18").
 * On the blind sets in headline style (test/fixtures/desk/README.md) every threshold from 0 to 8
 * turns at least as many off-topic drafts on topic as it wins headlines: the model reads the
 * news register as much as the sector.
 */
export const NEWS_ODDS = 0;
/** Words a draft written as news needs before the model may read it (`Spark Networks names new CEO`). */
export const NEWS_MIN_WORDS = 4;

/** Whether the learned models speak for the configuration: a built-in sector preset on, and the rule's `learned` option not false. */
export const usesModel = (ctx: RuleContext): boolean => ctx.options.learned !== false && ctx.config.presets.some((p) => SECTOR_PRESETS.has(p.name));

/** Whether the learned model reads the draft as the sector's, with a word of substance for it; only with a built-in sector preset, for a draft of SECTOR_MIN_WORDS or more, and unless the rule's `learned` option is false. */
export function readsSector(ctx: RuleContext, tokens: readonly Token[]): boolean {
  if (!usesModel(ctx) || wordCount(tokens) < SECTOR_MIN_WORDS) return false;
  const model = builtInModel("topical");
  if (!model) return false;
  const features = tokensForModel(tokens);
  if (oddsOf(features, model) <= SECTOR_ODDS) return false;
  // A month or a weekday is what news and household bills share (`Facture de janvier : 148 €`): a word of the sector must weigh for it.
  const dates = informedLexicon(ctx.packs);
  return cuesOf(features, model).some((c) => !dates.months.has(c.key) && !dates.weekdays.has(c.key));
}

/**
 * Whether a short draft that holds an everyday sector word and is written as news (see
 * writtenAsNews; the caller checks that nobody says I or you) reads as the sector's: the model
 * leans its way. Real finance headlines are short and often carry one everyday word only
 * (`Olaplex buyout`, `India Shadow Banks`); the long-draft reading above needs more words.
 */
export function readsSectorNews(ctx: RuleContext, tokens: readonly Token[]): boolean {
  if (!usesModel(ctx) || wordCount(tokens) < NEWS_MIN_WORDS || !writtenAsNews(ctx, tokens)) return false;
  const model = builtInModel("topical");
  return model !== null && oddsOf(tokensForModel(tokens), model) > NEWS_ODDS;
}
