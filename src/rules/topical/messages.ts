// What the topical rule tells the author, in both locales.
import type { MessageTable } from "../../lang/messages.js";

export const MESSAGES: MessageTable = {
  offTopic: {
    en: "This draft does not touch any of your sector's current topics.",
    fr: "Ce brouillon ne touche à aucun des sujets d'actualité de votre secteur.",
  },
  offTopicNear: {
    en: "This draft only brushes a current topic: it shares {words} with the headline “{headline}”.",
    fr: "Ce brouillon ne fait qu'effleurer l'actualité : il partage seulement {words} avec le titre « {headline} ».",
  },
  offTopicWeak: {
    en: "This draft only brushes your sector: {words} is also an everyday word, and nothing else here (another topic, a percentage, an amount) says it is the sector's news.",
    fr: "Ce brouillon ne fait qu'effleurer votre secteur : {words} est aussi un mot de tous les jours, et rien d'autre (un autre sujet, un pourcentage, un montant) n'en fait une actualité du secteur.",
  },
  offTopicWeakMany: {
    en: "This draft only brushes your sector: {words} are also everyday words, and nothing else here (another topic, a percentage, an amount) says it is the sector's news.",
    fr: "Ce brouillon ne fait qu'effleurer votre secteur : {words} sont aussi des mots de tous les jours, et rien d'autre (un autre sujet, un pourcentage, un montant) n'en fait une actualité du secteur.",
  },
  offTopicOwn: {
    en: "This draft reads as a story of your own life: {words} is yours here (your account, your contract, your day), not the sector's news{figures}.",
    fr: "Ce brouillon se lit comme une histoire personnelle : {words} y est à vous (votre compte, votre contrat, votre quotidien), pas une actualité du secteur{figures}.",
  },
  offTopicOwnMany: {
    en: "This draft reads as a story of your own life: {words} are yours here (your account, your contract, your day), not the sector's news{figures}.",
    fr: "Ce brouillon se lit comme une histoire personnelle : {words} y sont à vous (votre compte, votre contrat, votre quotidien), pas une actualité du secteur{figures}.",
  },
  ownFigures: {
    en: ", nor are its figures",
    fr: ", ses chiffres non plus",
  },
  offTopicCompany: {
    en: "This draft names {words} but reports no news of it: nothing here (a result, a deal, a figure, a decision) makes it the sector's news.",
    fr: "Ce brouillon cite {words} sans en donner d'actualité : rien ici (un résultat, une opération, un chiffre, une décision) n'en fait une nouvelle du secteur.",
  },
  fixTopics: {
    en: "Tie it to what your followers are watching, e.g. {examples}; or keep it for a channel where it fits.",
    fr: "Rattachez-le à ce que suivent vos abonnés, par exemple {examples} ; ou gardez-le pour un autre canal.",
  },
  fixHeadline: {
    en: "Tie it to what your followers are watching, e.g. {examples}, or to a recent headline such as “{headline}”.",
    fr: "Rattachez-le à ce que suivent vos abonnés, par exemple {examples}, ou à un titre récent comme « {headline} ».",
  },
};
