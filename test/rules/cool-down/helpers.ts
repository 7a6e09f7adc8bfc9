// Shared helpers for the cool-down tests: run the detector as the rule does, in one language.
import { detect } from "../../../src/rules/cool-down/detect.js";
import { knowledgeFor, type Knowledge } from "../../../src/rules/cool-down/knowledge.js";
import type { Detection, PieceKind } from "../../../src/rules/cool-down/types.js";
import { createPackLoader } from "../../../src/packs/load.js";
import type { Lang } from "../../../src/types.js";

const packs = createPackLoader([], "/tmp");

export function knowledge(lang: Lang): Knowledge {
  return knowledgeFor(packs, lang);
}

export const THRESHOLD = 0.5;

export function run(lang: Lang, text: string, allowed: Array<[number, number]> = []): Detection {
  return detect(text, knowledge(lang), allowed);
}

export function kinds(lang: Lang, text: string): PieceKind[] {
  return run(lang, text).pieces.map((p) => p.kind);
}

export function heated(lang: Lang, text: string): boolean {
  return run(lang, text).score >= THRESHOLD;
}
