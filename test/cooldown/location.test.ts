// Where the state file lives: TWCHECK_STATE_DIR, else the git dir (found without git), else XDG.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findGitDir, stateFile } from "../../src/cooldown/location.js";

describe("cool-down state location", () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), "twcheck-loc-"));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("uses TWCHECK_STATE_DIR first", () => {
    mkdirSync(join(root, "repo", ".git"), { recursive: true });
    expect(stateFile({ TWCHECK_STATE_DIR: join(root, "state") }, join(root, "repo"))).toBe(join(root, "state", "cooldown.json"));
  });

  it("uses the git directory of the repository, from any subfolder", () => {
    mkdirSync(join(root, "repo", ".git"), { recursive: true });
    mkdirSync(join(root, "repo", "drafts", "2025"), { recursive: true });
    expect(stateFile({}, join(root, "repo", "drafts", "2025"))).toBe(join(root, "repo", ".git", "twcheck", "cooldown.json"));
  });

  it("follows a .git file (worktree or submodule) to its git directory", () => {
    mkdirSync(join(root, "main", ".git", "worktrees", "wt"), { recursive: true });
    mkdirSync(join(root, "wt"));
    writeFileSync(join(root, "wt", ".git"), "gitdir: ../main/.git/worktrees/wt\n");
    expect(findGitDir(join(root, "wt"))).toBe(join(root, "main", ".git", "worktrees", "wt"));
  });

  it("uses GIT_DIR when git sets it (inside hooks)", () => {
    expect(findGitDir(root, { GIT_DIR: ".git" })).toBe(join(root, ".git"));
  });

  it("falls back on XDG_STATE_HOME, then ~/.local/state, outside a repository", () => {
    const outside = join(root, "plain");
    mkdirSync(outside);
    // A tmp folder could sit inside a repository on some machines: only check when it does not.
    if (findGitDir(outside) !== null) return;
    expect(stateFile({ XDG_STATE_HOME: join(root, "xdg") }, outside)).toBe(join(root, "xdg", "twcheck", "cooldown.json"));
    expect(stateFile({ HOME: join(root, "home") }, outside)).toBe(join(root, "home", ".local", "state", "twcheck", "cooldown.json"));
  });
});
