// Loads the configured news feeds (local files, or http(s) URLs with a short timeout) and keeps
// the recent headlines, newest first. A feed that cannot be read or parsed is a problem to
// report, never a crash: the other feeds still count.
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { Headline } from "../config/types.js";
import { FeedError, parseFeed } from "./feed.js";

export interface NewsProblem {
  source: string;
  message: string;
}

export interface LoadedNews {
  headlines: Headline[];
  problems: NewsProblem[];
}

const TIMEOUT_MS = 4000;
const MAX_BYTES = 5 * 1024 * 1024;

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS), headers: { accept: "application/rss+xml, application/atom+xml, application/xml, text/xml" } });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const text = await response.text();
  if (text.length > MAX_BYTES) throw new Error("feed too large");
  return text;
}

function describe(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (e?.code === "ENOENT") return "cannot read: no such file";
  if (e?.code === "EISDIR") return "cannot read: is a directory";
  if (e?.name === "TimeoutError") return `no answer within ${TIMEOUT_MS / 1000} s`;
  return e?.message ? `cannot read: ${e.message}` : "cannot read";
}

/** Recent enough: dated within `maxAgeDays` before `now` (a day of clock skew tolerated); undated headlines are kept. */
function isRecent(h: Headline, now: Date, maxAgeDays: number): boolean {
  if (!h.date) return true;
  const age = now.getTime() - Date.parse(h.date);
  return age <= maxAgeDays * 86_400_000 && age >= -86_400_000;
}

export async function loadHeadlines(sources: string[], baseDir: string, now: Date, maxAgeDays = 7): Promise<LoadedNews> {
  const problems: NewsProblem[] = [];
  const lists = await Promise.all(
    sources.map(async (source): Promise<Headline[]> => {
      try {
        const remote = /^https?:\/\//i.test(source);
        const xml = remote ? await fetchText(source) : await readFile(resolve(baseDir, source), "utf8");
        return parseFeed(xml, source).filter((h) => isRecent(h, now, maxAgeDays));
      } catch (error) {
        problems.push({ source, message: error instanceof FeedError ? `not a readable feed: ${error.message}` : describe(error) });
        return [];
      }
    }),
  );
  const headlines = lists.flat().sort((a, b) => (b.date ?? "").localeCompare(a.date ?? ""));
  return { headlines, problems };
}
