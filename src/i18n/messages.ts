// Engine and CLI messages in both locales. Rules with many messages keep theirs beside them.
import type { Lang } from "../types.js";

type Params = Record<string, string | number>;
const MESSAGES: Record<string, Record<Lang, string>> = {
  "length.empty": { en: "The draft is empty.", fr: "Le brouillon est vide." },
  "length.empty.fix": { en: "Write the tweet, or remove this draft.", fr: "Rédigez le tweet, ou supprimez ce brouillon." },
  "length.over": {
    en: "{weighted}/{limit}: {over} over the limit.",
    fr: "{weighted}/{limit} : {over} de trop.",
  },
  "length.over.fix140": {
    en: "Cut {over} characters (the highlighted part does not fit), or check with --limit 280 if the account may post long tweets.",
    fr: "Retirez {over} caractères (la partie surlignée ne tient pas), ou vérifiez avec --limit 280 si le compte peut publier des tweets longs.",
  },
  "length.over.fix": {
    en: "Cut {over} characters (the highlighted part does not fit), or split it into a thread with a line holding only ---.",
    fr: "Retirez {over} caractères (la partie surlignée ne tient pas), ou faites-en un fil avec une ligne contenant seulement ---.",
  },
};

export function message(locale: Lang, key: string, params: Params = {}): string {
  const entry = MESSAGES[key];
  if (!entry) return key;
  return entry[locale].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}
