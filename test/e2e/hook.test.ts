// The git hook end to end, as a user drives it: `twcheck hook install` in a temporary repository,
// stage drafts, `git commit` / `git push`, read the exit status and the output. The hook finds
// this checkout's CLI through node_modules/.bin/twcheck (a wrapper written in each test repository),
// which is the lookup the installed hook really does. Needs the build (`npm run build`).
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { cleanup, commitFiles, gitOk, gitRun, initRepo, tempDir, TOO_LONG, write, type Run } from "../hook/repo.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const BIN = join(ROOT, "bin/twcheck.js");

/** Ready for sure: substantive, sourced, under 140. */
const READY = "La BCE relève ses taux directeurs de 25 points de base, selon Reuters https://example.com/bce\n";
const EMPTY = "";

let stateDir: string;
let env: NodeJS.ProcessEnv;

beforeAll(() => {
  const version = spawnSync(process.execPath, [BIN, "--version"], { encoding: "utf8" });
  if (version.status !== 0) throw new Error(`the CLI does not start (run \`npm run build\` first): ${version.stderr}`);
  stateDir = tempDir("twcheck-state-");
  // The CLI in hooks: no colour, English messages, cool-down state kept in the test's folder.
  for (const key of ["FORCE_COLOR", "LC_ALL", "LC_MESSAGES", "TWCHECK_NOW"]) delete process.env[key];
  env = { TWCHECK_STATE_DIR: stateDir, NO_COLOR: "1", LANG: "en_US.UTF-8" };
});
afterAll(cleanup);

function cli(cwd: string, args: string[], extraEnv: NodeJS.ProcessEnv = {}, input = ""): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8", input, env: { ...process.env, ...env, ...extraEnv } });
  if (r.error) throw r.error;
  return { status: r.status ?? 1, stdout: r.stdout, stderr: r.stderr };
}

/** A repository whose node_modules/.bin/twcheck runs this checkout's CLI, with the hook installed by the CLI. */
function repoWithHook(type: "pre-commit" | "pre-push" = "pre-commit", dir?: string): string {
  const repo = initRepo(dir);
  write(repo, "node_modules/.bin/twcheck", `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`, 0o755);
  write(repo, ".gitignore", "node_modules/\n");
  const r = cli(repo, ["hook", "install", "--type", type]);
  expect(r).toMatchObject({ status: 0 });
  return repo;
}

function commit(cwd: string, message = "drafts", extraEnv: NodeJS.ProcessEnv = {}, args: string[] = []): Run {
  return gitRun(cwd, ["commit", "-q", "-m", message, ...args], { env: { ...env, ...extraEnv } });
}

function stage(repo: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) write(repo, path, text);
  gitOk(repo, ["add", "-A"]);
}

function hasCommit(repo: string): boolean {
  return gitRun(repo, ["rev-parse", "--verify", "-q", "HEAD"]).status === 0;
}

