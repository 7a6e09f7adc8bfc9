// The rule registry. Each rule is loaded only when a run has it on (start-up stays fast).
import type { RuleId } from "../types.js";
import type { Rule } from "./types.js";

export const RULE_LOADERS: Record<RuleId, (() => Promise<Rule>) | undefined> = {
  "max-length": () => import("./max-length/index.js").then((m) => m.rule),
  topical: () => import("./topical/index.js").then((m) => m.rule),
  informed: () => import("./informed/index.js").then((m) => m.rule),
  relevant: () => import("./relevant/index.js").then((m) => m.rule),
  "not-empty": () => import("./not-empty/index.js").then((m) => m.rule),
  "cool-down": () => import("./cool-down/index.js").then((m) => m.rule),
};

export async function loadRule(id: RuleId): Promise<Rule | undefined> {
  return RULE_LOADERS[id]?.();
}
