// Loads the phrase table the build made for the built-in packs (dist/phrases.json and
// dist/phrases-topics.json, see scripts/build.mjs and usePhraseTable). Only the CLI uses it: its
// table and its code come from the same build. Missing or unreadable, phrases are simply compiled
// as they are met.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { useMorePhraseTable, usePhraseTable, usePhraseTableWhenNeeded } from "../text/phrases.js";
import { packageRoot } from "./load.js";

/** Makes the table available: it is read when the first phrase is compiled, its topics' part when first needed. */
export function loadPhraseTable(): void {
  usePhraseTableWhenNeeded(
    () => usePhraseTable(readTable("phrases.json")),
    () => useMorePhraseTable(readTable("phrases-topics.json")),
  );
}

function readTable(name: string): Record<string, string> | null {
  try {
    // Written in ASCII by the build: read as Latin-1, the same characters without UTF-8 decoding.
    const data: unknown = JSON.parse(readFileSync(join(packageRoot(), "dist", name), "latin1"));
    if (data && typeof data === "object" && !Array.isArray(data)) return data as Record<string, string>;
  } catch {
    // no table: every phrase is compiled on first use, with the same result
  }
  return null;
}
