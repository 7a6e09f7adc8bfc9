// Loads the phrase table the build made for the built-in packs (dist/phrases.json, see
// scripts/build.mjs and usePhraseTable). Only the CLI uses it: its table and its code come from
// the same build. Missing or unreadable, phrases are simply compiled as they are met.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { usePhraseTable, usePhraseTableWhenNeeded } from "../text/phrases.js";
import { packageRoot } from "./load.js";

/** Makes the table available: it is read when the first phrase is compiled. */
export function loadPhraseTable(): void {
  usePhraseTableWhenNeeded(readPhraseTable);
}

function readPhraseTable(): void {
  try {
    const data: unknown = JSON.parse(readFileSync(join(packageRoot(), "dist", "phrases.json"), "utf8"));
    if (data && typeof data === "object" && !Array.isArray(data)) usePhraseTable(data as Record<string, string>);
  } catch {
    // no table: every phrase is compiled on first use, with the same result
  }
}
