// The installed hook script, run by real `git commit` / `git push`, with a stand-in twcheck that
// logs how it was called and exits as told: what the script does around twcheck (finding it,
// chaining, blocking, the bypass line), independent of the checks themselves (see test/e2e/hook).
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { delimiter, join } from "node:path";
import { installHook } from "../../src/hook/install.js";
import { cleanup, commitFiles, gitOk, gitRun, initRepo, tempDir, write } from "./repo.js";

afterAll(cleanup);

/** A `twcheck` that appends "<cwd> <args>" and its stdin to $FAKE_LOG, the TWCHECK_HOOK it was given to $FAKE_LOG.hook, and exits $FAKE_EXIT (default 0). */
const FAKE_TWCHECK = `#!/bin/sh
{ echo "twcheck $(pwd) $*"; if [ "$1" = --pushed ]; then cat; fi; } >> "$FAKE_LOG"
echo "\${TWCHECK_HOOK:-unset}" > "$FAKE_LOG.hook"
exit "\${FAKE_EXIT:-0}"
`;

interface Setup {
  repo: string;
  log: string;
  env: NodeJS.ProcessEnv;
}

function setup(options: { fake?: boolean; dir?: string } = {}): Setup {
  const repo = initRepo(options.dir);
  commitFiles(repo, { "README.md": "drafts live here\n" });
  if (options.fake !== false) write(repo, "node_modules/.bin/twcheck", FAKE_TWCHECK, 0o755);
  write(repo, ".gitignore", "node_modules/\n");
  const log = join(tempDir(), "log");
  // The script's own lines follow LANG: English unless a test says otherwise.
  return { repo, log, env: { FAKE_LOG: log, LANG: "en_US.UTF-8", LC_ALL: "", LC_MESSAGES: "" } };
}

function logOf(s: Setup): string {
  return existsSync(s.log) ? readFileSync(s.log, "utf8") : "";
}

function commit(s: Setup, cwd = s.repo, env: NodeJS.ProcessEnv = {}, extra: string[] = []) {
  write(cwd, `drafts/${Math.random().toString(36).slice(2)}.txt`, "a draft\n");
  gitOk(cwd, ["add", "-A"]);
  return gitRun(cwd, ["commit", "-q", "-m", "draft", ...extra], { env: { ...s.env, ...env } });
}

function head(repo: string): string {
  return gitOk(repo, ["rev-parse", "HEAD"]).trim();
}

