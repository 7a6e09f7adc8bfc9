// Start-up before Node 22.1 (src/cli/code-cache.cts): the CommonJS build of the CLI with V8's
// code cache in the system's temporary folder. The cache is a speed-up only: the reports are the
// same with it, without it, with a stale or broken one, and from the ES module bundle.
import module from "node:module";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { userInfo } from "node:os";
import { join } from "node:path";
import { removeDir, runCli, tempDir } from "../helpers/cli.js";

const DRAFTS = [
  "La BCE relève ses taux directeurs de 25 pb à 4,50 %, selon le communiqué publié ce jeudi https://www.ecb.europa.eu",
  "Mon déjeuner était délicieux aujourd'hui, on a testé le nouveau thaï du quartier avec les collègues",
  "What a JOKE. You people never learn!!! Shame on you",
].join("\n---\n");

// Node 22.1+ has its own compile cache for the ES module bundle and never loads this one.
const before22 = typeof (module as { enableCompileCache?: unknown }).enableCompileCache !== "function";

(before22 ? describe : describe.skip)("the CLI's code cache before Node 22.1", () => {
  let dir: string;
  let tmp: string;
  beforeEach(() => {
    dir = tempDir({ "drafts.md": DRAFTS + "\n" });
    tmp = join(dir, "tmp");
  });
  afterEach(() => removeDir(dir));

  const run = (env: Record<string, string | undefined> = {}) => runCli(["--format", "json", "drafts.md"], { cwd: dir, env: { TMPDIR: tmp, ...env } });
  const cacheFiles = () => {
    try {
      return readdirSync(join(tmp, `twcheck-compile-cache-${userInfo().uid}`)).filter((f) => f.endsWith(".bin"));
    } catch {
      return [];
    }
  };

  it("is written by the first run and read by the next, which report the same", () => {
    const first = run();
    expect(first.status).toBe(1);
    expect(cacheFiles()).toHaveLength(1);
    const second = run();
    expect(second).toEqual(first);
    expect(cacheFiles()).toHaveLength(1);
  });

  it("replaces the same Node's cache of an earlier build", () => {
    const dirOf = join(tmp, `twcheck-compile-cache-${userInfo().uid}`);
    mkdirSync(dirOf, { recursive: true, mode: 0o700 });
    const earlier = `${process.version}-${process.arch}-1-1.bin`;
    writeFileSync(join(dirOf, earlier), "an earlier build's cache");
    run();
    expect(cacheFiles()).toHaveLength(1);
    expect(cacheFiles()).not.toContain(earlier);
  });

  it("a broken cache is replaced, and the report is the same", () => {
    const first = run();
    const [file] = cacheFiles();
    const path = join(tmp, `twcheck-compile-cache-${userInfo().uid}`, file!);
    writeFileSync(path, "not a code cache");
    expect(run()).toEqual(first);
    expect(readFileSync(path, "utf8")).not.toBe("not a code cache");
    expect(run()).toEqual(first);
  });

  it("NODE_DISABLE_COMPILE_CACHE runs the ES module bundle and writes nothing; the report is the same", () => {
    const cached = run();
    const plain = run({ NODE_DISABLE_COMPILE_CACHE: "1", TMPDIR: join(dir, "other") });
    expect(plain).toEqual(cached);
    expect(readdirSync(dir)).not.toContain("other");
  });
});
