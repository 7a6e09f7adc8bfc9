// The pipeline shared by the CLI and the library: inputs → readers → drafts → rules → results.
// Results are yielded one by one so that formatters can stream and memory stays flat.
import { configForSource, type ConfigOverrides } from "../config/resolve.js";
import type { ResolvedConfig } from "../config/types.js";
import type { InputSource } from "../inputs/types.js";
import { createPackLoader, type PackLoader } from "../packs/load.js";
import { readInput } from "../readers/index.js";
import { loadRule } from "../rules/index.js";
import type { Rule } from "../rules/types.js";
import { RULE_IDS, type DraftResult, type Problem, type RuleId } from "../types.js";
import { checkDraft } from "./check-draft.js";
import { createRunEnv } from "./run-env.js";

export interface RunOptions {
  /** The configuration of each input (see config/resolver.ts), or one for all. */
  config: ResolvedConfig | ((input: InputSource) => Promise<ResolvedConfig>);
  /** Command-line settings, which win over `overrides` in the file. */
  cli?: ConfigOverrides;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  now: Date;
  /** Called for each input or line that cannot be read. */
  onProblem(problem: Problem): void;
  /** Called for a non-fatal warning of the run (a corrupt state file rebuilt). */
  onWarning?(problem: Problem): void;
}

/** Rules that are on in the configuration or in any of its overrides, loaded once. */
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

interface ConfigSetup {
  rules: Map<RuleId, Rule>;
  packs: PackLoader;
}

export async function* checkInputs(inputs: Iterable<InputSource> | AsyncIterable<InputSource>, opts: RunOptions): AsyncGenerator<DraftResult> {
  const configOf = typeof opts.config === "function" ? opts.config : async () => opts.config as ResolvedConfig;
  const setups = new Map<ResolvedConfig, ConfigSetup>();
  const setupOf = async (config: ResolvedConfig): Promise<ConfigSetup> => {
    let setup = setups.get(config);
    if (!setup) setups.set(config, (setup = { rules: await loadEnabledRules(config), packs: createPackLoader(config.packs, config.baseDir) }));
    return setup;
  };
  const run = createRunEnv({ now: opts.now, cwd: opts.cwd ?? process.cwd(), env: opts.env ?? process.env, warn: opts.onWarning ?? (() => {}) });
  try {
    for await (const input of inputs) {
      const config = await configOf(input);
      const { rules, packs } = await setupOf(config);
      const sourceConfig = configForSource(config, input.path ?? input.source, opts.cli);
      for await (const item of readInput(input)) {
        if ("problem" in item) opts.onProblem(item.problem);
        else yield await checkDraft(item.draft, sourceConfig, { rules, packs, run: run.env });
      }
    }
  } finally {
    await run.finish();
  }
}
