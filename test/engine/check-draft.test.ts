// One draft through the rules: severities, findings placed, `ready`, allow, front-matter disable.
import { defaultConfig } from "../../src/config/defaults.js";
import type { ResolvedConfig } from "../../src/config/types.js";
import { checkDraft, type DraftCheckSetup } from "../../src/engine/check-draft.js";
import { createRunEnv } from "../../src/engine/run-env.js";
import { createPackLoader } from "../../src/packs/load.js";
import { rule as maxLength } from "../../src/rules/max-length/index.js";
import type { Rule } from "../../src/rules/types.js";
import type { Draft, RuleId, Severity } from "../../src/types.js";

/** A stand-in rule: flags every "WORD" (a whole-draft finding when asked), scores 0.5. */
function wordRule(id: RuleId, word: string, opts: { wholeDraft?: boolean; severity?: "warning" } = {}): Rule {
  return {
    id,
    defaultSeverity: "warning",
    describe: { en: "test", fr: "test" },
    check({ text }) {
      const findings = [];
      for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + 1)) {
        findings.push({ message: `found ${word}`, suggestion: "remove it", start: i, end: i + word.length, ...(opts.severity ? { severity: opts.severity } : {}) });
      }
      if (opts.wholeDraft) findings.push({ message: "about the whole draft" });
      return { score: 0.5, findings };
    },
  };
}

function setupWith(...rules: Rule[]): DraftCheckSetup {
  return {
    rules: new Map(rules.map((r) => [r.id, r])),
    packs: createPackLoader([], "/tmp"),
    run: createRunEnv({ now: new Date("2026-11-26T09:30:00Z"), cwd: "/tmp", env: {}, warn: () => {} }).env,
  };
}

function config(rules: Partial<Record<RuleId, Severity>> = {}, extra: Partial<ResolvedConfig> = {}): ResolvedConfig {
  const c = defaultConfig("/tmp", { LANG: "C" });
  for (const [id, severity] of Object.entries(rules)) c.rules[id as RuleId] = { severity: severity!, options: {} };
  return { ...c, lang: "en", ...extra };
}

const draft = (text: string, more: Partial<Draft> = {}): Draft => ({ source: "d.txt", id: null, index: 0, line: 1, column: 1, text, options: {}, ...more });

