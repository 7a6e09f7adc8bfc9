// The rules a configuration turns on (in it or in any of its overrides), loaded once.
import type { ResolvedConfig } from "../config/types.js";
import { loadRule } from "../rules/index.js";
import type { Rule } from "../rules/types.js";
import { RULE_IDS, type RuleId } from "../types.js";

export async function loadEnabledRules(config: ResolvedConfig): Promise<Map<RuleId, Rule>> {
  const on = new Set<RuleId>();
  for (const id of RULE_IDS) if (config.rules[id].severity !== "off") on.add(id);
  for (const o of config.overrides) for (const [id, s] of Object.entries(o.rules ?? {})) if ((typeof s === "string" ? s : s[0]) !== "off") on.add(id as RuleId);
  const rules = new Map<RuleId, Rule>();
  for (const id of RULE_IDS) {
    if (!on.has(id)) continue;
    const rule = await loadRule(id);
    if (rule) rules.set(id, rule);
  }
  return rules;
}
