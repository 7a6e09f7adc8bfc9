// Stop words come from the maintained `stopword` package (not retyped here), folded like our
// tokens so that French typed without accents (`etre`, `deja`) is recognised too.
import { eng, fra } from "stopword";
import { fold } from "../text/normalize.js";
import type { Lang } from "../types.js";

const SETS: Record<Lang, ReadonlySet<string>> = {
  fr: new Set(fra.map(fold)),
  en: new Set(eng.map(fold)),
};
const BOTH = new Set([...SETS.fr, ...SETS.en]);


/**
 * True for a folded word that carries no content in `lang`: a stop word, an elided article
 * (`l'`, `qu'`), or an English contraction of a stop word (`it's`, `don't`, `i'm`).
 */
export function isStopWord(norm: string, lang: Lang | "any" = "any"): boolean {
  const set = lang === "any" ? BOTH : SETS[lang];
  if (set.has(norm)) return true;
  if (norm.endsWith("'")) return true;
  const apostrophe = norm.indexOf("'");
  if (apostrophe > 0) return set.has(norm.slice(0, apostrophe)) || norm.endsWith("n't");
  return false;
}
