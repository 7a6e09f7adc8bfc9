// What the relevant rule tells the author, in both locales.
import type { MessageTable } from "../../lang/messages.js";

export const MESSAGES: MessageTable = {
  trivia: {
    en: "{words}: everyday life ({domains}) is not what your followers come to you for.",
    fr: "{words} : la vie quotidienne ({domains}) n'est pas ce que vos abonnés viennent chercher chez vous.",
  },
  personalNote: {
    en: "A personal note ({words}) with nothing in it for your audience: no sector topic, figure or business angle.",
    fr: "Une note personnelle ({words}) sans rien pour vos abonnés : ni sujet du secteur, ni chiffre, ni angle professionnel.",
  },
  personalNoteBare: {
    en: "A personal note, in its tone, with nothing in it for your audience: no sector topic, figure or business angle.",
    fr: "Une note personnelle, par son ton, sans rien pour vos abonnés : ni sujet du secteur, ni chiffre, ni angle professionnel.",
  },
  offSector: {
    en: "Nothing in it for your audience: no topic of your sector, no source, no business angle.",
    fr: "Rien pour vos abonnés : aucun sujet de votre secteur, aucune source, aucun angle professionnel.",
  },
  offSectorFix: {
    en: "If it is meant for your followers, tie it to what they follow (a rate, a product, a figure your clients feel){audience}; otherwise keep it for a personal account.",
    fr: "S'il s'adresse à vos abonnés, rattachez-le à ce qu'ils suivent (un taux, un produit, un chiffre que vivent vos clients){audience} ; sinon, gardez-le pour un compte personnel.",
  },
  triviaFix: {
    en: "Keep it for a personal account; if it has a professional angle (a price, a trend your clients feel, a figure), lead with that{audience}.",
    fr: "Gardez-la pour un compte personnel ; s'il y a un angle professionnel (un prix, une tendance que vivent vos clients, un chiffre), commencez par lui{audience}.",
  },
  triviaAudience: {
    en: " and say what it means for {audience}",
    fr: " et dites ce que cela change pour {audience}",
  },
  domain_food: { en: "food", fr: "les repas" },
  domain_drinks: { en: "drinks", fr: "les boissons" },
  domain_weather: { en: "weather", fr: "la météo" },
  domain_sleep: { en: "sleep", fr: "le sommeil" },
  domain_commute: { en: "commute", fr: "les transports" },
  domain_pets: { en: "pets", fr: "les animaux" },
  domain_family: { en: "family and friends", fr: "la famille et les amis" },
  domain_sport: { en: "sport", fr: "le sport" },
  domain_luck: { en: "games of chance", fr: "les jeux de hasard" },
  domain_screen: { en: "TV, films and music", fr: "les séries, films et musique" },
  domain_holidays: { en: "holidays", fr: "les vacances" },
  domain_shopping: { en: "shopping", fr: "le shopping" },
  domain_mood: { en: "mood of the day", fr: "l'humeur du jour" },
  domain_body: { en: "health", fr: "la santé" },
  domain_home: { en: "home life", fr: "la maison" },
  domain_celebrations: { en: "celebrations", fr: "les fêtes" },
  domain_other: { en: "personal life", fr: "la vie personnelle" },
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