describe("pre-commit hook (installed with `twcheck hook install`)", () => {
  it("ends a blocked commit in the report's language: the configuration's locale, even under an English LANG", () => {
    const repo = repoWithHook();
    stage(repo, { ".twcheckrc.json": JSON.stringify({ locale: "fr" }), "drafts/vide.txt": EMPTY });
    const blocked = commit(repo);
    expect(blocked.status).not.toBe(0);
    expect(blocked.stderr).toContain("PAS PRÊT");
    expect(blocked.stderr.trimEnd().split("\n").at(-1)).toBe(
      "twcheck: commit bloqué : un brouillon n'est pas prêt (voir ci-dessus). Pour valider quand même, délibérément : git commit --no-verify",
    );
    expect(blocked.stderr).not.toContain("blocked");
  });

  it("says the drafts could not be checked when the configuration is invalid (exit 2), and the same check by hand names no commit", () => {
    const repo = repoWithHook();
    stage(repo, { ".twcheckrc.json": "{ not json", "drafts/a.txt": READY });
    const blocked = commit(repo);
    expect(blocked.status).not.toBe(0); // git exits 1 whatever the hook's status
    expect(blocked.stderr.trimEnd().split("\n").at(-1)).toBe(
      "twcheck: commit blocked: the drafts could not be checked (exit 2, see above). To commit anyway, deliberately: git commit --no-verify",
    );
    const byHand = cli(repo, ["--staged"]);
    expect(byHand.status).toBe(2);
    expect(byHand.stderr).not.toContain("blocked");
  });

  it("blocks a commit of drafts that are not ready, with the stylish report and how to bypass; lets a fixed one through", () => {
    const repo = repoWithHook(); // no commit yet: the first commit is checked too
    stage(repo, { "drafts/empty.txt": EMPTY, "drafts/long draft é.txt": TOO_LONG, "notes.txt": EMPTY });

    const blocked = commit(repo);
    expect(blocked.status).not.toBe(0);
    expect(blocked.stderr).toContain("drafts/empty.txt");
    expect(blocked.stderr).toContain("drafts/long draft é.txt");
    expect(blocked.stderr).toContain("NOT READY");
    expect(blocked.stderr).not.toContain("notes.txt"); // not a draft file
    expect(blocked.stderr).toContain("twcheck: commit blocked: a draft is not ready (see above). To commit anyway, deliberately: git commit --no-verify");
    expect(hasCommit(repo)).toBe(false);

    stage(repo, { "drafts/empty.txt": READY, "drafts/long draft é.txt": READY });
    const passed = commit(repo);
    expect(passed.stderr).toContain("READY");
    expect(passed.status).toBe(0);
    expect(hasCommit(repo)).toBe(true);
  });

  it("checks what is staged, not the working copy: a fix left unstaged still blocks", () => {
    const repo = repoWithHook();
    commitFiles(repo, { "README.md": "drafts\n" });
    stage(repo, { "drafts/monday.txt": TOO_LONG });
    write(repo, "drafts/monday.txt", READY); // fixed, but not staged
    expect(commit(repo).status).not.toBe(0);

    // And the other way round: a ready draft staged, a bad edit left in the working copy.
    stage(repo, { "drafts/monday.txt": READY });
    write(repo, "drafts/monday.txt", TOO_LONG);
    expect(commit(repo).status).toBe(0);
  });

  it("checks what `git commit -a` and `git commit <path>` will commit (git's temporary index)", () => {
    const repo = repoWithHook();
    commitFiles(repo, { "drafts/a.txt": READY, "drafts/b.txt": READY });
    write(repo, "drafts/a.txt", TOO_LONG);
    const before = gitOk(repo, ["rev-parse", "HEAD"]);
    expect(commit(repo, "all", {}, ["-a"]).status).not.toBe(0);
    expect(commit(repo, "one path", {}, ["--", "drafts/a.txt"]).status).not.toBe(0);
    expect(gitOk(repo, ["rev-parse", "HEAD"])).toBe(before);
    write(repo, "drafts/b.txt", `${READY}Encore.\n`);
    expect(commit(repo, "b only", {}, ["--", "drafts/b.txt"]).status).toBe(0);
  });

  it("works when committing from a subfolder, for a deleted draft and a renamed one", () => {
    const repo = repoWithHook();
    commitFiles(repo, { "team/drafts/old.txt": READY, "team/drafts/gone.txt": EMPTY });
    gitOk(repo, ["mv", "team/drafts/old.txt", "team/drafts/new name.txt"]);
    gitOk(repo, ["rm", "-q", "team/drafts/gone.txt"]);
    const ok = commit(join(repo, "team/drafts"));
    expect(ok.status).toBe(0);
    expect(ok.stderr).toContain("team/drafts/new name.txt");
    expect(ok.stderr).not.toContain("gone.txt");

    write(repo, "team/drafts/sub/x.md", TOO_LONG);
    gitOk(join(repo, "team"), ["add", "-A"]);
    const r = commit(join(repo, "team/drafts/sub"));
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain("team/drafts/sub/x.md");
  });

  it("works in a linked worktree (the main work tree's twcheck) and with core.hooksPath", () => {
    const repo = repoWithHook();
    commitFiles(repo, { "README.md": "x\n" });
    const worktree = join(tempDir(), "wt");
    gitOk(repo, ["worktree", "add", "-q", "-b", "feature", worktree]);
    stage(worktree, { "drafts/w.txt": EMPTY });
    expect(commit(worktree).status).not.toBe(0);

    const other = initRepo();
    gitOk(other, ["config", "core.hooksPath", "tools/hooks"]);
    write(other, "node_modules/.bin/twcheck", `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`, 0o755);
    write(other, "node_modules/.keep", "");
    write(other, "tools/.keep", "");
    expect(cli(join(other, "tools"), ["hook", "install"]).status).toBe(0);
    expect(existsSync(join(other, "tools/hooks/pre-commit"))).toBe(true);
    write(other, ".gitignore", "node_modules/\n");
    stage(other, { "drafts/w.txt": EMPTY });
    expect(commit(other).status).not.toBe(0);
  });

  it("chains an existing hook (its failure still fails) and uninstall restores it exactly", () => {
    const repo = initRepo();
    write(repo, "node_modules/.bin/twcheck", `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`, 0o755);
    write(repo, ".gitignore", "node_modules/\n");
    const old = `#!/bin/sh\n[ -f "$(git rev-parse --show-toplevel)/STOP" ] && { echo "old hook says no" >&2; exit 1; }\nexit 0\n`;
    const hook = write(repo, ".git/hooks/pre-commit", old, 0o700);

    const install = cli(repo, ["hook", "install"]);
    expect(install.status).toBe(0);
    expect(install.stdout).toContain("pre-commit.twcheck-previous");

    stage(repo, { "drafts/a.txt": READY, STOP: "" });
    const r = commit(repo);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain("old hook says no");
    gitOk(repo, ["rm", "-q", "-f", "STOP"]);
    expect(commit(repo).status).toBe(0);

    expect(cli(repo, ["hook", "uninstall"]).status).toBe(0);
    expect(readFileSync(hook, "utf8")).toBe(old);
    expect(statSync(hook).mode & 0o777).toBe(0o700);
    const again = cli(repo, ["hook", "uninstall"]); // nothing of twcheck's left: a note, and the hook stays
    expect(again.status).toBe(0);
    expect(again.stdout).toContain("left as it is");
    expect(readFileSync(hook, "utf8")).toBe(old);
  });

  it("hook install outside a repository: one line on stderr, exit 2", () => {
    const r = cli(tempDir(), ["hook", "install"]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain("not a git repository");
  });

  it("cool-down across attempts: a heated draft blocks, the same commit after the wait goes through with the warning", () => {
    const repo = repoWithHook();
    // No TWCHECK_STATE_DIR: the hook keeps the cool-down clock in the repository's git dir.
    const inRepo = { TWCHECK_STATE_DIR: undefined };
    const heated = "This is OUTRAGEOUS!!! The ECB lied to savers AGAIN, shame on these idiots 😡😡 per Reuters https://example.com/ecb\n";
    stage(repo, { "drafts/angry.txt": heated });
    const first = commit(repo, "angry", { ...inRepo, TWCHECK_NOW: "2026-03-02T09:00:00Z" });
    expect(first.status).not.toBe(0);
    expect(first.stderr).toMatch(/^\s*\d+:\d+\s+error\s.*\bcool-down$/m);
    expect(existsSync(join(repo, ".git/twcheck/cooldown.json"))).toBe(true);
    const early = commit(repo, "angry", { ...inRepo, TWCHECK_NOW: "2026-03-02T09:03:00Z" });
    expect(early.status).not.toBe(0);
    const later = commit(repo, "angry", { ...inRepo, TWCHECK_NOW: "2026-03-02T09:08:00Z" });
    expect(later.stderr).toMatch(/^\s*\d+:\d+\s+warning\s.*\bcool-down$/m);
    expect(later.stderr).not.toMatch(/^\s*\d+:\d+\s+error\s.*\bcool-down$/m);
    expect(later.status).toBe(0);
    expect(hasCommit(repo)).toBe(true);
  });
});

describe("twcheck --staged by hand", () => {
  it("reports the staged drafts, with paths from the repository top, from any folder", () => {
    const repo = initRepo();
    stage(repo, { "drafts/a.txt": READY, "drafts/b.txt": TOO_LONG, "docs/x.md": EMPTY });
    write(repo, "drafts/b.txt", READY); // not staged: --staged still sees the long one
    const r = cli(join(repo, "docs"), ["--staged", "--format", "json"]);
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout) as { drafts: Array<{ source: string; ready: boolean }> };
    expect(report.drafts.map((d) => [d.source, d.ready])).toEqual([
      ["drafts/a.txt", true],
      ["drafts/b.txt", false],
    ]);
  });
});

