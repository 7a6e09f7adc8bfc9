// The contract between the engine and a rule. A rule's check is a pure function of the draft,
// the configuration and its pack data; side effects (the cool-down's clock) go in `settle`.
import type { ResolvedConfig, RuleOptions } from "../config/types.js";
import type { PackLoader } from "../packs/load.js";
import type { CooldownInfo, Draft, Lang, LengthInfo, Problem, RawFinding, RuleId, Scores, Severity } from "../types.js";

export interface RuleContext {
  draft: Draft;
  /** draft.text, for short. */
  text: string;
  /** Language of the draft (forced by config/front matter, else detected). */
  lang: Lang;
  /** Language of messages. */
  locale: Lang;
  config: ResolvedConfig;
  /** This rule's options from the config (`["error", { ... }]`). */
  options: RuleOptions;
  /** UTF-16 ranges of `allow` phrases in the text: no rule may flag them (the engine drops such findings). */
  allowed: ReadonlyArray<readonly [number, number]>;
  packs: PackLoader;
  length: LengthInfo;
}

export interface RuleOutcome {
  /** How well the draft meets the rule, in [0, 1]; for the cool-down, the anger score. Omit when nothing was judged. */
  score?: number;
  findings: RawFinding[];
}

/** What the run offers to `settle` steps: the clock, state locations, and a place for warnings. */
export interface RunEnv {
  now: Date;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Per-run singletons (a state store loaded once per run). */
  session<T>(key: string, create: () => T): T;
  /** Work to do once all drafts are checked (flush state). */
  atEnd(task: () => Promise<void> | void): void;
  /** A non-fatal problem to report (a corrupt state file rebuilt). */
  warn(problem: Problem): void;
}

export interface SettledOutcome extends RuleOutcome {
  cooldown?: CooldownInfo | null;
}

export interface Rule {
  id: RuleId;
  defaultSeverity: Severity;
  /** Key in `scores` (the cool-down reports `anger`). */
  scoreKey?: keyof Scores;
  /** One line on what the rule checks, for `twcheck rules`. */
  describe: Record<Lang, string>;
  check(ctx: RuleContext): RuleOutcome;
  settle?(outcome: RuleOutcome, ctx: RuleContext, run: RunEnv): SettledOutcome | Promise<SettledOutcome>;
}
