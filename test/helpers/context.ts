// Builds a RuleContext for unit tests of one rule, with the real pack loader and length.
import { defaultConfig } from "../../src/config/defaults.js";
import type { ResolvedConfig } from "../../src/config/types.js";
import { measure } from "../../src/length.js";
import { createPackLoader } from "../../src/packs/load.js";
import type { RuleContext } from "../../src/rules/types.js";
import type { Draft, Lang } from "../../src/types.js";

export interface ContextOptions {
  lang?: Lang;
  locale?: Lang;
  options?: Record<string, unknown>;
  config?: Partial<ResolvedConfig>;
  allowed?: Array<[number, number]>;
}

export function makeDraft(text: string, source = "test.txt"): Draft {
  return { source, id: null, index: 0, line: 1, column: 1, text, options: {} };
}

export function makeContext(text: string, opts: ContextOptions = {}): RuleContext {
  const config: ResolvedConfig = { ...defaultConfig("/tmp", {}), ...opts.config };
  return {
    draft: makeDraft(text),
    text,
    lang: opts.lang ?? "en",
    locale: opts.locale ?? opts.lang ?? "en",
    config,
    options: opts.options ?? {},
    allowed: opts.allowed ?? [],
    packs: createPackLoader(config.packs, config.baseDir),
    length: measure(text, config.limit),
  };
}
