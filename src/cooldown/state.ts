// The cool-down state: for each heated draft (by fingerprint), when it was first seen heated and
// until when it must wait. Loaded once per run; changes are merged into the file at the end of
// the run under a lock (re-read, merge, write to a temporary file, rename), so two twcheck
// processes running at once lose no entry and never leave a half-written file.
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from "node:fs";
import { dirname } from "node:path";
import { withLock, type LockOptions } from "./lock.js";
import { collapseSpaces } from "./spaces.js";

export interface CooldownEntry {
  /** ISO time the draft was first seen heated. */
  since: string;
  /** ISO time after which it may go (since + minutes, as configured then). */
  until: string;
  /** The beginning of the draft, for `twcheck cooldown list`. */
  excerpt: string;
  /** Where the draft was read from. */
  source: string;
  score: number;
}

export interface CooldownFile {
  version: 1;
  drafts: Record<string, CooldownEntry>;
}

/** Entries older than this are forgotten (a draft heated a month ago starts afresh). */
export const KEEP_DAYS = 30;
const EXCERPT = 80;

export type ReadResult = { ok: true; drafts: Map<string, CooldownEntry> } | { ok: false; drafts: Map<string, CooldownEntry>; reason: string };

/** Reads the state file; a missing file is empty, a corrupt one is reported (and read as empty). */
export function readState(file: string): ReadResult {
  let raw: string;
  try {
    raw = readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return { ok: true, drafts: new Map() };
    return { ok: false, drafts: new Map(), reason: `cannot read (${code ?? (error as Error).message})` };
  }
  if (raw.trim() === "") return { ok: true, drafts: new Map() };
  try {
    return { ok: true, drafts: parseState(JSON.parse(raw)) };
  } catch (error) {
    return { ok: false, drafts: new Map(), reason: (error as Error).message };
  }
}

function parseState(data: unknown): Map<string, CooldownEntry> {
  if (typeof data !== "object" || data === null || (data as CooldownFile).version !== 1) throw new Error("not a twcheck cool-down file (version 1)");
  const drafts = (data as CooldownFile).drafts;
  if (typeof drafts !== "object" || drafts === null) throw new Error("no `drafts` object");
  const out = new Map<string, CooldownEntry>();
  for (const [fp, e] of Object.entries(drafts)) {
    if (!isEntry(e)) throw new Error(`bad entry ${fp.slice(0, 12)}`);
    out.set(fp, e);
  }
  return out;
}

function isEntry(e: unknown): e is CooldownEntry {
  if (typeof e !== "object" || e === null) return false;
  const x = e as Record<string, unknown>;
  return typeof x.since === "string" && !Number.isNaN(Date.parse(x.since)) && typeof x.until === "string" && !Number.isNaN(Date.parse(x.until));
}

/** Writes the whole file atomically: a reader sees the old file or the new one, never a mix. */
export function writeStateAtomic(file: string, drafts: ReadonlyMap<string, CooldownEntry>): void {
  mkdirSync(dirname(file), { recursive: true });
  const data: CooldownFile = { version: 1, drafts: Object.fromEntries(bySince([...drafts])) };
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    const fd = openSync(tmp, "w");
    try {
      writeSync(fd, `${JSON.stringify(data, null, 2)}\n`);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
  } catch (error) {
    try {
      unlinkSync(tmp);
    } catch {
      // never created
    }
    throw error;
  }
}

// The file lists entries from the first seen: `since` in the locale's order. Times written by
// twcheck (toISOString) compare the same code unit by code unit, without starting ICU's collator
// (about 7 ms, at the end of every run that met a heated draft); other spellings keep localeCompare.
const ISO_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;
const compareSince = (a: string, b: string): number =>
  ISO_TIME.test(a) && ISO_TIME.test(b) ? (a < b ? -1 : a > b ? 1 : 0) : a.localeCompare(b);

/** Entries in the order of their `since` (a stable sort; most runs find them in order already). */
function bySince(entries: Array<[string, CooldownEntry]>): Array<[string, CooldownEntry]> {
  for (let i = 1; i < entries.length; i++) {
    if (compareSince(entries[i - 1]![1].since, entries[i]![1].since) > 0) return entries.sort(([, a], [, b]) => compareSince(a.since, b.since));
  }
  return entries;
}

export function makeEntry(text: string, source: string, score: number, since: Date, minutes: number): CooldownEntry {
  const flat = collapseSpaces(text);
  const excerpt = flat.length > EXCERPT ? `${flat.slice(0, EXCERPT - 1)}…` : flat;
  const times = timesOf(since.getTime(), minutes);
  return { since: times.since, until: times.until, excerpt, source, score };
}

// The heated drafts of a run are first seen at the same time, with the same wait: their two
// times are written once, not twice per draft.
let lastTimes: { at: number; minutes: number; since: string; until: string } | null = null;
function timesOf(at: number, minutes: number): { since: string; until: string } {
  if (lastTimes === null || lastTimes.at !== at || lastTimes.minutes !== minutes) {
    lastTimes = { at, minutes, since: new Date(at).toISOString(), until: new Date(at + minutes * 60_000).toISOString() };
  }
  return lastTimes;
}

/** The state of one run: read once, changed in memory, merged into the file once at the end. */
export class CooldownStore {
  private drafts: Map<string, CooldownEntry>;
  /** What this run changed: an entry, or null for a removal. */
  private readonly changes = new Map<string, CooldownEntry | null>();
  private cleared = false;
  /** The file was corrupt when read: rewrite it even if nothing changed. */
  private rebuild = false;

  constructor(
    readonly file: string,
    onProblem: (reason: string) => void = () => {},
  ) {
    const read = readState(file);
    this.drafts = read.drafts;
    if (!read.ok) {
      this.rebuild = true;
      onProblem(read.reason);
    }
  }

  get(fp: string): CooldownEntry | undefined {
    return this.drafts.get(fp);
  }

  set(fp: string, entry: CooldownEntry): void {
    this.drafts.set(fp, entry);
    this.changes.set(fp, entry);
  }

  delete(fp: string): void {
    this.drafts.delete(fp);
    this.changes.set(fp, null);
  }

  clear(): void {
    this.drafts.clear();
    this.changes.clear();
    this.cleared = true;
  }

  entries(): Array<[string, CooldownEntry]> {
    return [...this.drafts];
  }

  get dirty(): boolean {
    return this.cleared || this.rebuild || this.changes.size > 0;
  }

  /** Merges this run's changes into the file as it is now (other processes may have written it). */
  async flush(now: Date, lock: LockOptions = {}): Promise<void> {
    if (!this.dirty) return;
    mkdirSync(dirname(this.file), { recursive: true });
    await withLock(
      this.file,
      () => {
        const current = this.cleared ? new Map<string, CooldownEntry>() : readState(this.file).drafts;
        for (const [fp, entry] of this.changes) {
          if (entry === null) current.delete(fp);
          else if (!current.has(fp)) current.set(fp, entry); // the first to see it heated keeps its time
        }
        prune(current, now);
        writeStateAtomic(this.file, current);
        this.drafts = current;
        this.changes.clear();
        this.cleared = false;
        this.rebuild = false;
      },
      lock,
    );
  }
}

function prune(drafts: Map<string, CooldownEntry>, now: Date): void {
  const limit = now.getTime() - KEEP_DAYS * 86_400_000;
  for (const [fp, e] of drafts) if (Date.parse(e.since) < limit) drafts.delete(fp);
}
