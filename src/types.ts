// The types every boundary of twcheck speaks: drafts in, findings and reports out.
// The report types are the JSON output contract (docs in ../shared/spec, README "JSON output").

export type Lang = "fr" | "en";
export type LangSetting = Lang | "auto";
export type Severity = "off" | "warning" | "error";
export type ReportedSeverity = Exclude<Severity, "off">;

export const RULE_IDS = ["max-length", "topical", "informed", "relevant", "not-empty", "cool-down"] as const;
export type RuleId = (typeof RULE_IDS)[number];

/** Per-draft options a file's front matter may carry (`twcheck: { lang, disable }`). */
export interface DraftOptions {
  lang?: Lang;
  disable?: string[];
}

/** One tweet to check, wherever it came from. */
export interface Draft {
  /** The input as the user named it (`<stdin>` or `--stdin-filename` for stdin). */
  source: string;
  /** A batch line's `id`, else null. */
  id: string | null;
  /** 0-based position of the draft in its source. */
  index: number;
  /** 1-based line of the source where the draft's text starts. */
  line: number;
  /** 1-based column of the source where the draft's text starts (1 unless inside a CSV/JSON cell). */
  column: number;
  /** The text as checked (no BOM, LF line ends, no final newline). */
  text: string;
  /** Options from front matter, if any. */
  options: DraftOptions;
  /** Set for batch cells, whose positions cannot be mapped back to file columns exactly. */
  positionsApproximate?: boolean;
  /** Number of tweets in the thread this draft belongs to, when known (not for streamed batches). */
  total?: number;
}

/** A finding before it is placed: offsets are UTF-16 indices into `draft.text`. */
export interface RawFinding {
  message: string;
  suggestion?: string;
  /** Start offset in draft.text (UTF-16 index), default 0. */
  start?: number;
  /** End offset (exclusive), default start. */
  end?: number;
  /** A rule may lower its own severity for one finding (the cool-down after its wait). */
  severity?: ReportedSeverity;
}

export interface Finding {
  rule: RuleId | string;
  severity: ReportedSeverity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  suggestion?: string;
}

export interface LengthInfo {
  weighted: number;
  limit: number;
  remaining: number;
  valid: boolean;
}

export interface CooldownInfo {
  since: string;
  until: string;
  elapsed: boolean;
}

export type Scores = Partial<Record<"topical" | "informed" | "relevant" | "not-empty" | "anger", number>>;

export interface DraftResult {
  source: string;
  id: string | null;
  index: number;
  line: number;
  text: string;
  lang: Lang;
  length: LengthInfo;
  scores: Scores;
  findings: Finding[];
  cooldown: CooldownInfo | null;
  ready: boolean;
  /** Thread size when known; for display only, not part of the JSON output. */
  total?: number;
}

export interface Problem {
  source: string;
  message: string;
  line?: number;
}

export interface Summary {
  drafts: number;
  ready: number;
  errors: number;
  warnings: number;
}

export interface Report {
  twcheck: string;
  drafts: DraftResult[];
  summary: Summary;
  problems: Problem[];
}