describe("pre-push hook (with a local bare remote)", () => {
  it("blocks a push that carries a draft that is not ready, then lets the fixed branch through", () => {
    const repo = repoWithHook("pre-push");
    const remote = tempDir();
    gitOk(remote, ["init", "-q", "--bare"]);
    gitOk(repo, ["remote", "add", "origin", remote]);
    commitFiles(repo, { "drafts/ok.txt": READY });
    expect(gitRun(repo, ["push", "-q", "origin", "main"], { env }).status).toBe(0);

    commitFiles(repo, { "drafts/bad.txt": TOO_LONG }); // committed with --no-verify: only the push checks
    const blocked = gitRun(repo, ["push", "-q", "origin", "main"], { env });
    expect(blocked.status).not.toBe(0);
    const output = blocked.stdout + blocked.stderr; // git leaves a pre-push hook's stdout on its stdout
    expect(output).toContain("drafts/bad.txt");
    expect(output).toContain("NOT READY");
    expect(output).not.toContain("drafts/ok.txt"); // already on the remote
    expect(blocked.stderr).toContain("git push --no-verify");
    expect(gitOk(remote, ["rev-parse", "main"])).not.toBe(gitOk(repo, ["rev-parse", "main"]));

    commitFiles(repo, { "drafts/bad.txt": READY });
    expect(gitRun(repo, ["push", "-q", "origin", "main"], { env }).status).toBe(0);
    expect(gitOk(remote, ["rev-parse", "main"])).toBe(gitOk(repo, ["rev-parse", "main"]));
  });
});

