// Headlines of the configured news feeds become current topics (loaded once per config file,
// and only by runs whose configuration names feeds).
import type { ResolvedConfig } from "../config/types.js";
import type { Problem } from "../types.js";

export async function loadNews(config: ResolvedConfig, now: Date, warn: (p: Problem) => void): Promise<void> {
  if (config.news.length === 0) return;
  const { loadHeadlines } = await import("../news/load.js");
  const { headlines, problems } = await loadHeadlines(config.news, config.baseDir, now);
  config.headlines = headlines;
  for (const p of problems) warn(p);
}
