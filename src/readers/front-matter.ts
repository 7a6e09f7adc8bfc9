// YAML front matter at the top of a file (Markdown drafts, .tweet files).
import type { parse as Parse } from "yaml";
import type { DraftOptions, Lang } from "../types.js";

export interface FrontMatter {
  data: Record<string, unknown>;
  /** Offset in the text where the body starts. */
  bodyStart: number;
}

export class FrontMatterError extends Error {}

// The YAML parser is loaded only by runs that read files with front matter (see loadYaml).
let parse: typeof Parse | undefined;
export async function loadYaml(): Promise<void> {
  const yaml = await import("yaml");
  // The CLI bundle turns this CommonJS package into a default export only.
  parse ??= yaml.parse ?? (yaml as unknown as { default: typeof yaml }).default.parse;
}

/** `---\n…\n---` at the very top, parsed as YAML; null when the file has none. */
export function readFrontMatter(text: string, pattern = /^---\n([\s\S]*?)\n---[ \t]*(?:\n|$)/): FrontMatter | null {
  const m = pattern.exec(text);
  if (!m) return null;
  if (!parse) throw new Error("front matter: call loadYaml() first");
  let data: unknown;
  try {
    data = parse(m[1] ?? "");
  } catch (error) {
    throw new FrontMatterError(`invalid front matter (${(error as Error).message.split("\n")[0]})`);
  }
  return { data: data && typeof data === "object" && !Array.isArray(data) ? (data as Record<string, unknown>) : {}, bodyStart: m[0].length };
}

/** The `twcheck: { lang, disable }` key of front matter. */
export function draftOptions(data: Record<string, unknown>): DraftOptions {
  const own = data.twcheck;
  if (!own || typeof own !== "object") return {};
  const { lang, disable } = own as { lang?: unknown; disable?: unknown };
  const options: DraftOptions = {};
  if (lang === "fr" || lang === "en") options.lang = lang as Lang;
  else if (lang !== undefined && lang !== "auto") throw new FrontMatterError(`front matter twcheck.lang must be "fr", "en" or "auto", not ${JSON.stringify(lang)}`);
  if (typeof disable === "string") options.disable = [disable];
  else if (Array.isArray(disable) && disable.every((d) => typeof d === "string")) options.disable = disable;
  else if (disable !== undefined) throw new FrontMatterError("front matter twcheck.disable must be a rule id or a list of rule ids");
  return options;
}
