// Where the cool-down state lives: $TWCHECK_STATE_DIR; else the git directory of the repository
// we run in (found by walking up, without spawning git; worktrees and submodules have a `.git`
// file pointing to theirs); else the user's state directory (XDG).
import { readFileSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, isAbsolute, join, resolve } from "node:path";

export const STATE_FILE = "cooldown.json";

export function stateFile(env: NodeJS.ProcessEnv, cwd: string): string {
  return join(stateDir(env, cwd), STATE_FILE);
}

export function stateDir(env: NodeJS.ProcessEnv, cwd: string): string {
  if (env.TWCHECK_STATE_DIR) return resolve(cwd, env.TWCHECK_STATE_DIR);
  const git = findGitDir(cwd, env);
  if (git) return join(git, "twcheck");
  return userStateDir(env);
}

export function userStateDir(env: NodeJS.ProcessEnv): string {
  if (env.XDG_STATE_HOME && isAbsolute(env.XDG_STATE_HOME)) return join(env.XDG_STATE_HOME, "twcheck");
  if (process.platform === "win32" && env.LOCALAPPDATA) return join(env.LOCALAPPDATA, "twcheck", "state");
  return join(env.HOME || homedir(), ".local", "state", "twcheck");
}

/** The git directory for `cwd`: GIT_DIR (set inside git hooks), else the nearest `.git` upwards. */
export function findGitDir(cwd: string, env: NodeJS.ProcessEnv = {}): string | null {
  if (env.GIT_DIR) return resolve(cwd, env.GIT_DIR);
  let dir = resolve(cwd);
  for (;;) {
    const found = gitDirAt(dir);
    if (found) return found;
    const up = dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}

function gitDirAt(dir: string): string | null {
  const dotGit = join(dir, ".git");
  let stat;
  try {
    stat = statSync(dotGit);
  } catch {
    return null;
  }
  if (stat.isDirectory()) return dotGit;
  if (!stat.isFile()) return null;
  try {
    const match = /^gitdir:\s*(.+?)\s*$/m.exec(readFileSync(dotGit, "utf8"));
    return match ? resolve(dir, match[1]!) : null;
  } catch {
    return null;
  }
}
