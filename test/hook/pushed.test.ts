import { parsePushLines, pushedInputs } from "../../src/hook/pushed.js";
import type { InputSource } from "../../src/inputs/types.js";
import { cleanup, commitFiles, gitOk, initRepo, tempDir } from "./repo.js";

afterAll(cleanup);

const ZERO = "0".repeat(40);

async function contents(inputs: InputSource[]): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const input of inputs) out[input.source] = (await input.read()).toString("utf8");
  return out;
}

function sha(repo: string, rev = "HEAD"): string {
  return gitOk(repo, ["rev-parse", rev]).trim();
}

/** A repository with a local bare remote `origin`. */
function withRemote(): { repo: string; remote: string } {
  const repo = initRepo();
  const remote = tempDir();
  gitOk(remote, ["init", "-q", "--bare"]);
  gitOk(repo, ["remote", "add", "origin", remote]);
  return { repo, remote };
}

function push(repo: string, refspec: string): void {
  gitOk(repo, ["push", "-q", "--no-verify", "origin", refspec]);
}

describe("parsePushLines", () => {
  it("reads git's pre-push lines and skips blank or malformed ones", () => {
    expect(parsePushLines(`refs/heads/main abc refs/heads/main ${ZERO}\n\n oops \n`)).toEqual([
      { localRef: "refs/heads/main", localSha: "abc", remoteRef: "refs/heads/main", remoteSha: ZERO },
    ]);
  });
});

describe("pushedInputs", () => {
  it("first push to an empty remote: every draft at the pushed tip (as it is there, not as it was)", async () => {
    const { repo } = withRemote();
    commitFiles(repo, { "drafts/a.txt": "a1", "drafts/b.txt": "b", "src/x.txt": "not a draft" });
    commitFiles(repo, { "drafts/a.txt": "a2" });
    gitOk(repo, ["rm", "-q", "drafts/b.txt"]);
    gitOk(repo, ["commit", "-q", "--no-verify", "-m", "drop b"]);
    const stdin = `refs/heads/main ${sha(repo)} refs/heads/main ${ZERO}\n`;
    expect(await contents(await pushedInputs(repo, [], stdin))).toEqual({ "drafts/a.txt": "a2" });
  });

  it("update of a pushed branch: only the drafts changed since what the remote has", async () => {
    const { repo } = withRemote();
    commitFiles(repo, { "drafts/old.txt": "old", "drafts/edit me.txt": "v1" });
    push(repo, "main");
    const remoteSha = sha(repo);
    commitFiles(repo, { "drafts/edit me.txt": "v2", "tweets/née.tweet": "new" });
    const stdin = `refs/heads/main ${sha(repo)} refs/heads/main ${remoteSha}\n`;
    expect(await contents(await pushedInputs(repo, [], stdin))).toEqual({ "drafts/edit me.txt": "v2", "tweets/née.tweet": "new" });
  });

  it("new branch: only the drafts of its own commits, compared with the remote-tracking branches", async () => {
    const { repo } = withRemote();
    commitFiles(repo, { "drafts/on-main.txt": "main" });
    push(repo, "main");
    gitOk(repo, ["checkout", "-q", "-b", "feature"]);
    commitFiles(repo, { "drafts/feature.txt": "feature" });
    const stdin = `refs/heads/feature ${sha(repo)} refs/heads/feature ${ZERO}\n`;
    expect(Object.keys(await contents(await pushedInputs(repo, [], stdin)))).toEqual(["drafts/feature.txt"]);
  });

  it("a merge of the remote's branch does not bring its drafts into the check", async () => {
    const { repo } = withRemote();
    commitFiles(repo, { "drafts/base.txt": "base" });
    push(repo, "main");
    gitOk(repo, ["checkout", "-q", "-b", "feature"]);
    commitFiles(repo, { "drafts/feature.txt": "feature" });
    gitOk(repo, ["checkout", "-q", "main"]);
    commitFiles(repo, { "drafts/main-later.txt": "later" });
    push(repo, "main");
    gitOk(repo, ["checkout", "-q", "feature"]);
    gitOk(repo, ["merge", "-q", "--no-edit", "--no-verify", "main"]);
    const stdin = `refs/heads/feature ${sha(repo)} refs/heads/feature ${ZERO}\n`;
    expect(Object.keys(await contents(await pushedInputs(repo, [], stdin)))).toEqual(["drafts/feature.txt"]);
  });

  it("a force push over a remote commit we do not have still finds the new drafts", async () => {
    const { repo } = withRemote();
    commitFiles(repo, { "drafts/a.txt": "a" });
    push(repo, "main");
    commitFiles(repo, { "drafts/b.txt": "b" });
    const unknown = "1234567890abcdef1234567890abcdef12345678";
    const stdin = `refs/heads/main ${sha(repo)} refs/heads/main ${unknown}\n`;
    expect(Object.keys(await contents(await pushedInputs(repo, [], stdin)))).toEqual(["drafts/b.txt"]);
  });

  it("deleting a remote branch, or pushing nothing new, checks nothing", async () => {
    const { repo } = withRemote();
    commitFiles(repo, { "drafts/a.txt": "a" });
    push(repo, "main");
    expect(await pushedInputs(repo, [], `(delete) ${ZERO} refs/heads/gone ${sha(repo)}\n`)).toEqual([]);
    expect(await pushedInputs(repo, [], `refs/heads/copy ${sha(repo)} refs/heads/copy ${ZERO}\n`)).toEqual([]);
    expect(await pushedInputs(repo, [], "")).toEqual([]);
  });

  it("the same path pushed to two refs with different contents is checked twice, named by ref", async () => {
    const { repo } = withRemote();
    commitFiles(repo, { "README.md": "x" });
    push(repo, "main");
    gitOk(repo, ["checkout", "-q", "-b", "one"]);
    commitFiles(repo, { "drafts/a.txt": "one" });
    const one = sha(repo);
    gitOk(repo, ["checkout", "-q", "-b", "two", "main"]);
    commitFiles(repo, { "drafts/a.txt": "two", "drafts/same.txt": "same" });
    const two = sha(repo);
    gitOk(repo, ["checkout", "-q", "-b", "three", "main"]);
    commitFiles(repo, { "drafts/same.txt": "same" });
    const three = sha(repo);
    const stdin = [one, two, three].map((s, i) => `refs/heads/b${i} ${s} refs/heads/b${i} ${ZERO}`).join("\n");
    const got = await pushedInputs(repo, [], stdin);
    expect(await contents(got)).toEqual({
      "refs/heads/b0:drafts/a.txt": "one",
      "refs/heads/b1:drafts/a.txt": "two",
      "drafts/same.txt": "same",
    });
    expect(got.map((i) => i.path)).toEqual(["drafts/a.txt", "drafts/a.txt", "drafts/same.txt"]);
  });

  it("selects by the files globs", async () => {
    const { repo } = withRemote();
    commitFiles(repo, { "posts/a.txt": "a", "drafts/b.txt": "b" });
    const stdin = `refs/heads/main ${sha(repo)} refs/heads/main ${ZERO}\n`;
    expect(Object.keys(await contents(await pushedInputs(repo, ["posts/*.txt"], stdin)))).toEqual(["posts/a.txt"]);
  });
});
