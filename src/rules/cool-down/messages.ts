// The cool-down's messages, in the locale of the run: say what looks heated and offer a way out.
import type { Lang } from "../../types.js";
import type { PieceKind } from "./types.js";
import { mapPacked } from "../../text/packed.js";

const KIND: Record<PieceKind, Record<Lang, string>> = {
  anger: { en: "anger word", fr: "mot de colère" },
  hostile: { en: "hostile judgement", fr: "jugement hostile" },
  insult: { en: "insult", fr: "insulte" },
  slur: { en: "slur", fr: "injure discriminatoire" },
  profanity: { en: "profanity", fr: "juron" },
  attack: { en: "personal attack", fr: "attaque personnelle" },
  negated: { en: "displeasure", fr: "mécontentement" },
  shouting: { en: "shouting in capitals", fr: "majuscules criées" },
  punctuation: { en: "exclamation run", fr: "ponctuation appuyée" },
  emoji: { en: "angry emoji", fr: "emoji de colère" },
};

const FIX: Record<PieceKind, Record<Lang, string>> = {
  anger: { en: "Say what happened and what you expect, not how angry it made you.", fr: "Dites ce qui s'est passé et ce que vous attendez, plutôt que votre colère." },
  hostile: { en: "Replace the judgement with the fact behind it.", fr: "Remplacez le jugement par le fait qui le motive." },
  insult: { en: "Name the problem, not the people.", fr: "Nommez le problème, pas les personnes." },
  slur: { en: "Remove this word: it has no place in a public post.", fr: "Retirez ce mot : il n'a pas sa place dans un message public." },
  profanity: { en: "Drop the swearing; the point stands without it.", fr: "Retirez le juron : le propos tient sans lui." },
  attack: { en: "Address the issue, not the person.", fr: "Adressez-vous au problème, pas à la personne." },
  negated: { en: "State what went wrong and what you ask for.", fr: "Dites ce qui ne va pas et ce que vous demandez." },
  shouting: { en: "Write in normal case; emphasis in capitals reads as shouting.", fr: "Écrivez en minuscules : les majuscules se lisent comme des cris." },
  punctuation: { en: "One full stop or one exclamation mark is enough.", fr: "Un point ou un seul point d'exclamation suffit." },
  emoji: { en: "Drop the angry emoji.", fr: "Retirez l'emoji de colère." },
};

export function kindLabel(kind: PieceKind, locale: Lang): string {
  return KIND[kind][locale];
}

/** Words of the draft as the other rules quote them: « … » in French, “…” in English. */
export function quoted(text: string, locale: Lang): string {
  return locale === "fr" ? `« ${text} »` : `“${text}”`;
}

/** `“SCANDALEUX”: hostile judgement, shouting in capitals.` (one or more kinds on the same words). */
export function pieceMessage(kinds: PieceKind | readonly PieceKind[], text: string, locale: Lang): string {
  const labels = [...new Set(mapPacked(typeof kinds === "string" ? [kinds] : kinds, (k) => KIND[k][locale]))].join(", ");
  return locale === "fr" ? `${quoted(text, locale)} : ${labels}.` : `${quoted(text, locale)}: ${labels}.`;
}

export function pieceFix(kind: PieceKind, locale: Lang): string {
  return FIX[kind][locale];
}

export function summaryMessage(score: number, threshold: number, cues: string[], locale: Lang): string {
  const s = (Math.round(score * 100) / 100).toFixed(2);
  const t = threshold.toFixed(2);
  const list = cues.join(locale === "fr" ? ", " : ", ");
  return locale === "fr"
    ? `Ce brouillon semble écrit sous le coup de la colère (score ${s.replace(".", ",")}, seuil ${t.replace(".", ",")}) : ${list}.`
    : `This draft reads as written in anger (score ${s}, threshold ${t}): ${list}.`;
}

export function summaryFix(minutes: number, locale: Lang): string {
  return locale === "fr"
    ? `Laissez-le reposer ${minutes} min, puis relisez-le : gardez les faits et votre demande, retirez ce qui crie.`
    : `Let it rest for ${minutes} min, then reread it: keep the facts and your request, drop what shouts.`;
}

/** Appended while the draft waits: when it may be checked again. */
export function waitingMessage(until: Date, now: Date, locale: Lang): string {
  const left = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60000));
  const at = formatTime(until);
  return locale === "fr"
    ? `Temps de recul : revérifiez après ${at} (dans ${left} min).`
    : `Cool-down: check again after ${at} (in ${left} min).`;
}

/** Appended once the period is over. */
export function elapsedMessage(since: Date, locale: Lang): string {
  const at = formatTime(since);
  return locale === "fr"
    ? `Temps de recul écoulé (en attente depuis ${at}) : toujours vif, mais vous avez pris le temps de le relire ; il peut partir.`
    : `Cool-down over (waiting since ${at}): still heated, but you took the time to reread it; it may go.`;
}

/** `2026-11-26 10:17 UTC`: unambiguous for a team spread over time zones. */
export function formatTime(d: Date): string {
  return `${d.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