describe("installed pre-commit hook", () => {
  it("runs the repository's twcheck with --staged at the top, even when committing from a subfolder", async () => {
    const s = setup();
    await installHook(s.repo, { type: "pre-commit" });
    write(s.repo, "team/notes/.keep", "");
    const r = commit(s, join(s.repo, "team/notes"));
    expect(r.status).toBe(0);
    expect(logOf(s)).toBe(`twcheck ${s.repo} --staged\n`);
  });

  it("blocks the commit when twcheck exits 1, and leaves the line on why and how to bypass to twcheck (TWCHECK_HOOK)", async () => {
    const s = setup();
    await installHook(s.repo, { type: "pre-commit" });
    const before = head(s.repo);
    const r = commit(s, s.repo, { FAKE_EXIT: "1" });
    expect(r.status).not.toBe(0);
    // twcheck is told which hook runs it, and writes the blocked line itself in the report's language (test/e2e/hook).
    expect(readFileSync(`${s.log}.hook`, "utf8")).toBe("pre-commit\n");
    expect(r.stderr).not.toContain("blocked");
    expect(head(s.repo)).toBe(before);
    // The bypass it names does work.
    expect(gitRun(s.repo, ["commit", "-q", "--no-verify", "-m", "anyway"], { env: { ...s.env, FAKE_EXIT: "1" } }).status).toBe(0);
    expect(head(s.repo)).not.toBe(before);
  });

  it("blocks when twcheck cannot check (exit 2, explained by twcheck) or does not run to the end (any other status, explained by the script)", async () => {
    const s = setup();
    await installHook(s.repo, { type: "pre-commit" });
    const two = commit(s, s.repo, { FAKE_EXIT: "2" });
    expect(two.status).not.toBe(0);
    expect(two.stderr).not.toContain("blocked");
    const crashed = commit(s, s.repo, { FAKE_EXIT: "134" });
    expect(crashed.status).not.toBe(0);
    expect(crashed.stderr).toContain("commit blocked: the drafts could not be checked (exit 134). To commit anyway, deliberately: git commit --no-verify");
    // The script's own lines follow LANG.
    const fr = commit(s, s.repo, { FAKE_EXIT: "134", LANG: "fr_FR.UTF-8" });
    expect(fr.stderr).toContain("commit bloqué : les brouillons n'ont pas pu être vérifiés (code 134). Pour valider quand même, délibérément : git commit --no-verify");
  });

  it("runs a chained hook first; its failure blocks the commit and twcheck does not run", async () => {
    const s = setup();
    write(s.repo, ".git/hooks/pre-commit", `#!/bin/sh\necho "previous $*" >> "$FAKE_LOG"\nexit "\${PREV_EXIT:-0}"\n`, 0o755);
    await installHook(s.repo, { type: "pre-commit" });
    expect(commit(s).status).toBe(0);
    expect(logOf(s)).toBe(`previous \ntwcheck ${s.repo} --staged\n`);

    const before = head(s.repo);
    const r = commit(s, s.repo, { PREV_EXIT: "3" });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain("the pre-commit hook kept from before");
    expect(r.stderr).toContain("failed (exit 3): commit blocked.");
    expect(commit(s, s.repo, { PREV_EXIT: "3", LANG: "fr_FR.UTF-8" }).stderr).toContain("a échoué (code 3) : commit bloqué.");
    expect(head(s.repo)).toBe(before);
    expect(logOf(s).split("\n").filter((l) => l.startsWith("twcheck"))).toHaveLength(1);
  });

  it("does not run a hook replaced with --force", async () => {
    const s = setup();
    write(s.repo, ".git/hooks/pre-commit", `#!/bin/sh\necho previous >> "$FAKE_LOG"\nexit 1\n`, 0o755);
    await installHook(s.repo, { type: "pre-commit", force: true });
    expect(commit(s).status).toBe(0);
    expect(logOf(s)).toBe(`twcheck ${s.repo} --staged\n`);
  });

  it("works in a repository whose path has spaces and non-ASCII letters, chained hook included", async () => {
    const dir = join(tempDir(), "mes brouillons é");
    mkdirSync(dir);
    const s = setup({ dir });
    write(s.repo, ".git/hooks/pre-commit", `#!/bin/sh\necho previous >> "$FAKE_LOG"\n`, 0o755);
    await installHook(s.repo, { type: "pre-commit" });
    expect(commit(s, s.repo, { FAKE_EXIT: "1" }).status).not.toBe(0);
    expect(logOf(s)).toBe(`previous\ntwcheck ${s.repo} --staged\n`);
  });

  it("works with core.hooksPath", async () => {
    const s = setup();
    gitOk(s.repo, ["config", "core.hooksPath", ".githooks"]);
    await installHook(s.repo, { type: "pre-commit" });
    expect(commit(s, s.repo, { FAKE_EXIT: "1" }).status).not.toBe(0);
    expect(logOf(s)).toContain("--staged");
  });

  it("in a linked worktree without node_modules, uses the main work tree's twcheck", async () => {
    const s = setup();
    const worktree = join(tempDir(), "wt");
    gitOk(s.repo, ["worktree", "add", "-q", "-b", "feature", worktree]);
    await installHook(worktree, { type: "pre-commit" });
    expect(commit(s, worktree, { FAKE_EXIT: "1" }).status).not.toBe(0);
    expect(logOf(s)).toBe(`twcheck ${worktree} --staged\n`);
  });

  it("falls back to npx --no-install, and without any twcheck blocks with how to install or bypass", async () => {
    const s = setup({ fake: false });
    await installHook(s.repo, { type: "pre-commit" });
    const bin = tempDir();
    // A stand-in npx: it knows twcheck only when NPX_KNOWS=1 (the real one is never spawned in tests).
    write(bin, "npx", `#!/bin/sh\n[ "$NPX_KNOWS" = 1 ] || exit 1\necho "npx $*" >> "$FAKE_LOG"\nexit 0\n`, 0o755);
    const PATH = `${bin}${delimiter}${process.env.PATH ?? ""}`;

    expect(commit(s, s.repo, { PATH, NPX_KNOWS: "1" }).status).toBe(0);
    expect(logOf(s)).toBe("npx --no-install twcheck --version\nnpx --no-install twcheck --staged\n");

    const r = commit(s, s.repo, { PATH, NPX_KNOWS: "0" });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain("cannot find twcheck");
    expect(r.stderr).toContain("npm install --save-dev twcheck");
    expect(r.stderr).toContain("git commit --no-verify");
    const fr = commit(s, s.repo, { PATH, NPX_KNOWS: "0", LANG: "fr_FR.UTF-8" });
    expect(fr.stderr).toContain("twcheck introuvable");
    expect(fr.stderr).toContain("ou passez outre délibérément : git commit --no-verify");
  });
});

describe("installed pre-push hook", () => {
  it("passes git's ref lines on stdin to the chained hook and to twcheck --pushed; exit 1 blocks the push", async () => {
    const s = setup();
    const remote = tempDir();
    gitOk(remote, ["init", "-q", "--bare"]);
    gitOk(s.repo, ["remote", "add", "origin", remote]);
    write(s.repo, ".git/hooks/pre-push", `#!/bin/sh\necho "previous $1" >> "$FAKE_LOG"\ncat >> "$FAKE_LOG"\n`, 0o755);
    await installHook(s.repo, { type: "pre-push" });
    const tip = head(s.repo);

    const blocked = gitRun(s.repo, ["push", "-q", "origin", "main"], { env: { ...s.env, FAKE_EXIT: "1" } });
    expect(blocked.status).not.toBe(0);
    expect(readFileSync(`${s.log}.hook`, "utf8")).toBe("pre-push\n");
    const line = `refs/heads/main ${tip} refs/heads/main ${"0".repeat(40)}`;
    expect(logOf(s)).toBe(`previous origin\n${line}\ntwcheck ${s.repo} --pushed\n${line}\n`);
    expect(gitRun(remote, ["rev-parse", "--verify", "-q", "refs/heads/main"]).status).not.toBe(0);

    expect(gitRun(s.repo, ["push", "-q", "origin", "main"], { env: s.env }).status).toBe(0);
    expect(gitOk(remote, ["rev-parse", "refs/heads/main"]).trim()).toBe(tip);
  });
});
