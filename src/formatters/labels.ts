// The words of the human report, in both locales.
import type { Lang } from "../types.js";

const LABELS = {
  error: { en: "error", fr: "erreur" },
  warning: { en: "warning", fr: "attention" },
  ready: { en: "READY", fr: "PRÊT" },
  notReady: { en: "NOT READY", fr: "PAS PRÊT" },
  tweetOf: { en: "tweet {n}/{total}", fr: "tweet {n}/{total}" },
  item: { en: "item {n}", fr: "élément {n}" },
  emptyText: { en: "(empty)", fr: "(vide)" },
  drafts: { en: "{n} draft(s)", fr: "{n} brouillon(s)" },
  readyCount: { en: "{n} ready", fr: "{n} prêt(s)" },
  notReadyCount: { en: "{n} not ready", fr: "{n} pas prêt(s)" },
  errors: { en: "{n} error(s)", fr: "{n} erreur(s)" },
  warnings: { en: "{n} warning(s)", fr: "{n} avertissement(s)" },
  problems: { en: "{n} input(s) not readable", fr: "{n} entrée(s) illisible(s)" },
} satisfies Record<string, Record<Lang, string>>;

export function message(locale: Lang, key: keyof typeof LABELS, params: Record<string, string | number> = {}): string {
  return LABELS[key][locale].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ""));
}
