// The rule registry, loaded when a run checks its first draft (start-up stays fast for other commands).
import type { RuleId } from "../types.js";
import type { Rule } from "./types.js";

export async function loadRule(id: RuleId): Promise<Rule | undefined> {
  return (await import("./all.js")).RULES[id];
}
