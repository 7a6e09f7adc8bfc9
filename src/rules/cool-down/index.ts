// cool-down: "turn your thumbs seven times before tweeting". Scores how heated a draft reads
// (French and English) and, once it is heated, makes it wait (see settle.ts).
import type { Rule, RuleContext, RuleOutcome } from "../types.js";
import { detect } from "./detect.js";
import { findingsFor } from "./findings.js";
import { knowledgeFor } from "./knowledge.js";
import { readOptions } from "./options.js";
import { settle } from "./settle.js";

export const rule: Rule = {
  id: "cool-down",
  defaultSeverity: "error",
  scoreKey: "anger",
  describe: {
    en: "The draft is not written in anger; a heated draft must rest (7 min by default) before it may go.",
    fr: "Le brouillon n'est pas écrit sous le coup de la colère ; un brouillon à chaud doit reposer (7 min par défaut) avant de partir.",
  },
  check(ctx: RuleContext): RuleOutcome {
    const k = knowledgeFor(ctx.packs, ctx.lang);
    const { threshold, minutes } = readOptions(ctx.options, k.weights.threshold);
    const detection = detect(ctx.text, k, ctx.allowed);
    if (detection.score < threshold) return { score: detection.score, findings: [] };
    return { score: detection.score, findings: findingsFor(detection, threshold, minutes, ctx.locale) };
  },
  settle,
};
