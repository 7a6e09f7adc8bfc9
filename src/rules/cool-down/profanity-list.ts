// The maintained profanity lists of the `naughty-words` package (LDNOOBW, CC-BY-4.0), read once
// per language: only the two small JSON files twcheck needs, not the package's index of 28 languages.
import type { Lang } from "../../types.js";
import { readProfanityFile } from "./profanity-source.js";
const cache = new Map<Lang, readonly string[]>();

export function profanityList(lang: Lang): readonly string[] {
  let list = cache.get(lang);
  if (!list) {
    try {
      const data = readProfanityFile(lang);
      list = Array.isArray(data) ? data.filter((w): w is string => typeof w === "string") : [];
    } catch {
      // The list is a complement to our own lexicon: without it the rule still works.
      list = [];
    }
    cache.set(lang, list);
  }
  return list;
}
