// The rule registry. Each rule is loaded only when a run has it on (start-up stays fast).
import type { RuleId } from "../types.js";
import type { Rule } from "./types.js";

export const RULE_LOADERS: Record<RuleId, (() => Promise<Rule>) | undefined> = {
  "max-length": () => import("./max-length/index.js").then((m) => m.rule),
  topical: undefined,
  informed: undefined,
  relevant: undefined,
  "not-empty": undefined,
  "cool-down": undefined,
};

export async function loadRule(id: RuleId): Promise<Rule | undefined> {
  return RULE_LOADERS[id]?.();
}
