// The topical packs as data: the company actions are patterns compiled folded (lower case, no
// accents, no `u` flag: see src/text/folded-pattern.ts).
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { foldedPattern } from "../../../src/text/folded-pattern.js";

const packDir = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "rules", "topical");
const actions = (lang: "fr" | "en") => (JSON.parse(readFileSync(join(packDir, `${lang}.json`), "utf8")) as { companyActions?: string[] }).companyActions ?? [];

describe("topical packs", () => {
  it.each(["fr", "en"] as const)("[%s] lists company actions, each a pattern that compiles folded and uses no Unicode property but letters", (lang) => {
    expect(actions(lang).length).toBeGreaterThan(10);
    for (const p of actions(lang)) {
      expect(p).not.toMatch(/\\p\{(?!L\})/);
      expect(() => new RegExp(foldedPattern(p))).not.toThrow();
    }
  });
});
