// Temporary git repositories for the hook tests, driven with the real git as a user would.
// Hermetic: no global or system git config is read (author, default branch and hooks path are set
// here), and GIT_* variables of a surrounding hook (GIT_DIR, GIT_INDEX_FILE) are dropped.
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

for (const key of Object.keys(process.env)) if (key.startsWith("GIT_")) delete process.env[key];
// In-process calls (stagedInputs, installHook) spawn git with process.env: make that hermetic too.
Object.assign(process.env, {
  GIT_CONFIG_GLOBAL: "/dev/null",
  GIT_CONFIG_NOSYSTEM: "1",
  GIT_AUTHOR_NAME: "Test Author",
  GIT_AUTHOR_EMAIL: "author@example.com",
  GIT_COMMITTER_NAME: "Test Author",
  GIT_COMMITTER_EMAIL: "author@example.com",
  GIT_TERMINAL_PROMPT: "0",
});

const made: string[] = [];

/** A new empty folder under the system temp dir, removed by `cleanup()`. */
export function tempDir(prefix = "twcheck-hook-"): string {
  // Real path: git reports real paths (macOS's /var is a link to /private/var).
  const dir = realpathSync(mkdtempSync(join(tmpdir(), prefix)));
  made.push(dir);
  return dir;
}

export function cleanup(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

function result(r: SpawnSyncReturns<string>): Run {
  if (r.error) throw r.error;
  return { status: r.status ?? 1, stdout: r.stdout, stderr: r.stderr };
}

/** Runs git in `cwd`; returns the outcome whatever the exit status. */
export function gitRun(cwd: string, args: string[], options: { input?: string; env?: NodeJS.ProcessEnv } = {}): Run {
  return result(
    spawnSync("git", args, { cwd, encoding: "utf8", input: options.input ?? "", env: { ...process.env, ...options.env } }),
  );
}

/** Runs git in `cwd` and fails the test with git's message when it exits non-zero. */
export function gitOk(cwd: string, args: string[], options: { input?: string; env?: NodeJS.ProcessEnv } = {}): string {
  const r = gitRun(cwd, args, options);
  if (r.status !== 0) throw new Error(`git ${args.join(" ")} failed (${r.status}):\n${r.stderr}${r.stdout}`);
  return r.stdout;
}

/** `git init` of a new repository on branch main, with explicit local settings. */
export function initRepo(dir = tempDir()): string {
  gitOk(dir, ["-c", "init.defaultBranch=main", "init", "-q"]);
  gitOk(dir, ["config", "user.name", "Test Author"]);
  gitOk(dir, ["config", "user.email", "author@example.com"]);
  gitOk(dir, ["config", "commit.gpgsign", "false"]);
  return dir;
}

/** Writes a file (creating folders), optionally executable. */
export function write(root: string, path: string, text: string, mode?: number): string {
  const full = join(root, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, text);
  if (mode !== undefined) chmodSync(full, mode);
  return full;
}

/** Writes and stages files, then commits them (hooks skipped: this is test setup). */
export function commitFiles(root: string, files: Record<string, string>, message = "setup"): void {
  for (const [path, text] of Object.entries(files)) write(root, path, text);
  gitOk(root, ["add", "--", ...Object.keys(files)]);
  gitOk(root, ["commit", "-q", "--no-verify", "-m", message]);
}

/** A text of 200 characters: over the 140 limit, so `max-length` reports an error. */
export const TOO_LONG = `${"Les taux directeurs de la BCE montent encore ".repeat(5)}`.slice(0, 200);
