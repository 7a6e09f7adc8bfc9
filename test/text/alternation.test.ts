import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { alternationOf, hasTopLevelBar } from "../../src/text/alternation.js";
import { foldedPattern } from "../../src/text/folded-pattern.js";
import { foldSameLength } from "../../src/text/normalize.js";

const naive = (patterns: string[]) => patterns.map((p) => `(?:${p})`).join("|");
const matches = (source: string, text: string) => [...text.matchAll(new RegExp(source, "g"))].map((m) => [m.index, m[0]]);
const LB = "(?<![a-z])";
/** A fixture line's draft text (the reader fixtures hold broken lines on purpose). */
const textOf = (line: string): unknown => {
  try {
    return (JSON.parse(line) as { text?: unknown }).text;
  } catch {
    return undefined;
  }
};

describe("alternationOf", () => {
  it("writes a lookbehind shared by consecutive patterns once, and leaves the others as they are", () => {
    expect(alternationOf([`${LB}vous`, `${LB}you`, "#\\d", `${LB}tu`])).toBe(`(?:${LB}(?:(?:vous)|(?:you)))|(?:#\\d)|(?:${LB}tu)`);
    // Different lookbehinds are not merged; a class with an escaped bracket is read whole.
    expect(alternationOf([`${LB}a`, "(?<![\\]x])b", "(?<![\\]x])c"])).toBe(`(?:${LB}a)|(?:(?<![\\]x])(?:(?:b)|(?:c)))`);
  });

  it("keeps the lookbehind of a pattern that has an alternation of its own", () => {
    // `(?<![a-z])a|b`: the lookbehind guards `a` only; factored out it would guard `b` too.
    expect(hasTopLevelBar(`${LB}a|b`)).toBe(true);
    expect(hasTopLevelBar(`${LB}(?:a|b)`)).toBe(false);
    expect(hasTopLevelBar(`${LB}[|]a`)).toBe(false);
    expect(hasTopLevelBar(`${LB}\\|a`)).toBe(false);
    expect(alternationOf([`${LB}x`, `${LB}a|b`])).toBe(`(?:${LB}x)|(?:${LB}a|b)`);
    expect(matches(alternationOf([`${LB}x`, `${LB}a|b`]), "ab xb")).toEqual(matches(naive([`${LB}x`, `${LB}a|b`]), "ab xb"));
  });

  it("matches as the plain alternation does, including which pattern wins at one place", () => {
    const patterns = [`${LB}vous ne`, `${LB}vous`, `${LB}you(?:'ll)? never`, "!{2,}", `${LB}ne\\s+vous`, `${LB}you`];
    for (const text of ["vous ne saurez", "Et vous ? Vous ne", "you'll never guess!!", "nevous ne vous dit", "Ayou you"]) {
      expect(matches(alternationOf(patterns), text.toLowerCase())).toEqual(matches(naive(patterns), text.toLowerCase()));
    }
  });

  it("gives not-empty's pattern lists the same matches on every fixture draft", () => {
    const here = dirname(fileURLToPath(import.meta.url));
    const pack = (lang: string) => JSON.parse(readFileSync(join(here, "..", "..", "rules", "not-empty", `${lang}.json`), "utf8")) as Record<string, string[]>;
    const fr = pack("fr");
    const en = pack("en");
    // As the lexicon builds them: each pattern folded, each list without repeats.
    const lists = [fr.clickbaitPatterns!, en.clickbaitPatterns!, fr.hypePatterns!, en.hypePatterns!, [...fr.placeholderPatterns!, ...en.placeholderPatterns!], [...fr.rewardPatterns!, ...en.rewardPatterns!]].map((l) => [...new Set(l)].map(foldedPattern));
    // Every draft of every .jsonl fixture (labelled, blind, cool-down): some 26,000.
    const fixtures = join(here, "..", "fixtures");
    const texts = (readdirSync(fixtures, { recursive: true }) as string[])
      .filter((f) => f.endsWith(".jsonl"))
      .flatMap((f) => readFileSync(join(fixtures, f), "utf8").split("\n"))
      .map(textOf)
      .filter((t): t is string => typeof t === "string")
      .map(foldSameLength);
    expect(texts.length).toBeGreaterThan(20000);
    for (const list of lists) {
      let matched = 0;
      const factored = new RegExp(alternationOf(list), "g");
      const plain = new RegExp(naive(list), "g");
      const differing: string[] = [];
      for (const text of texts) {
        const got = [...text.matchAll(factored)].map((m) => `${m.index}:${m[0]}`).join("|");
        if (got !== [...text.matchAll(plain)].map((m) => `${m.index}:${m[0]}`).join("|")) differing.push(text);
        if (got) matched++;
      }
      expect(differing).toEqual([]);
      // Each list is exercised (not a comparison of two empty results).
      expect(matched).toBeGreaterThan(0);
    }
  });
});
