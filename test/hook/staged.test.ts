import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { HookError } from "../../src/hook/errors.js";
import { stagedInputs } from "../../src/hook/staged.js";
import type { InputSource } from "../../src/inputs/types.js";
import { cleanup, commitFiles, gitOk, initRepo, tempDir, write } from "./repo.js";

afterAll(cleanup);

async function contents(inputs: InputSource[]): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const input of inputs) out[input.source] = (await input.read()).toString("utf8");
  return out;
}

describe("stagedInputs", () => {
  it("reads the staged content, not the working copy", async () => {
    const repo = initRepo();
    commitFiles(repo, { "README.md": "hello\n" });
    write(repo, "drafts/monday.txt", "staged text\n");
    gitOk(repo, ["add", "drafts/monday.txt"]);
    write(repo, "drafts/monday.txt", "fixed in the working copy but not staged\n");
    expect(await contents(await stagedInputs(repo, []))).toEqual({ "drafts/monday.txt": "staged text\n" });
  });

  it("takes added and modified drafts, skips deleted ones, checks renamed ones at their new path", async () => {
    const repo = initRepo();
    commitFiles(repo, { "drafts/keep.txt": "v1", "drafts/gone.txt": "bye", "drafts/old-name.md": "moved", "drafts/same.txt": "same" });
    write(repo, "drafts/keep.txt", "v2");
    write(repo, "tweets/new.tweet", "new");
    gitOk(repo, ["rm", "-q", "drafts/gone.txt"]);
    gitOk(repo, ["mv", "drafts/old-name.md", "drafts/new-name.md"]);
    gitOk(repo, ["add", "-A"]);
    expect(await contents(await stagedInputs(repo, []))).toEqual({
      "drafts/keep.txt": "v2",
      "drafts/new-name.md": "moved",
      "tweets/new.tweet": "new",
    });
  });

  it("handles paths with spaces and non-ASCII names, reported as git shows them from the top", async () => {
    const repo = initRepo();
    write(repo, "drafts/lundi matin é€.txt", "Taux de la BCE");
    write(repo, "drafts/日本/ツイート.md", "tweet");
    gitOk(repo, ["add", "-A"]);
    expect(await contents(await stagedInputs(repo, []))).toEqual({
      "drafts/lundi matin é€.txt": "Taux de la BCE",
      "drafts/日本/ツイート.md": "tweet",
    });
  });

  it("works in a repository with no commit yet", async () => {
    const repo = initRepo();
    write(repo, "drafts/first.txt", "first");
    gitOk(repo, ["add", "-A"]);
    expect((await stagedInputs(repo, [])).map((i) => i.source)).toEqual(["drafts/first.txt"]);
  });

  it("works from a subfolder, with paths still from the repository top", async () => {
    const repo = initRepo();
    write(repo, "team/drafts/a.txt", "a");
    gitOk(repo, ["add", "-A"]);
    mkdirSync(join(repo, "team/other"), { recursive: true });
    expect((await stagedInputs(join(repo, "team/other"), [])).map((i) => i.source)).toEqual(["team/drafts/a.txt"]);
  });

  it("selects by the config's files globs (relative to the top), with !exclusions", async () => {
    const repo = initRepo();
    write(repo, "posts/a.txt", "a");
    write(repo, "posts/old/b.txt", "b");
    write(repo, "drafts/c.txt", "c");
    write(repo, "notes.txt", "d");
    gitOk(repo, ["add", "-A"]);
    expect((await stagedInputs(repo, ["posts/**/*.txt", "!posts/old/**"])).map((i) => i.source)).toEqual(["posts/a.txt"]);
  });

  it("defaults to .txt/.tweet/.md under drafts/ or tweets/ when files is empty", async () => {
    const repo = initRepo();
    for (const p of ["drafts/a.txt", "x/tweets/b.tweet", "drafts/c.md", "drafts/d.json", "notes.txt", "src/e.md"]) write(repo, p, p);
    gitOk(repo, ["add", "-A"]);
    expect((await stagedInputs(repo, [])).map((i) => i.source).sort()).toEqual(["drafts/a.txt", "drafts/c.md", "x/tweets/b.tweet"]);
  });

  it("reads exact bytes (BOM, CRLF, no final newline) and many files with one git process", async () => {
    const repo = initRepo();
    const bytes = "\uFEFFline one\r\nline two";
    for (let i = 0; i < 30; i++) write(repo, `drafts/${i}.txt`, `${bytes} ${i}`);
    gitOk(repo, ["add", "-A"]);
    const got = await contents(await stagedInputs(repo, []));
    expect(Object.keys(got)).toHaveLength(30);
    expect(got["drafts/7.txt"]).toBe(`${bytes} 7`);
  });

  it("uses the index git gives it (GIT_INDEX_FILE, as in `git commit -a` or a worktree hook)", async () => {
    const repo = initRepo();
    commitFiles(repo, { "drafts/a.txt": "committed" });
    write(repo, "drafts/a.txt", "in the other index");
    const other = join(repo, ".git", "other-index");
    gitOk(repo, ["read-tree", "HEAD"], { env: { GIT_INDEX_FILE: other } });
    gitOk(repo, ["add", "drafts/a.txt"], { env: { GIT_INDEX_FILE: other } });
    expect(await contents(await stagedInputs(repo, []))).toEqual({}); // the normal index has no change
    process.env.GIT_INDEX_FILE = other;
    try {
      expect(await contents(await stagedInputs(repo, []))).toEqual({ "drafts/a.txt": "in the other index" });
    } finally {
      delete process.env.GIT_INDEX_FILE;
      rmSync(other, { force: true });
    }
  });

  it("skips symlinks and submodules (no draft text to read)", async () => {
    const repo = initRepo();
    write(repo, "drafts/real.txt", "real");
    gitOk(repo, ["add", "-A"]);
    const sha = gitOk(repo, ["hash-object", "-w", "--stdin"], { input: "target.txt" }).trim();
    gitOk(repo, ["update-index", "--add", "--cacheinfo", `120000,${sha},drafts/link.txt`]);
    const commit = gitOk(repo, ["commit-tree", gitOk(repo, ["write-tree"]).trim(), "-m", "x"]).trim();
    gitOk(repo, ["update-index", "--add", "--cacheinfo", `160000,${commit},drafts/sub.txt`]);
    expect((await stagedInputs(repo, [])).map((i) => i.source)).toEqual(["drafts/real.txt"]);
  });

  it("outside a repository: a HookError with one clear line", async () => {
    const dir = tempDir();
    await expect(stagedInputs(dir, [])).rejects.toThrow(HookError);
    await expect(stagedInputs(dir, [])).rejects.toThrow(/not a git repository/);
  });
});
