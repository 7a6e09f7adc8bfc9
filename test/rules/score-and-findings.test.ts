// Every quality rule reports a finding whenever its score is under its threshold: a user who sees a
// low score must be told why. Checked on every labelled draft of the quality fixtures and their
// blind sets (French and English), with the finance preset on.
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Rule } from "../../src/rules/types.js";
import { rule as informed } from "../../src/rules/informed/index.js";
import { rule as notEmpty } from "../../src/rules/not-empty/index.js";
import { rule as relevant } from "../../src/rules/relevant/index.js";
import { rule as topical } from "../../src/rules/topical/index.js";
import type { Lang } from "../../src/types.js";
import { defaultConfig } from "../../src/config/defaults.js";
import type { ResolvedConfig } from "../../src/config/types.js";
import { measure } from "../../src/length.js";
import { createPackLoader } from "../../src/packs/load.js";
import type { RuleContext } from "../../src/rules/types.js";
import { makeDraft } from "../helpers/context.js";
import { labelledDrafts, preset } from "../fixtures/quality/load.js";

const blindDir = join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures", "quality", "blind");
const blind = readdirSync(blindDir)
  .filter((f) => f.endsWith(".jsonl"))
  .flatMap((f) => readFileSync(join(blindDir, f), "utf8").trim().split("\n").map((l) => JSON.parse(l) as { text: string; lang: Lang }));
const drafts = [...labelledDrafts(), ...blind];
// One configuration and one pack loader for every draft, as a run has: the rules compile their lists once.
const config: ResolvedConfig = { ...defaultConfig("/tmp", {}), presets: [preset("finance")] };
const packs = createPackLoader(config.packs, config.baseDir);
const contextOf = (text: string, lang: Lang): RuleContext => ({ draft: makeDraft(text), text, lang, locale: lang, config, options: {}, allowed: [], packs, length: measure(text, config.limit) });

describe("quality rules: a score under the threshold comes with a finding", () => {
  it.each([["topical", topical], ["informed", informed], ["relevant", relevant], ["not-empty", notEmpty]] as [string, Rule][])("%s", (_id, rule) => {
    const silent = drafts.filter((d) => {
      const out = rule.check(contextOf(d.text, d.lang));
      return out.score !== undefined && out.score < 0.5 && out.findings.length === 0;
    });
    expect(drafts.length).toBeGreaterThan(20000);
    expect(silent.map((d) => d.text)).toEqual([]);
  });
});
