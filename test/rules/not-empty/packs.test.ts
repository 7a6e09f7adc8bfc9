// The not-empty packs as data: lists that only work together, and patterns that are compiled
// folded (lower case, no accents, no `u` flag: see foldedPattern in src/rules/not-empty/lexicon.ts).
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const packDir = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "rules", "not-empty");
const packs = Object.fromEntries((["fr", "en"] as const).map((lang) => [lang, JSON.parse(readFileSync(join(packDir, `${lang}.json`), "utf8")) as Record<string, unknown>]));
const list = (lang: "fr" | "en", key: string) => (packs[lang]![key] as string[] | undefined) ?? [];

const FOLDED = ["clickbaitPatterns", "hypePatterns", "placeholderPatterns", "rewardPatterns"];

describe("not-empty packs", () => {
  it.each(["fr", "en"] as const)("[%s] every phrase that sends the reader elsewhere is matched as a pointer or a sign of clickbait", (lang) => {
    const matched = new Set([...list(lang, "pointers"), ...list(lang, "clickbait")]);
    expect(list(lang, "elsewhere").filter((p) => !matched.has(p))).toEqual([]);
  });

  it.each(["fr", "en"] as const)("[%s] folded patterns use no Unicode property but letters (they are compiled without the `u` flag)", (lang) => {
    for (const key of FOLDED) expect(list(lang, key).filter((p) => /\\p\{(?!L\})/.test(p))).toEqual([]);
  });
});
