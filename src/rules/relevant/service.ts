// A firm's word to its customers: its services named (`nos agences`, `l'appli`, `live chat`,
// `claims line`) in its own voice or to the reader (`Nos agences seront fermées le lundi de
// Pentecôte`, `Misplaced your card? Freeze it instantly in the app`). Its audience is its
// customers, and what it tells them is for them: a holiday's closing, an app's new feature, the
// sofa the card fell behind. No one's personal trivia, and not off the sector.
import type { Token } from "../../text/tokenize.js";

export interface Voices {
  /** The firm's own voice (`nous`, `nos`, `we`, `our`), folded. */
  firmVoice: ReadonlySet<string>;
  /** The reader's (`vous`, `votre`, `you`, `your`), folded. */
  readerWords: ReadonlySet<string>;
}

/**
 * Who a draft that names one of the firm's services (`namesService`) speaks to, outside quotations (`quoted`): `reader` when it
 * addresses them (`vous`, `your`), `firm` when it only speaks as the firm (`Nos agences seront
 * fermées…`), null otherwise. Only the first weighs everyday words as the customer's: in the
 * firm's voice alone they may be its staff's day (`Pot de départ de notre conseillère de l'agence ce soir ☕`).
 */
export function customersAddressed(namesService: boolean, tokens: readonly Token[], voices: Voices, quoted: (at: number) => boolean = () => false): "reader" | "firm" | null {
  if (!namesService) return null;
  let firm = false;
  for (const t of tokens) {
    // (`US` is a country, not `us`; words quoted are someone else's: `Reçu un SMS « Votre compte sera suspendu… »`.)
    if (t.kind !== "word" || t.text === "US" || quoted(t.start)) continue;
    if (voices.readerWords.has(t.norm)) return "reader";
    if (voices.firmVoice.has(t.norm)) firm = true;
  }
  return firm ? "firm" : null;
}
