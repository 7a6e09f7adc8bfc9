// The rule as the engine calls it: score always present, findings with offsets and messages in
// the run's locale, allowed phrases left out, options, and our own labelled examples.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { rule } from "../../../src/rules/cool-down/index.js";
import type { Lang } from "../../../src/types.js";
import { makeContext } from "../../helpers/context.js";

describe("cool-down rule", () => {
  it("has the contract's identity", () => {
    expect(rule.id).toBe("cool-down");
    expect(rule.defaultSeverity).toBe("error");
    expect(rule.scoreKey).toBe("anger");
  });

  it.each([
    ["fr", "C'est SCANDALEUX, vous êtes des voleurs", "SCANDALEUX", /jugement hostile, majuscules criées/],
    ["en", "This is OUTRAGEOUS, you people never learn", "OUTRAGEOUS", /hostile judgement, shouting in capitals/],
  ] as Array<[Lang, string, string, RegExp]>)("[%s] one finding for several kinds on the same words", (lang, text, word, kinds) => {
    const out = rule.check(makeContext(text, { lang }));
    const onWord = out.findings.slice(1).filter((f) => text.slice(f.start, f.end) === word);
    expect(onWord).toHaveLength(1);
    expect(onWord[0]!.message).toMatch(kinds);
  });

  it.each([
    ["fr", "Bande d'incapables, encore une panne 😡", /^« .+ » : /, /\(score 0,\d\d, seuil 0,50\) : « /],
    ["en", "You idiots lost my transfer 😡", /^“.+”: /, /\(score 0\.\d\d, threshold 0\.50\): “/],
  ] as Array<[Lang, string, RegExp, RegExp]>)("[%s] quotes the draft's words as the other rules do", (lang, text, piece, summary) => {
    const [first, ...pieces] = rule.check(makeContext(text, { lang })).findings;
    expect(first!.message).toMatch(summary);
    expect(first!.message).not.toContain('"');
    for (const p of pieces) expect(p.message).toMatch(piece);
  });

  it("always returns the anger score, with no finding on a calm draft", () => {
    const out = rule.check(makeContext("ECB raises rates by 25 bp; CAC40 down 1.2 %.", { lang: "en" }));
    expect(out.score).toBe(0);
    expect(out.findings).toEqual([]);
  });

  it.each([
    ["en", "You idiots lost my transfer 😡"],
    ["fr", "Bande d'incapables, encore une panne 😡"],
  ] as Array<[Lang, string]>)("[%s] gives a summary and one finding per heated piece, at its offsets", (lang, text) => {
    const out = rule.check(makeContext(text, { lang }));
    expect(out.score).toBeGreaterThanOrEqual(0.5);
    const [summary, ...pieces] = out.findings;
    expect(summary!.suggestion).toMatch(/7 min/);
    expect(pieces.length).toBeGreaterThanOrEqual(2);
    const emoji = pieces.find((f) => text.slice(f.start, f.end) === "😡");
    expect(emoji).toBeDefined();
    for (const f of pieces) expect(f.message).toContain(text.slice(f.start, f.end));
  });

  it("speaks the locale of the run, whatever the draft's language", () => {
    const fr = rule.check(makeContext("You idiots lost my transfer!!!", { lang: "en", locale: "fr" }));
    expect(fr.findings[0]!.message).toMatch(/colère/);
    expect(fr.findings[0]!.suggestion).toMatch(/reposer/);
    const en = rule.check(makeContext("Bande d'incapables !!!", { lang: "fr", locale: "en" }));
    expect(en.findings[0]!.message).toMatch(/anger/);
  });

  it("does not count allowed phrases (a brand name)", () => {
    const text = "Join us at Furious Coffee for the fintech meetup";
    expect(rule.check(makeContext(text, { lang: "en" })).score).toBeGreaterThan(0);
    const start = text.indexOf("Furious");
    const out = rule.check(makeContext(text, { lang: "en", allowed: [[start, start + "Furious Coffee".length]] }));
    expect(out.score).toBe(0);
    expect(out.findings).toEqual([]);
  });

  it("never places a finding over an allowed phrase (the engine would drop it, and the first one carries the wait)", () => {
    const text = "You idiots at Furious Coffee lost my order!!! 😡";
    const start = text.indexOf("Furious");
    const allowed: Array<[number, number]> = [[start, start + "Furious Coffee".length]];
    const out = rule.check(makeContext(text, { lang: "en", allowed }));
    expect(out.findings.length).toBeGreaterThan(1);
    for (const f of out.findings) expect(f.start! < allowed[0]![1] && allowed[0]![0] < f.end!).toBe(false);
  });

  it("honours the threshold option, and falls back on the default for nonsense", () => {
    const text = "I'm so annoyed with my broker today";
    expect(rule.check(makeContext(text, { lang: "en" })).findings.length).toBeGreaterThan(0);
    expect(rule.check(makeContext(text, { lang: "en", options: { threshold: 0.9 } })).findings).toEqual([]);
    expect(rule.check(makeContext(text, { lang: "en", options: { threshold: "high" } })).findings.length).toBeGreaterThan(0);
  });

  it("mentions the configured wait in its suggestion", () => {
    const out = rule.check(makeContext("Bande d'escrocs !!!", { lang: "fr", locale: "fr", options: { minutes: 15 } }));
    expect(out.findings[0]!.suggestion).toMatch(/15 min/);
  });
});

// Our own labelled examples (test/fixtures/cool-down, written by the team): the floors below are
// well under what `npm run eval` measures, so that they catch a regression, not a rounding.
describe("cool-down on our own labelled examples", () => {
  const dir = join(dirname(fileURLToPath(import.meta.url)), "../../fixtures/cool-down");
  for (const lang of ["en", "fr"] as Lang[]) {
    const rows = readFileSync(join(dir, `${lang}.jsonl`), "utf8")
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { text: string; label: number; note: string });
    const fired = (text: string): boolean => rule.check(makeContext(text, { lang })).findings.length > 0;

    it(`[${lang}] has at least 60 heated and 60 calm examples`, () => {
      expect(rows.filter((r) => r.label === 1).length).toBeGreaterThanOrEqual(60);
      expect(rows.filter((r) => r.label === 0).length).toBeGreaterThanOrEqual(60);
    });
    it(`[${lang}] never flags calm finance news, calm quotes of anger or calm prose`, () => {
      expect(rows.filter((r) => r.label === 0 && fired(r.text)).map((r) => r.text)).toEqual([]);
    });
    it(`[${lang}] catches at least 80 % of the heated examples`, () => {
      const heated = rows.filter((r) => r.label === 1);
      expect(heated.filter((r) => fired(r.text)).length / heated.length).toBeGreaterThanOrEqual(0.8);
    });
  }
});
