import { existsSync, lstatSync, readFileSync, readlinkSync, statSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { HookError } from "../../src/hook/errors.js";
import { repoPaths } from "../../src/hook/git.js";
import { installHook } from "../../src/hook/install.js";
import { isTwcheckHook } from "../../src/hook/script.js";
import { uninstallHook } from "../../src/hook/uninstall.js";
import { cleanup, commitFiles, gitOk, initRepo, tempDir, write } from "./repo.js";

afterAll(cleanup);

const OLD_HOOK = "#!/bin/sh\n# the team's own hook\nexit 0\n";

function mode(path: string): number {
  return statSync(path).mode & 0o777;
}

describe("hook install / uninstall", () => {
  it("installs an executable twcheck hook in .git/hooks and removes it", async () => {
    const repo = initRepo();
    const result = await installHook(repo, { type: "pre-commit" });
    const hook = join(repo, ".git/hooks/pre-commit");
    expect(result).toMatchObject({ hookPath: hook, action: "installed", previous: "none", shared: false });
    expect(isTwcheckHook(readFileSync(hook, "utf8"))).toBe(true);
    expect(mode(hook) & 0o111).toBe(0o111);
    expect(readFileSync(hook, "utf8")).toContain("--staged");

    expect(await uninstallHook(repo, "pre-commit")).toMatchObject({ action: "removed" });
    expect(existsSync(hook)).toBe(false);
    expect(await uninstallHook(repo, "pre-commit")).toMatchObject({ action: "absent" });
  });

  it("installs a pre-push hook that runs --pushed", async () => {
    const repo = initRepo();
    await installHook(repo, { type: "pre-push" });
    expect(readFileSync(join(repo, ".git/hooks/pre-push"), "utf8")).toContain("run_twcheck --pushed");
  });

  it("chains an existing hook and restores it exactly (bytes and mode) on uninstall", async () => {
    const repo = initRepo();
    const hook = write(repo, ".git/hooks/pre-commit", OLD_HOOK, 0o750);
    const before = lstatSync(hook);
    const result = await installHook(repo, { type: "pre-commit" });
    expect(result).toMatchObject({ action: "installed", previous: "chained", previousPath: `${hook}.twcheck-previous` });
    expect(readFileSync(`${hook}.twcheck-previous`, "utf8")).toBe(OLD_HOOK);
    expect(readFileSync(hook, "utf8")).toMatch(/^chain=1$/m);

    // Installing again updates twcheck's hook in place and keeps the chain.
    expect(await installHook(repo, { type: "pre-commit" })).toMatchObject({ action: "updated", previous: "chained" });
    expect(readFileSync(`${hook}.twcheck-previous`, "utf8")).toBe(OLD_HOOK);

    expect(await uninstallHook(repo, "pre-commit")).toMatchObject({ action: "restored" });
    const after = lstatSync(hook);
    expect(readFileSync(hook, "utf8")).toBe(OLD_HOOK);
    expect(after.mode).toBe(before.mode);
    expect(after.ino).toBe(before.ino); // the very same file, moved back
    expect(existsSync(`${hook}.twcheck-previous`)).toBe(false);
  });

  it("--force replaces an existing hook (kept aside, not run) and uninstall still restores it", async () => {
    const repo = initRepo();
    const hook = write(repo, ".git/hooks/pre-commit", OLD_HOOK, 0o755);
    expect(await installHook(repo, { type: "pre-commit", force: true })).toMatchObject({ previous: "replaced" });
    expect(readFileSync(hook, "utf8")).toMatch(/^chain=0$/m);
    await uninstallHook(repo, "pre-commit");
    expect(readFileSync(hook, "utf8")).toBe(OLD_HOOK);
  });

  it("refuses, naming --force, when a foreign hook and an old kept copy both exist", async () => {
    const repo = initRepo();
    const hook = write(repo, ".git/hooks/pre-commit", OLD_HOOK, 0o755);
    write(repo, ".git/hooks/pre-commit.twcheck-previous", "#!/bin/sh\n# older\n", 0o755);
    await expect(installHook(repo, { type: "pre-commit" })).rejects.toThrow(/--force/);
    expect(readFileSync(hook, "utf8")).toBe(OLD_HOOK); // untouched
    await installHook(repo, { type: "pre-commit", force: true });
    expect(readFileSync(`${hook}.twcheck-previous`, "utf8")).toBe(OLD_HOOK);
  });

  it("chains a symlinked hook as the link it is", async () => {
    const repo = initRepo();
    const target = write(repo, "scripts/shared-hook.sh", OLD_HOOK, 0o755);
    const hook = join(repo, ".git/hooks/pre-commit");
    symlinkSync(target, hook);
    await installHook(repo, { type: "pre-commit" });
    expect(readlinkSync(`${hook}.twcheck-previous`)).toBe(target);
    await uninstallHook(repo, "pre-commit");
    expect(readlinkSync(hook)).toBe(target);
  });

  it("uninstall leaves a hook that is not twcheck's alone", async () => {
    const repo = initRepo();
    const hook = write(repo, ".git/hooks/pre-commit", OLD_HOOK, 0o755);
    write(repo, ".git/hooks/pre-commit.twcheck-previous", "#!/bin/sh\n# kept\n", 0o755);
    expect(await uninstallHook(repo, "pre-commit")).toMatchObject({ action: "foreign" });
    expect(readFileSync(`${hook}.twcheck-previous`, "utf8")).toBe("#!/bin/sh\n# kept\n");
    expect(readFileSync(hook, "utf8")).toBe(OLD_HOOK);
  });

  it("respects core.hooksPath, relative to the work tree top even from a subfolder", async () => {
    const repo = initRepo();
    gitOk(repo, ["config", "core.hooksPath", ".githooks"]);
    write(repo, "team/drafts/.keep", "");
    const result = await installHook(join(repo, "team/drafts"), { type: "pre-commit" });
    expect(result).toMatchObject({ hookPath: join(repo, ".githooks/pre-commit"), shared: false });
    expect(existsSync(join(repo, ".git/hooks/pre-commit"))).toBe(false);
  });

  it("respects an absolute core.hooksPath shared by several repositories", async () => {
    const repo = initRepo();
    const shared = join(tempDir(), "hooks");
    gitOk(repo, ["config", "core.hooksPath", shared]);
    expect(await installHook(repo, { type: "pre-push" })).toMatchObject({ hookPath: join(shared, "pre-push"), shared: true });
    expect(await uninstallHook(repo, "pre-push")).toMatchObject({ action: "removed" });
  });

  it("in a linked worktree, installs in the hooks shared with the main repository", async () => {
    const repo = initRepo();
    commitFiles(repo, { "README.md": "x" });
    const worktree = join(tempDir(), "wt");
    gitOk(repo, ["worktree", "add", "-q", "-b", "feature", worktree]);
    const result = await installHook(worktree, { type: "pre-commit" });
    expect(result).toMatchObject({ hookPath: join(repo, ".git/hooks/pre-commit"), shared: false });
    expect(await repoPaths(worktree)).toMatchObject({ top: worktree, commonDir: join(repo, ".git") });
  });

  it("refuses husky's hooks folder unless --force", async () => {
    const repo = initRepo();
    gitOk(repo, ["config", "core.hooksPath", ".husky/_"]);
    await expect(installHook(repo, { type: "pre-commit" })).rejects.toThrow(/husky.*--force/);
    expect(existsSync(join(repo, ".husky/_/pre-commit"))).toBe(false);
    expect((await installHook(repo, { type: "pre-commit", force: true })).hookPath).toBe(join(repo, ".husky/_/pre-commit"));
  });

  it("outside a repository or in a bare one: a HookError", async () => {
    await expect(installHook(tempDir(), { type: "pre-commit" })).rejects.toThrow(/not a git repository/);
    const bare = tempDir();
    gitOk(bare, ["init", "-q", "--bare"]);
    await expect(installHook(bare, { type: "pre-commit" })).rejects.toThrow(HookError);
  });
});
