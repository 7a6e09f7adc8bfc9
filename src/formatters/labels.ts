// The words of the human report, in both locales. Counts have a singular and a plural
// (`1 draft`, `2 drafts`; `0 brouillon`, `2 brouillons`), picked by the count `n`.
import { pluralForm } from "../lang/messages.js";
import type { Lang } from "../types.js";

type Label = string | readonly [one: string, other: string];

const LABELS = {
  error: { en: "error", fr: "erreur" },
  warning: { en: "warning", fr: "attention" },
  ready: { en: "READY", fr: "PRÊT" },
  notReady: { en: "NOT READY", fr: "PAS PRÊT" },
  tweetOf: { en: "tweet {n}/{total}", fr: "tweet {n}/{total}" },
  item: { en: "item {n}", fr: "élément {n}" },
  emptyText: { en: "(empty)", fr: "(vide)" },
  drafts: { en: ["{n} draft", "{n} drafts"], fr: ["{n} brouillon", "{n} brouillons"] },
  readyCount: { en: "{n} ready", fr: ["{n} prêt", "{n} prêts"] },
  notReadyCount: { en: "{n} not ready", fr: ["{n} pas prêt", "{n} pas prêts"] },
  errors: { en: ["{n} error", "{n} errors"], fr: ["{n} erreur", "{n} erreurs"] },
  warnings: { en: ["{n} warning", "{n} warnings"], fr: ["{n} avertissement", "{n} avertissements"] },
  problems: { en: ["{n} input not readable", "{n} inputs not readable"], fr: ["{n} entrée illisible", "{n} entrées illisibles"] },
} satisfies Record<string, Record<Lang, Label>>;

export function message(locale: Lang, key: keyof typeof LABELS, params: Record<string, string | number> = {}): string {
  const label: Label = LABELS[key][locale];
  const template = typeof label === "string" ? label : pluralForm(locale, Number(params.n), label[0], label[1]);
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ""));
}
