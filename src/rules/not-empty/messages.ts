// What the not-empty rule tells the author, in both locales.
import type { MessageTable } from "../../lang/messages.js";

export const MESSAGES: MessageTable = {
  onlyTags: {
    en: "Only hashtags, mentions, emoji or a link: the tweet says nothing by itself.",
    fr: "Seulement des hashtags, des mentions, des emoji ou un lien : le tweet ne dit rien par lui-même.",
  },
  learned: {
    en: "Reads like filler, hype or a teaser rather than a statement (words such as {words}), and no figure or source says otherwise.",
    fr: "Se lit comme du remplissage, de l'enthousiasme creux ou du teasing plutôt que comme un propos (des mots comme {words}), et aucun chiffre ni aucune source ne dit le contraire.",
  },
  learnedFix: {
    en: "Say the fact itself: what happened or what you think, with the figure, name or source behind it.",
    fr: "Dites le fait lui-même : ce qui s'est passé ou ce que vous pensez, avec le chiffre, le nom ou la source qui le porte.",
  },
  onlyTagsFix: {
    en: "Add a sentence saying what this is and why it matters to your readers.",
    fr: "Ajoutez une phrase qui dit de quoi il s'agit et pourquoi cela compte pour vos lecteurs.",
  },
  placeholder: {
    en: "{words}: a placeholder or a note to yourself, not yet a tweet.",
    fr: "{words} : un texte provisoire ou une note pour vous-même, pas encore un tweet.",
  },
  placeholderFix: {
    en: "Write the final text, with the figure or link it is waiting for, before it goes out.",
    fr: "Écrivez le texte final, avec le chiffre ou le lien qu'il attend, avant de le publier.",
  },
  reward: {
    en: "{words}: the point is traded for a reply, a share or a follow — bait that keeps what it promises.",
    fr: "{words} : le propos est échangé contre une réponse, un partage ou un abonnement — un appât qui garde ce qu'il promet.",
  },
  rewardFix: {
    en: "Give the method, the figure or the list in the tweet itself, or link to it plainly.",
    fr: "Donnez la méthode, le chiffre ou la liste dans le tweet lui-même, ou mettez simplement le lien.",
  },
  clickbait: {
    en: "{words}: clickbait, which promises something without saying it.",
    fr: "{words} : c'est de l'appât à clics, qui promet sans rien dire.",
  },
  clickbaitFix: {
    en: "Put the fact itself in the first words: what happened, to whom, with the figure.",
    fr: "Donnez le fait lui-même dès les premiers mots : ce qui s'est passé, pour qui, avec le chiffre.",
  },
  filler: {
    en: "{words}: filler, which takes room and says nothing.",
    fr: "{words} : du remplissage, qui prend de la place sans rien dire.",
  },
  fillerFix: {
    en: "Cut it and say the one thing you want your followers to know.",
    fr: "Supprimez-le et dites la chose que vous voulez faire savoir à vos abonnés.",
  },
  hype: {
    en: "{words}: enthusiasm without substance — what exactly is new?",
    fr: "{words} : de l'enthousiasme sans contenu — qu'y a-t-il de nouveau, concrètement ?",
  },
  hypeFix: {
    en: "Replace the superlative with the fact that earns it: a figure, a date, a name.",
    fr: "Remplacez le superlatif par le fait qui le justifie : un chiffre, une date, un nom.",
  },
  teaser: {
    en: "{words}: it announces something without saying what, and nothing in the tweet is concrete.",
    fr: "{words} : le tweet annonce quelque chose sans dire quoi, et rien n'y est concret.",
  },
  // The same teaser in a draft that names someone or gives a figure: it is not "nothing concrete".
  teaserBeside: {
    en: "{words}: it announces something without saying what.",
    fr: "{words} : le tweet annonce quelque chose sans dire quoi.",
  },
  teaserBesideFix: {
    en: "Say what it is: the product, the date, the figure, who is concerned. If it is not public yet, wait until it is.",
    fr: "Dites ce que c'est : le produit, la date, le chiffre, qui est concerné. Si ce n'est pas encore public, attendez que ce le soit.",
  },
  teaserFix: {
    en: "Say what it is: the product, the date, the figure, who is concerned. If it is not public yet, wait until it is.",
    fr: "Dites ce que c'est : le produit, la date, le chiffre, qui est concerné. Si ce n'est pas encore public, attendez que ce le soit.",
  },
  bait: {
    en: "{words}: engagement bait — it asks for likes, shares or comments instead of giving a reason to react.",
    fr: "{words} : de l'appât à interactions — le tweet réclame des likes, partages ou commentaires au lieu de donner une raison de réagir.",
  },
  baitFix: {
    en: "Give the point itself (the fact, the figure, your view with its reason); people share what is worth sharing.",
    fr: "Donnez le propos lui-même (le fait, le chiffre, votre avis et sa raison) : on partage ce qui mérite de l'être.",
  },
  crowd: {
    en: "{words}: a question to your followers that gives them nothing to answer about.",
    fr: "{words} : une question à vos abonnés qui ne leur donne rien sur quoi répondre.",
  },
  crowdFix: {
    en: "Ask about something precise (a decision, a figure, a product) and give your own answer first.",
    fr: "Posez une question précise (une décision, un chiffre, un produit) et donnez d'abord votre propre réponse.",
  },
  vague: {
    en: "Only general words ({vague}){with}: nothing a reader learns or could check.",
    fr: "Seulement des mots généraux ({vague}){with} : rien qu'un lecteur apprenne ou puisse vérifier.",
  },
  vagueWith: {
    en: " around {words}",
    fr: " autour de {words}",
  },
  vagueFix: {
    en: "Say what happened, concretely: who, what, when, how much (a name, a date, a figure, a link).",
    fr: "Dites concrètement ce qui se passe : qui, quoi, quand, combien (un nom, une date, un chiffre, un lien).",
  },
  generic: {
    en: "Nothing here is specific: only everyday words ({words}), no fact, figure, name or subject your readers could act on.",
    fr: "Rien de précis : seulement des mots courants ({words}), ni fait, ni chiffre, ni nom, ni sujet dont vos lecteurs puissent se servir.",
  },
  genericFix: {
    en: "Say what it is: the product, the date, the figure or the source.",
    fr: "Dites ce que c'est : le produit, la date, le chiffre ou la source.",
  },
  nothing: {
    en: "No meaningful word at all: the tweet says nothing yet.",
    fr: "Aucun mot porteur de sens : le tweet ne dit encore rien.",
  },
  thinOne: {
    en: "A single meaningful word ({words}): too little to say something.",
    fr: "Un seul mot porteur de sens ({words}) : trop peu pour dire quelque chose.",
  },
  thin: {
    en: "Only {count} meaningful words ({words}): too little to say something.",
    fr: "Seulement {count} mots porteurs de sens ({words}) : trop peu pour dire quelque chose.",
  },
  thinFix: {
    en: "Add the substance: what happened, who is concerned, how much, and why it matters.",
    fr: "Ajoutez le fond : ce qui se passe, qui est concerné, combien, et pourquoi c'est important.",
  },
};
