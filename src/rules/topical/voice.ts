// Whose voice a draft is in: a customer telling their own dealings with a bank or an insurer, or
// the sector (a firm, the press, a professional). A second naive Bayes model (src/text/bayes.ts,
// rules/topical/voice.tsv), learned from the fixtures' personal tweets against all their other
// drafts, with the sector's own words and the figures set aside: what it reads is the register
// around them (`Kid put a football through the kitchen window. Claim's in, £150 excess`, `Devis
// orthodontie pour le petit : 2 800 €… On va manger des pâtes cet hiver 😅`), not the subject,
// which the lists read already.
import { tokensOf } from "../../lang/analyze.js";
import { builtInModel, oddsOf, tokensForModel, type Example } from "../../text/bayes.js";
import { joinInitialisms } from "../../text/initialisms.js";
import type { PhraseMatch } from "../../text/phrases.js";
import { SIGNS, wordCount, type Token } from "../../text/tokenize.js";
import type { RuleContext } from "../types.js";
import type { CompiledTopics, TopicData } from "./matchers.js";
import { usesModel } from "./sector-model.js";

/**
 * The fixtures' kinds the model tells apart: a personal tweet (positive) against every other voice
 * of their drafts: news, opinions, and the sector's own clickbait, hype and filler (`Devinez quelle
 * banque vient de supprimer ses frais de tenue de compte ? 😏` is chatty, and no customer's story).
 */
export const VOICE_KINDS = { positive: ["personal"], negative: ["news", "opinion", "clickbait", "hype", "filler", "rumour"] } as const;

/**
 * Log odds from which a draft reads in a customer's voice. Chosen on the banking and insurance
 * desk sets (test/fixtures/desk `set-dn` to `set-dy`, never learned from; docs/decisions.md,
 * "Session 27"): over 6, 8 and 10, 38, 36 and 29 of the 60 everyday tweets the lists read on topic
 * went off topic, and 4, 2 and 1 of the 960 sector news drafts; a professional's post read as
 * personal is the worse mistake for the tool's users.
 */
export const VOICE_ODDS = 10;
/**
 * Words a draft needs before its voice is read: under six, a bag of words weighs one word too much
 * (`Mortgage renewal: up 40%. Cool.`). Twelve until session 30, as the sector model's
 * SECTOR_MIN_WORDS; at six, eight-fold over the blind sets (never learned from in their fold) the
 * model reads 96.1 % of personal tweets as a customer's (87.4 % from twelve words), still 3 of
 * 7,612 news drafts and 15 of 5,000 opinions (12 from twelve words); four everyday desk tweets
 * went off topic (`Mortgage renewal came through. Up 40%. Cool. Cool cool cool.`), and none of the
 * desk sets' sector news nor of the real finance tweets (both splits) moved (docs/decisions.md, "Session 30").
 */
export const VOICE_MIN_WORDS = 6;

/** The presets' and the user's topics: the words the voice model does not read. */
const isSectorWord = (m: PhraseMatch<TopicData>): boolean => m.data.from === "preset" || m.data.from === "topics";

/** What stands for a word or a figure set aside: a token the model never learns, so no pair forms across it. */
export const GAP = "<gap>";

/**
 * The draft's tokens with the sector's words the lists matched (`matches`, on the same text) and
 * its figures (numbers, currencies, percentages) set aside: what the voice model reads, in
 * training as in a run. Drafts of both voices name the sector and give figures; a model that read
 * them would learn that a figure is the sector's voice (`Mortgage renewal came through. Up 40%.`).
 */
export function voiceTokens(tokens: readonly Token[], matches: readonly PhraseMatch<TopicData>[], compiled: CompiledTopics): Token[] {
  const spans = matches.filter(isSectorWord);
  const setAside = (t: Token, i: number): boolean => {
    if (t.kind === "number") return true;
    // A figure's sign (`+18 %`, `-2,5 %`).
    if (t.kind === "punct" && SIGNS.has(t.norm) && tokens[i + 1]?.kind === "number" && tokens[i + 1]!.start === t.end) return true;
    if ((t.kind === "word" || t.kind === "hashtag") && spans.some((m) => t.start >= m.start && t.start < m.end)) return true;
    const key = t.kind === "punct" ? t.norm : (t.key ?? "");
    return compiled.currencies.has(key) || compiled.percentUnits.has(key);
  };
  return tokens.map((t, i) => (setAside(t, i) ? { ...t, kind: "punct", norm: GAP, key: null } : t));
}

/**
 * Whether the draft reads in a customer's voice (the voice model's odds over VOICE_ODDS), its
 * sector words and figures set aside; only with a built-in sector preset (the model was learned for them),
 * for a draft of VOICE_MIN_WORDS or more, and unless the rule's `learned` option is false.
 */
export function readsCustomerVoice(ctx: RuleContext, tokens: readonly Token[], matches: readonly PhraseMatch<TopicData>[], compiled: CompiledTopics): boolean {
  if (!usesModel(ctx) || wordCount(tokens) < VOICE_MIN_WORDS) return false;
  const model = builtInModel("voice");
  return model !== null && oddsOf(tokensForModel(voiceTokens(tokens, matches, compiled)), model) > VOICE_ODDS;
}

/** What the rule's lists match in a draft, as `topical` reads them first: the matches voiceTokens sets aside. */
export const listedIn = (written: readonly Token[], compiled: CompiledTopics): PhraseMatch<TopicData>[] => compiled.matcher.matchWithJoinedTags(joinInitialisms(written), true);

/**
 * The voice model's training examples (`npm run train`): the fixtures' drafts of VOICE_KINDS,
 * each with the sector's words the lists of `compiled` match set aside (the built-in sector
 * presets together), as the rule reads a draft.
 */
export function voiceExamples(drafts: ReadonlyArray<{ text: string; kind?: string }>, compiled: CompiledTopics): Example[] {
  const positive = new Set<string>(VOICE_KINDS.positive);
  const negative = new Set<string>(VOICE_KINDS.negative);
  return drafts
    .filter((d) => positive.has(d.kind ?? "") || negative.has(d.kind ?? ""))
    .map((d) => {
      const written = tokensOf(d.text);
      return { tokens: voiceTokens(written, listedIn(written, compiled), compiled), positive: positive.has(d.kind!) };
    });
}
