// max-length: the weighted length must fit the limit; an empty draft is not a tweet.
import { message } from "../../i18n/messages.js";
import type { Rule } from "../types.js";

export const rule: Rule = {
  id: "max-length",
  defaultSeverity: "error",
  describe: {
    en: "The draft fits the platform's weighted length (twitter-text; 140 by default, 280 on request).",
    fr: "Le brouillon tient dans la longueur pondérée de la plateforme (twitter-text ; 140 par défaut, 280 sur demande).",
  },
  check({ text, length, locale }) {
    if (text.trim() === "") {
      return { findings: [{ message: message(locale, "length.empty"), suggestion: message(locale, "length.empty.fix") }] };
    }
    if (length.weighted <= length.limit) return { findings: [] };
    const over = length.weighted - length.limit;
    const start = (length as { overflowStart?: number | null }).overflowStart ?? 0;
    return {
      findings: [
        {
          message: message(locale, "length.over", { weighted: length.weighted, limit: length.limit, over }),
          suggestion: message(locale, length.limit === 140 ? "length.over.fix140" : "length.over.fix", { over }),
          start,
          end: text.length,
        },
      ],
    };
  },
};
