// Every rule, in one module: most runs have every rule on (the default), and one chunk loads
// faster than six. A run with only some rules on loads a few kilobytes more.
import type { RuleId } from "../types.js";
import { rule as coolDown } from "./cool-down/index.js";
import { rule as informed } from "./informed/index.js";
import { rule as maxLength } from "./max-length/index.js";
import { rule as notEmpty } from "./not-empty/index.js";
import { rule as relevant } from "./relevant/index.js";
import { rule as topical } from "./topical/index.js";
import type { Rule } from "./types.js";

export const RULES: Record<RuleId, Rule> = {
  "max-length": maxLength,
  topical,
  informed,
  relevant,
  "not-empty": notEmpty,
  "cool-down": coolDown,
};
