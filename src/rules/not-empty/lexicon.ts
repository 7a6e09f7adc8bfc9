// What the not-empty rule matches, from the rule packs of both languages (tweets mix them):
// filler, empty hype, clickbait, words that carry no content in a tweet (`lol`, `super`), and
// patterns a phrase list cannot express (`+1`).
import type { PackLoader } from "../../packs/load.js";
import { fold } from "../../text/normalize.js";
import { PhraseMatcher } from "../../text/phrases.js";

export interface NotEmptyPack {
  filler?: string[];
  hype?: string[];
  clickbait?: string[];
  /** Announcements that say something is coming without saying what (`stay tuned`, `grande nouvelle`). */
  teaser?: string[];
  emptyWords?: string[];
  fillerPatterns?: string[];
  minContentWords?: number;
}

export type Category = "filler" | "hype" | "clickbait" | "teaser";

export interface Lexicon {
  /** Filler, hype and clickbait in one matcher: one pass over the draft, the longer phrase wins. */
  phrases: PhraseMatcher<Category>;
  emptyWords: ReadonlySet<string>;
  fillerPatterns: RegExp[];
  minContentWords: number;
}

const cache = new WeakMap<PackLoader, Lexicon>();

export function lexicon(packs: PackLoader): Lexicon {
  const hit = cache.get(packs);
  if (hit) return hit;
  const fr = packs.load<NotEmptyPack>("not-empty", "fr") ?? {};
  const en = packs.load<NotEmptyPack>("not-empty", "en") ?? {};
  const both = (key: "filler" | "hype" | "clickbait" | "teaser" | "emptyWords" | "fillerPatterns") => [...(fr[key] ?? []), ...(en[key] ?? [])];
  const lex: Lexicon = {
    phrases: new PhraseMatcher<Category>((["filler", "hype", "clickbait", "teaser"] as const).flatMap((c) => both(c).map((p) => [p, c] as const))),
    emptyWords: new Set(both("emptyWords").map(fold)),
    fillerPatterns: [...new Set(both("fillerPatterns"))].map((p) => new RegExp(p, "gu")),
    minContentWords: Math.max(fr.minContentWords ?? 4, en.minContentWords ?? 4),
  };
  cache.set(packs, lex);
  return lex;
}
