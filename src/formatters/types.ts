import type { ChalkInstance } from "chalk";
import type { DraftResult, Lang, Problem, Summary } from "../types.js";

export interface FormatterOptions {
  /** Colours (a chalk instance at level 0 for plain text). */
  color: ChalkInstance;
  locale: Lang;
  /** Set when stdout is not the destination or colour is off: plain text only. */
  plain: boolean;
}

/**
 * A formatter writes a report as results arrive: `begin`, one `draft` per result, `end`.
 * Each returns the text to write (possibly empty).
 */
export interface Formatter {
  begin(): string;
  draft(result: DraftResult): string;
  end(summary: Summary, problems: readonly Problem[]): string;
}

export type FormatterFactory = (options: FormatterOptions) => Formatter;
