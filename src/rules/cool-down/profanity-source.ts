// Where the profanity lists come from: the `naughty-words` package's JSON file for a language.
// The CLI's build replaces this module with the two files themselves (scripts/build.mjs), so
// that a run does not start Node's CommonJS loader for them.
import { createRequire } from "node:module";
import type { Lang } from "../../types.js";

const require = createRequire(import.meta.url);

export function readProfanityFile(lang: Lang): unknown {
  return require(`naughty-words/${lang}.json`);
}
