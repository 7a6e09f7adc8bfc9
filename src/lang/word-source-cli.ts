// The CLI's word-source.ts (scripts/build.mjs swaps it in): the same keys, folded at build time
// into dist/words/{common-fr,common-en,sector}.txt, one a line. A run reads one of them only
// when a draft first needs it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "../packs/load.js";
import type { Lang } from "../types.js";

function lines(name: string, max = Infinity): string[] {
  const text = readFileSync(join(packageRoot(), "dist", "words", `${name}.txt`), "utf8");
  let end = -1;
  for (let n = 0; n < max; n++) {
    const next = text.indexOf("\n", end + 1);
    if (next < 0) return text.split("\n").filter(Boolean);
    end = next;
  }
  return text.slice(0, end).split("\n");
}

export function readCommonKeys(lang: Lang, rank: number): string[] {
  return lines(`common-${lang}`, rank);
}

export function readSectorKeys(): string[] {
  return lines("sector");
}
