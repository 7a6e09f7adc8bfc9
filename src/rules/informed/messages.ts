// What the informed rule tells the author, in both locales.
import type { MessageTable } from "../../lang/messages.js";
import type { Lang } from "../../types.js";

/** What the suggestions quote for the author to write, in the draft's language (the messages may be in the other). */
export const ORIGIN_WORDS: Record<Lang, { according: string; example: string }> = {
  fr: { according: "selon", example: "source : Insee, mars 2025" },
  en: { according: "according to", example: "source: ONS, March 2025" },
};

export const MESSAGES: MessageTable = {
  hedge: {
    en: "{words}: this reads as hearsay, and readers cannot tell whether it is true.",
    fr: "{words} : l'information se lit comme une rumeur, et le lecteur ne peut pas savoir si elle est vraie.",
  },
  hedgeFix: {
    en: "Say who reports it (“{according} …”, a link to the source), or wait until it is confirmed.",
    fr: "Dites qui l'annonce (« {according} … », un lien vers la source), ou attendez qu'elle soit confirmée.",
  },
  claim: {
    en: "{words}: a strong claim with nothing to back it.",
    fr: "{words} : une affirmation forte que rien ne vient étayer.",
  },
  claimFigure: {
    en: "{words}: a strong claim, and the figure {figure} comes with no source.",
    fr: "{words} : une affirmation forte, et le chiffre {figure} n'a pas de source.",
  },
  claimFix: {
    en: "Give the source of the figure (a link, “{according} …”), or soften the claim to what the data supports.",
    fr: "Donnez la source du chiffre (un lien, « {according} … »), ou ramenez l'affirmation à ce que disent les données.",
  },
  figureNoSource: {
    en: "The figure {figure} comes with no source: readers cannot check it.",
    fr: "Le chiffre {figure} n'a pas de source : le lecteur ne peut pas le vérifier.",
  },
  opinionOnly: {
    en: "This reads as opinion ({words}) with nothing that shows where it comes from.",
    fr: "Cela se lit comme un avis ({words}), sans rien qui montre d'où vient l'information.",
  },
  dateOnly: {
    en: "Only a date ({date}) shows where this comes from: no link, no named source, no figure.",
    fr: "Seule une date ({date}) montre d'où vient l'information : ni lien, ni source citée, ni chiffre.",
  },
  noEvidence: {
    en: "Nothing shows where this comes from: no link, no named source, no figure or date.",
    fr: "Rien ne montre d'où vient l'information : ni lien, ni source citée, ni chiffre, ni date.",
  },
  addSource: {
    en: "Add where it comes from: a link, “{according} @…”, or the report and its date (“{example}”).",
    fr: "Indiquez d'où vient l'information : un lien, « {according} @… », ou l'étude et sa date (« {example} »).",
  },
};
