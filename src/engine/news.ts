// Headlines of the configured news feeds become current topics (loaded once per config file).
import type { ResolvedConfig } from "../config/types.js";
import type { Problem } from "../types.js";

export async function loadNews(config: ResolvedConfig, _now: Date, _warn: (p: Problem) => void): Promise<void> {
  if (config.news.length === 0) return;
  // TEMP: wired to src/news/load.ts when it lands.
}
