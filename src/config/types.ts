// Configuration as the user writes it (UserConfig) and as the engine uses it (ResolvedConfig).
import type { Lang, LangSetting, RuleId, Severity } from "../types.js";

export type RuleOptions = Record<string, unknown>;
/** `"warning"`, `["error"]` or `["error", { minutes: 7 }]`, as ESLint. */
export type RuleSetting = Severity | [Severity] | [Severity, RuleOptions];
export type Limit = 140 | 280;

export interface OverrideConfig {
  files: string[];
  lang?: LangSetting;
  limit?: Limit;
  topics?: string[];
  audience?: string[];
  allow?: string[];
  rules?: Record<string, RuleSetting>;
}

export interface UserConfig {
  extends?: string[];
  lang?: LangSetting;
  limit?: Limit;
  locale?: Lang;
  topics?: string[];
  audience?: string[];
  /** Local RSS/Atom files (or URLs) whose recent headlines count as current topics. */
  news?: string[];
  files?: string[];
  allow?: string[];
  /** Folders laid out like `rules/` whose data extends the built-in packs. */
  packs?: string[];
  rules?: Record<string, RuleSetting>;
  overrides?: OverrideConfig[];
}

/** Topic and audience words a sector preset brings, per language. */
export interface PresetData {
  name: string;
  description?: string;
  topics: Partial<Record<Lang, string[]>>;
  /**
   * The long tail of the sector's vocabulary (`dead cat bounce`, `droit préférentiel de
   * souscription`): topics as `topics` are, read by `topical` only for a draft the `topics` leave
   * off topic (they can only add to its score), so a run files them only when one needs them.
   */
  moreTopics?: Partial<Record<Lang, string[]>>;
  audience: Partial<Record<Lang, string[]>>;
}

/** A headline from the configured news feeds (recent ones count as current topics). */
export interface Headline {
  title: string;
  /** ISO date, when the feed gives one. */
  date: string | null;
  source: string;
}

export interface ResolvedRule {
  severity: Severity;
  options: RuleOptions;
}

/** Everything a rule may read about the run's configuration for one draft. */
export interface ResolvedConfig {
  lang: LangSetting;
  limit: Limit;
  locale: Lang;
  topics: string[];
  audience: string[];
  news: string[];
  files: string[];
  allow: string[];
  packs: string[];
  presets: PresetData[];
  /** Filled by the runner from `news` before drafts are checked (empty when no feed). */
  headlines: Headline[];
  rules: Record<RuleId, ResolvedRule>;
  overrides: OverrideConfig[];
  /** Folder the config file lives in (relative paths in it resolve from there); cwd otherwise. */
  baseDir: string;
  /** The config file used, if any. */
  filepath: string | null;
}
