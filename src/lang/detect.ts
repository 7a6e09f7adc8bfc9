// Language of a draft: French or English. franc (trigram statistics) is reliable on longer
// text; tweets are short and French is often typed without accents, so short drafts are
// decided by counting each language's most frequent function words.
import { franc } from "franc-min";
import type { Lang } from "../types.js";
import { tokenize } from "../text/tokenize.js";

const FR = new Set(
  "le la les l' un une des du de d' et est sont ce cette ces qui que qu' pour par sur dans avec pas ne n' nous vous je j' il elle on au aux mais ou donc car tres plus selon chez c' s' se sa son ses leur leurs notre votre".split(" "),
);
const EN = new Set(
  "the a an and is are was were this that these those who which for by on in with not no we you i it he she they to of at but or so very more according from our your their has have will be".split(" "),
);

export function detectLanguage(text: string, fallback: Lang = "en"): Lang {
  let fr = 0;
  let en = 0;
  for (const t of tokenize(text)) {
    if (t.kind !== "word") continue;
    if (FR.has(t.norm)) fr++;
    if (EN.has(t.norm)) en++;
  }
  if (fr !== en && Math.abs(fr - en) >= 2) return fr > en ? "fr" : "en";
  if (text.length >= 60) {
    const guess = franc(text, { only: ["fra", "eng"], minLength: 10 });
    if (guess === "fra") return "fr";
    if (guess === "eng") return "en";
  }
  if (fr !== en) return fr > en ? "fr" : "en";
  return fallback;
}
