// The rule's options: `threshold` (anger score at which a draft is heated) and `minutes` (the wait).
import type { RuleOptions } from "../../config/types.js";

export const DEFAULT_MINUTES = 7;

export interface CoolDownOptions {
  threshold: number;
  minutes: number;
}

/** Options as configured, falling back to the defaults for anything missing or out of range. */
export function readOptions(options: RuleOptions, defaultThreshold: number): CoolDownOptions {
  const t = options.threshold;
  const m = options.minutes;
  return {
    threshold: typeof t === "number" && t > 0 && t <= 1 ? t : defaultThreshold,
    minutes: typeof m === "number" && Number.isFinite(m) && m >= 0 ? m : DEFAULT_MINUTES,
  };
}
