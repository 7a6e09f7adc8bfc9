// The topical packs as data: the company actions are patterns compiled folded (lower case, no
// accents, no `u` flag: see src/text/folded-pattern.ts).
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { foldedPattern } from "../../../src/text/folded-pattern.js";

const packDir = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "rules", "topical");
interface Pack {
  companyActions?: string[];
  companies?: string[];
}
const pack = (lang: "fr" | "en") => JSON.parse(readFileSync(join(packDir, `${lang}.json`), "utf8")) as Pack;
const actions = (lang: "fr" | "en") => pack(lang).companyActions ?? [];
// A company's name as the matcher compares it (src/rules/topical/matchers.ts, writtenAsListed): letters and digits, folded.
const letters = (name: string) => name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");

describe("topical packs", () => {
  it.each(["fr", "en"] as const)("[%s] lists company actions, each a pattern that compiles folded and uses no Unicode property but letters", (lang) => {
    expect(actions(lang).length).toBeGreaterThan(10);
    for (const p of actions(lang)) {
      expect(p).not.toMatch(/\\p\{(?!L\})/);
      expect(() => new RegExp(foldedPattern(p))).not.toThrow();
    }
  });

  it("lists each company once across both languages, in three characters or more (`P&G`; not `GE`, `BP`)", () => {
    const all = [...(pack("fr").companies ?? []), ...(pack("en").companies ?? [])];
    expect(all.length).toBeGreaterThan(1000);
    const seen = new Map<string, string>();
    for (const name of all) {
      expect(name.length).toBeGreaterThanOrEqual(3);
      expect([name, seen.get(letters(name))]).toEqual([name, undefined]);
      seen.set(letters(name), name);
    }
  });
});