describe("checkDraft", () => {
  test("the result carries the draft's identity, the length and no findings when all is well", async () => {
    const r = await checkDraft(draft("Short and fine", { source: "x.txt", index: 2, line: 9, id: "i" }), config(), setupWith(maxLength));
    expect(r).toEqual({
      source: "x.txt",
      id: "i",
      index: 2,
      line: 9,
      text: "Short and fine",
      lang: "en",
      length: { weighted: 14, limit: 140, remaining: 126, valid: true },
      scores: {},
      findings: [],
      cooldown: null,
      ready: true,
    });
  });

  test("max-length: the finding spans the part past the limit, on the right line and column", async () => {
    const text = "😀 intro\n" + "x".repeat(140); // 8 + 140: x number 133 is the first past the limit
    const r = await checkDraft(draft(text, { line: 3 }), config(), setupWith(maxLength));
    expect(r.length).toEqual({ weighted: 148, limit: 140, remaining: -8, valid: false });
    expect(r.findings).toEqual([
      expect.objectContaining({ rule: "max-length", severity: "error", line: 4, column: 133, endLine: 4, endColumn: 141, message: expect.any(String), suggestion: expect.any(String) }),
    ]);
    expect(r.ready).toBe(false);
  });

  test("empty and whitespace-only drafts are errors", async () => {
    for (const text of ["", "  \n\t "]) {
      const r = await checkDraft(draft(text), config(), setupWith(maxLength));
      expect(r.findings).toEqual([expect.objectContaining({ rule: "max-length", severity: "error", line: 1, column: 1 })]);
      expect(r.ready).toBe(false);
    }
  });

  test("severities: error makes the draft not ready, warning does not, off runs nothing", async () => {
    const setup = setupWith(wordRule("informed", "rumour"));
    const text = "a rumour";
    const asError = await checkDraft(draft(text), config({ informed: "error" }), setup);
    expect(asError.findings).toEqual([
      { rule: "informed", severity: "error", message: "found rumour", suggestion: "remove it", line: 1, column: 3, endLine: 1, endColumn: 9 },
    ]);
    expect(asError.ready).toBe(false);
    expect(asError.scores).toEqual({ informed: 0.5 });

    const asWarning = await checkDraft(draft(text), config({ informed: "warning" }), setup);
    expect(asWarning.findings.map((f) => f.severity)).toEqual(["warning"]);
    expect(asWarning.ready).toBe(true);

    const off = await checkDraft(draft(text), config({ informed: "off" }), setup);
    expect(off.findings).toEqual([]);
    expect(off.scores).toEqual({});
    expect(off.ready).toBe(true);
  });

  test("a rule may lower one finding to a warning under error, never raise it under warning", async () => {
    const lowered = await checkDraft(draft("calm"), config({ "cool-down": "error" }), setupWith(wordRule("cool-down", "calm", { severity: "warning" })));
    expect(lowered.findings.map((f) => f.severity)).toEqual(["warning"]);
    expect(lowered.ready).toBe(true);
  });

  test("findings are sorted by position across rules", async () => {
    const r = await checkDraft(draft("b a\nb a"), config({ informed: "warning", relevant: "error" }), setupWith(wordRule("informed", "a"), wordRule("relevant", "b")));
    expect(r.findings.map((f) => [f.rule, f.line, f.column])).toEqual([
      ["relevant", 1, 1],
      ["informed", 1, 3],
      ["relevant", 2, 1],
      ["informed", 2, 3],
    ]);
  });

  test("allow: a finding on an allowed phrase is dropped; a whole-draft finding is kept", async () => {
    const setup = setupWith(wordRule("relevant", "Furious", { wholeDraft: true }));
    const text = "Our Furious Fund beats the market. Furious indeed.";
    const plain = await checkDraft(draft(text), config({ relevant: "error" }), setup);
    expect(plain.findings.map((f) => f.column)).toEqual([1, 5, 36]);
    const allowed = await checkDraft(draft(text), config({ relevant: "error" }, { allow: ["Furious Fund"] }), setup);
    // The whole-draft finding (column 1) and the "Furious" outside the phrase stay.
    expect(allowed.findings.map((f) => [f.column, f.message])).toEqual([
      [1, "about the whole draft"],
      [36, "found Furious"],
    ]);
  });

  test("front matter disable: turns the named rules off for that draft only", async () => {
    const setup = setupWith(wordRule("informed", "x"), wordRule("relevant", "x"));
    const cfg = config({ informed: "error", relevant: "error" });
    const r = await checkDraft(draft("x", { options: { disable: ["informed"] } }), cfg, setup);
    expect(r.findings.map((f) => f.rule)).toEqual(["relevant"]);
    expect(r.scores).toEqual({ relevant: 0.5 });
    const other = await checkDraft(draft("x"), cfg, setup);
    expect(other.findings.map((f) => f.rule)).toEqual(["informed", "relevant"]);
  });

  test("front matter lang wins over the configured and detected language", async () => {
    const r = await checkDraft(draft("The Bank raised its rates today.", { options: { lang: "fr" } }), config({}, { lang: "en" }), setupWith());
    expect(r.lang).toBe("fr");
    const forced = await checkDraft(draft("La banque a relevé ses taux aujourd'hui."), config({}, { lang: "en" }), setupWith());
    expect(forced.lang).toBe("en");
  });

  test("limit 280 uses the weighted configuration", async () => {
    const r = await checkDraft(draft("字".repeat(141)), config({}, { limit: 280 }), setupWith(maxLength));
    expect(r.length).toEqual({ weighted: 282, limit: 280, remaining: -2, valid: false });
    expect(r.findings[0]).toMatchObject({ rule: "max-length", column: 141, endColumn: 142 });
  });

  test("batch drafts placed in a cell: the first line shifts by the draft's column", async () => {
    const r = await checkDraft(draft("rumour", { column: 10 }), config({ informed: "error" }), setupWith(wordRule("informed", "rumour")));
    expect(r.findings[0]).toMatchObject({ line: 1, column: 10, endColumn: 16 });
  });
});

describe("checkDraft on a blank draft", () => {
  test.each([[""], ["  \n\t"]])("%j: only max-length speaks (the other rules would restate it)", async (text) => {
    const r = await checkDraft(draft(text), config({ topical: "warning" }), setupWith(maxLength, wordRule("topical", "x", { wholeDraft: true })));
    expect(r.findings.map((f) => [f.rule, f.severity])).toEqual([["max-length", "error"]]);
    expect(r.ready).toBe(false);
  });
});
