// Shapes of the cool-down's knowledge (rules/cool-down/*.json) and of what the detector finds.

/** A phrase list with intensities; keys starting with `_` are comments. */
export type WeightedPhrases = Record<string, number | string>;

/** rules/cool-down/<lang>.json */
export interface LanguagePack {
  anger?: WeightedPhrases;
  hostile?: WeightedPhrases;
  insults?: WeightedPhrases;
  slurs?: WeightedPhrases;
  profanity?: WeightedPhrases;
  attacks?: WeightedPhrases;
  attackFrames?: WeightedPhrases;
  whenNegated?: WeightedPhrases;
  neutral?: WeightedPhrases;
  negators?: string[];
  negationBreakers?: string[];
  intensifiers?: string[];
  afterIntensifiers?: string[];
  reporting?: string[];
  thirdPerson?: string[];
  firstPerson?: string[];
  secondPerson?: string[];
  determiners?: string[];
  notShouting?: string[];
}

/** How pieces are weighed (rules/cool-down/common.json `weights`). */
export interface Weights {
  threshold: number;
  attack: number;
  intensified: number;
  reported: number;
  described: number;
  profanityList: number;
  exclaim2: number;
  exclaim3: number;
  interrobang: number;
  shoutRun: number;
  shoutPerExtraWord: number;
  shoutMax: number;
  shoutWord: number;
  /** Cap on what capitals and punctuation add together. */
  styleMax: number;
  /** Cap on a draft whose only clues are capitals and punctuation (below the threshold: enthusiasm shouts too). */
  styleAlone: number;
}

/** rules/cool-down/common.json */
export interface CommonPack {
  emoji?: WeightedPhrases;
  weights?: Partial<Weights>;
  profanityIgnore?: Record<string, string[] | string>;
}

/** The lexicon categories a matched phrase may belong to. */
export type LexiconKind = "anger" | "hostile" | "insult" | "slur" | "profanity" | "attack" | "whenNegated" | "neutral";

/** What made a draft look heated: one piece of evidence, with its place in the text. */
export type PieceKind =
  | "anger"
  | "hostile"
  | "insult"
  | "slur"
  | "profanity"
  | "attack"
  | "negated"
  | "shouting"
  | "punctuation"
  | "emoji";

export interface Piece {
  kind: PieceKind;
  /** The text as written (ctx.text.slice(start, end)). */
  text: string;
  /** UTF-16 offsets in the draft. */
  start: number;
  end: number;
  /** Contribution in (0, 1]. */
  weight: number;
}

export interface Detection {
  /** Anger score in [0, 1]. */
  score: number;
  /** Evidence, strongest first. */
  pieces: Piece[];
}
