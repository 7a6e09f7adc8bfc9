import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { PhraseMatcher, encodePhrase, phraseIdentity, phraseKey, useMorePhraseTable, usePhraseTable, usePhraseTableWhenNeeded } from "../../src/text/phrases.js";
import { tokenize } from "../../src/text/tokenize.js";

// The build compiles the built-in packs' phrases into dist/phrases*.json (encodePhrase) and the
// CLI decodes them instead of compiling at start: both ways must give the very same phrases.
const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

function packPhrases(): string[] {
  const out = new Set<string>();
  const visit = (v: unknown): void => {
    if (typeof v === "string") out.add(v);
    else if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === "object")
      for (const [k, inner] of Object.entries(v)) {
        out.add(k);
        visit(inner);
      }
  };
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(dir, e.name));
      else if (e.name.endsWith(".json")) visit(JSON.parse(readFileSync(join(dir, e.name), "utf8")));
    }
  };
  walk(join(root, "rules"));
  return [...out];
}

describe("the build's phrase table", () => {
  const phrases = packPhrases();
  const texts = readdirSync(join(root, "test/fixtures/quality"))
    .filter((f) => f.endsWith(".jsonl"))
    .flatMap((f) => readFileSync(join(root, "test/fixtures/quality", f), "utf8").split("\n").filter((l) => l.trim()).map((l) => (JSON.parse(l) as { text: string }).text));
  afterAll(() => usePhraseTable(null));

  it("gives every pack phrase the key, identity and matches it has when compiled at run time", () => {
    expect(phrases.length).toBeGreaterThan(5000);
    usePhraseTable(null);
    const keys = phrases.map((p) => [phraseKey(p), phraseIdentity(p)]);
    const matches = (m: PhraseMatcher<number>) => texts.map((t) => m.match(tokenize(t)).map((x) => `${x.phrase}@${x.start}-${x.end}`).join(","));
    const compiled = matches(new PhraseMatcher(phrases.map((p, i) => [p, i] as const)));
    usePhraseTable(Object.fromEntries(phrases.map((p) => [p, encodePhrase(p)])));
    expect(phrases.map((p) => [phraseKey(p), phraseIdentity(p)])).toEqual(keys);
    expect(matches(new PhraseMatcher(phrases.map((p, i) => [p, i] as const)))).toEqual(compiled);
  });

  it("reads the table's second part at the first phrase the first part lacks, never for plain words", () => {
    const reads: string[] = [];
    usePhraseTable(null);
    usePhraseTableWhenNeeded(
      () => {
        reads.push("rules");
        usePhraseTable({ "#BCE": encodePhrase("#BCE"), "l'inflation": encodePhrase("l'inflation") });
      },
      () => {
        reads.push("topics");
        useMorePhraseTable({ "#Fed": encodePhrase("#Fed"), "$SPY": encodePhrase("$SPY") });
      },
    );
    // Plain words are never tabled: no part is read for them.
    const plain = new PhraseMatcher(["taux directeurs", "inflation"]);
    expect(plain.match(tokenize("Les taux directeurs et l'inflation")).map((x) => x.phrase)).toEqual(["taux directeurs", "inflation"]);
    expect(reads).toEqual([]);
    // The rules' part has these phrases: the topics' part stays unread.
    const rules = new PhraseMatcher(["#BCE", "l'inflation"]);
    expect(rules.match(tokenize("#bce : l'inflation recule")).map((x) => x.phrase)).toEqual(["#BCE", "l'inflation"]);
    expect(reads).toEqual(["rules"]);
    // A phrase the first part lacks reads the second, once; one neither has is compiled as usual.
    const topics = new PhraseMatcher(["#Fed", "$SPY", "S&P 500"]);
    expect(topics.match(tokenize("#Fed, $SPY et le S&P 500")).map((x) => x.phrase)).toEqual(["#Fed", "$SPY", "S&P 500"]);
    expect(reads).toEqual(["rules", "topics"]);
  });

  it("compiles a phrase that is not in the table, or has a damaged entry, as usual", () => {
    usePhraseTable({ "taux directeurs": "?garbage" });
    expect(phraseKey("taux directeurs")).toBe("tau directeur");
    expect(phraseKey("#Assurances")).toBe("assurance");
    const m = new PhraseMatcher(["taux directeurs", "#assurance", "scandal*"]);
    expect(m.match(tokenize("Les TAUX directeurs, #Assurance, scandaleux")).map((x) => x.phrase)).toEqual(["taux directeurs", "#assurance", "scandal*"]);
  });
});