describe("integrations (examples/hooks)", () => {
  it("lint-staged style: staged file paths passed as arguments are checked", () => {
    const repo = initRepo();
    const a = write(repo, "drafts/a.txt", READY);
    const b = write(repo, "drafts/with space.txt", TOO_LONG);
    const r = cli(repo, ["--format", "json", a, b]);
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout) as { drafts: Array<{ ready: boolean }> };
    expect(report.drafts.map((d) => d.ready)).toEqual([true, false]);
  });

  it("the husky example's .husky/pre-commit blocks and passes commits", () => {
    const repo = initRepo();
    write(repo, "node_modules/.bin/twcheck", `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`, 0o755);
    write(repo, ".gitignore", "node_modules/\n");
    write(repo, ".husky/pre-commit", readFileSync(join(ROOT, "examples/hooks/husky/pre-commit"), "utf8"));
    // What husky 9 sets up: core.hooksPath=.husky/_, whose hooks run .husky/<hook> with sh -e and
    // node_modules/.bin on PATH.
    write(repo, ".husky/_/pre-commit", `#!/bin/sh\nexport PATH="node_modules/.bin:$PATH"\nexec sh -e .husky/pre-commit "$@"\n`, 0o755);
    gitOk(repo, ["config", "core.hooksPath", ".husky/_"]);
    stage(repo, { "drafts/a.txt": TOO_LONG });
    expect(commit(repo).status).not.toBe(0);
    stage(repo, { "drafts/a.txt": READY });
    expect(commit(repo).status).toBe(0);
  });
});
