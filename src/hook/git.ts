// Running git: one child process per call, raw bytes out (paths may be any UTF-8, blobs any bytes).
// The environment is inherited on purpose: inside a hook, git sets GIT_DIR and GIT_INDEX_FILE
// (a temporary index for `git commit -a` or `git commit <paths>`), and that index is what is committed.
import { spawn } from "node:child_process";
import { isAbsolute, resolve } from "node:path";
import { GitError } from "./errors.js";

export { GitError } from "./errors.js";

export interface GitResult {
  stdout: Buffer;
  stderr: string;
  code: number;
}

export interface GitOptions {
  /** Bytes written to git's stdin (then closed); stdin is empty otherwise. */
  input?: string | Buffer;
  /** Resolve with the exit code instead of rejecting when git exits non-zero. */
  allowFailure?: boolean;
}

/** Runs `git args...` in `cwd`; rejects with a GitError (git's own first line) when it fails. */
export function git(cwd: string, args: string[], options: GitOptions = {}): Promise<GitResult> {
  return new Promise((resolvePromise, reject) => {
    // `env` is spelled out so that the caller's process.env is the one used (also under test runners).
    const child = spawn("git", args, { cwd, env: process.env, stdio: ["pipe", "pipe", "pipe"], windowsHide: true });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
    child.on("error", (error: NodeJS.ErrnoException) => {
      reject(new GitError(error.code === "ENOENT" ? "git is not installed or not on PATH" : `cannot run git: ${error.message}`));
    });
    child.on("close", (code) => {
      const result: GitResult = { stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString("utf8"), code: code ?? 1 };
      if (result.code === 0 || options.allowFailure) resolvePromise(result);
      else reject(new GitError(firstLine(result.stderr) || `git ${args[0] ?? ""} failed (exit ${result.code})`, result.code));
    });
    // git may exit before reading all of stdin (e.g. a bad revision): that is reported by its exit code.
    child.stdin.on("error", () => undefined);
    child.stdin.end(options.input ?? "");
  });
}

/** stdout as text without the final newline, for one-value commands such as rev-parse. */
export async function gitLine(cwd: string, args: string[]): Promise<string> {
  const { stdout } = await git(cwd, args);
  return stdout.toString("utf8").replace(/\r?\n$/, "");
}

function firstLine(text: string): string {
  const line = text.split(/\r?\n/).find((l) => l.trim() !== "") ?? "";
  return line.replace(/^(fatal|error): /, "");
}

/** Splits `-z` output into its NUL-terminated fields (the final empty field is dropped). */
export function splitZ(output: Buffer): string[] {
  const fields = output.toString("utf8").split("\0");
  if (fields[fields.length - 1] === "") fields.pop();
  return fields;
}

/** The repository `cwd` is in, as the hook needs it. */
export interface RepoPaths {
  /** Top of the work tree (null in a bare repository). */
  top: string | null;
  /** This work tree's git dir (`.git`, or `.git/worktrees/<name>` in a linked worktree). */
  gitDir: string;
  /** The git dir shared by all work trees of the repository. */
  commonDir: string;
  /** The directory git runs hooks from: `core.hooksPath` if set, else `<common dir>/hooks`. */
  hooksDir: string;
}

export async function repoPaths(cwd: string): Promise<RepoPaths> {
  const inside = await git(cwd, ["rev-parse", "--is-inside-work-tree", "--is-bare-repository"], { allowFailure: true });
  if (inside.code !== 0) throw new GitError(`not a git repository: ${cwd}`, inside.code);
  const [insideWorkTree, bare] = inside.stdout.toString("utf8").trim().split(/\r?\n/);
  // `--git-path hooks` applies core.hooksPath (a relative one is resolved from the work tree top)
  // and maps linked worktrees to the shared hooks; paths come back relative to cwd.
  const lines = (await gitLine(cwd, ["rev-parse", "--git-dir", "--git-common-dir", "--git-path", "hooks"])).split(/\r?\n/);
  const top = insideWorkTree === "true" && bare !== "true" ? await gitLine(cwd, ["rev-parse", "--show-toplevel"]) : null;
  const abs = (p: string | undefined): string => (p === undefined ? cwd : isAbsolute(p) ? p : resolve(cwd, p));
  return { top, gitDir: abs(lines[0]), commonDir: abs(lines[1]), hooksDir: abs(lines[2]) };
}

/** The top of the work tree, or a GitError saying why there is none. */
export async function workTreeTop(cwd: string): Promise<string> {
  const { top } = await repoPaths(cwd);
  if (top === null) throw new GitError("no work tree here (a bare repository, or inside .git): cannot read staged drafts");
  return top;
}

/** The empty tree's name in this repository's hash (SHA-1 or SHA-256). */
export function emptyTree(cwd: string): Promise<string> {
  return gitLine(cwd, ["hash-object", "-t", "tree", "--stdin"]);
}
