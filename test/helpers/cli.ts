// Spawns the built CLI (bin/twcheck.js → dist/cli/main.mjs, or main.cjs with a code cache before Node 22.1) as a user would, with a fixed clock,
// a private state folder, no colour variables inherited and an English locale.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Report } from "../../src/types.js";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
/** The CLI under test: the built one in this repository (TWCHECK_TEST_BIN may name another copy). */
export const BIN = process.env.TWCHECK_TEST_BIN || join(ROOT, "bin", "twcheck.js");
export const NOW = "2026-11-26T09:30:00Z";

/** Turns off the rules other helpers are still writing, so that a test sees the foundation only. */
export const FOUNDATION_ONLY = ["--rule", "topical:off", "--rule", "informed:off", "--rule", "relevant:off", "--rule", "not-empty:off", "--rule", "cool-down:off"];

/** The same, as a config file's `rules`. */
export const FOUNDATION_RULES = { topical: "off", informed: "off", relevant: "off", "not-empty": "off", "cool-down": "off" } as const;

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  cwd: string;
  input?: string | Buffer;
  env?: Record<string, string | undefined>;
}

function environment(cwd: string, extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of ["FORCE_COLOR", "NO_COLOR", "TWCHECK_DEBUG", "LC_ALL", "LC_MESSAGES", "NODE_OPTIONS"]) delete env[key];
  Object.assign(env, { LANG: "C", TWCHECK_STATE_DIR: join(cwd, ".twcheck-state"), TWCHECK_NOW: NOW });
  for (const [key, value] of Object.entries(extra)) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}

export function runCli(args: string[], opts: CliOptions): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: opts.cwd, env: environment(opts.cwd, opts.env), input: opts.input ?? "", encoding: "utf8", timeout: 20000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The same, without blocking: several runs may go at once. */
export function runCliAsync(args: string[], opts: CliOptions): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: opts.cwd, env: environment(opts.cwd, opts.env) });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(opts.input ?? "");
  });
}

export function parseReport(r: CliResult): Report {
  try {
    return JSON.parse(r.stdout) as Report;
  } catch {
    throw new Error(`not JSON (exit ${r.status}):\n${r.stdout}\n--- stderr:\n${r.stderr}`);
  }
}

/** A temporary folder with the given files (paths may have folders; Buffers are written as is). */
export function tempDir(files: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "twcheck-test-"));
  writeFiles(dir, files);
  return dir;
}

export function writeFiles(dir: string, files: Record<string, string | Buffer>): void {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** A stack trace line, which stderr must never show. */
export const STACK_LINE = /^\s+at /m;
// eslint-disable-next-line no-control-regex
export const ANSI = /\u001b\[/;
