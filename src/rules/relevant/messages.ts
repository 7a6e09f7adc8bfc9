// What the relevant rule tells the author, in both locales.
import type { MessageTable } from "../../lang/messages.js";

export const MESSAGES: MessageTable = {
  trivia: {
    en: "{words}: personal trivia is not what your followers come to you for.",
    fr: "{words} : une anecdote personnelle n'est pas ce que vos abonnés viennent chercher chez vous.",
  },
  triviaFix: {
    en: "Keep it for a personal account, or tie it to what your audience follows{audience}.",
    fr: "Gardez-la pour un compte personnel, ou reliez-la à ce qui intéresse votre audience{audience}.",
  },
  hashtags: {
    en: "{count} hashtags: more than {max} reads as noise and buries the message.",
    fr: "{count} hashtags : au-delà de {max}, ils font du bruit et noient le message.",
  },
  hashtagsFix: {
    en: "Keep the one or two your audience actually follows (here {keep}) and drop the rest.",
    fr: "Gardez le ou les deux que votre audience suit vraiment (ici {keep}) et retirez les autres.",
  },
  hashtagsFixNone: {
    en: "Keep at most {max}, ones your audience actually follows, and drop the rest.",
    fr: "Gardez-en {max} au plus, ceux que votre audience suit vraiment, et retirez les autres.",
  },
  mentions: {
    en: "{count} mentions in a row: the tweet reads like a private conversation.",
    fr: "{count} mentions à la suite : le tweet ressemble à une conversation privée.",
  },
  mentionsFix: {
    en: "Mention only who the tweet is about, or reply in the thread instead.",
    fr: "Ne mentionnez que les comptes concernés, ou répondez plutôt dans le fil.",
  },
  language: {
    en: "Written in {draft}, but your audience reads {audience}.",
    fr: "Rédigé en {draft}, alors que votre audience lit le {audience}.",
  },
  languageFix: {
    en: "Write it in {audience}, or post it from an account that speaks to {draft}-speaking readers.",
    fr: "Rédigez-le en {audience}, ou publiez-le depuis un compte qui s'adresse à un public {draftAdj}.",
  },
  langName_fr: { en: "French", fr: "français" },
  langName_en: { en: "English", fr: "anglais" },
  langAdj_fr: { en: "French", fr: "francophone" },
  langAdj_en: { en: "English", fr: "anglophone" },
};
