// The integration files other tools read: .pre-commit-hooks.yaml (pre-commit framework), and the
// examples under examples/hooks. Their draft selection must agree with twcheck's own default.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import picomatch from "picomatch";
import { parse } from "yaml";
import { draftFilter } from "../../src/hook/select.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const read = (path: string): string => readFileSync(join(ROOT, path), "utf8");

const DRAFTS = ["drafts/a.txt", "tweets/b.tweet", "drafts/2026/03/lundi matin é.md", "team/drafts/c.txt", "a/b/tweets/d.md"];
const NOT_DRAFTS = [
  "a.txt",
  "README.md",
  "src/drafts.txt",
  "drafts/data.json",
  "drafts/a.txt.bak",
  "mydrafts/a.txt",
  "drafts-old/a.txt",
  ".hidden/drafts/a.txt",
  "drafts/.a.txt",
  "drafts/.old/a.txt",
];

interface HookDefinition {
  id: string;
  entry: string;
  language: string;
  files: string;
  require_serial?: boolean;
}

describe(".pre-commit-hooks.yaml", () => {
  const hooks = parse(read(".pre-commit-hooks.yaml")) as HookDefinition[];
  const hook = hooks.find((h) => h.id === "twcheck");

  it("declares the twcheck hook: node, entry twcheck (pre-commit appends the staged file names)", () => {
    expect(hook).toMatchObject({ id: "twcheck", entry: "twcheck", language: "node", require_serial: true });
  });

  it("its files regex selects exactly the drafts twcheck selects by default", () => {
    const files = new RegExp(hook?.files ?? "^$");
    const isDraft = draftFilter([]);
    for (const path of [...DRAFTS, ...NOT_DRAFTS]) expect([path, files.test(path)]).toEqual([path, isDraft(path)]);
    expect(DRAFTS.every((p) => files.test(p))).toBe(true);
  });

  it("the example .pre-commit-config.yaml uses that hook id", () => {
    const config = parse(read("examples/hooks/pre-commit/.pre-commit-config.yaml")) as { repos: Array<{ repo: string; rev: string; hooks: Array<{ id: string }> }> };
    expect(config.repos[0]?.hooks.map((h) => h.id)).toEqual(hooks.map((h) => h.id));
    expect(config.repos[0]?.rev).toMatch(/^v\d+\.\d+\.\d+$/);
  });
});

describe("examples/hooks", () => {
  it("the lint-staged config runs twcheck on the drafts and only on them", () => {
    const config = JSON.parse(read("examples/hooks/lint-staged/.lintstagedrc.json")) as Record<string, string>;
    const entries = Object.entries(config);
    expect(entries).toHaveLength(1);
    const [glob = "", command] = entries[0] ?? [];
    expect(command).toBe("twcheck");
    const matches = picomatch(glob);
    for (const path of DRAFTS) expect([path, matches(path)]).toEqual([path, true]);
    for (const path of NOT_DRAFTS) expect([path, matches(path)]).toEqual([path, false]);
  });

  it("the husky hooks run twcheck --staged and --pushed", () => {
    const lines = (path: string) => read(path).split("\n").filter((l) => l.trim() !== "" && !l.startsWith("#"));
    expect(lines("examples/hooks/husky/pre-commit")).toEqual(["twcheck --staged"]);
    expect(lines("examples/hooks/husky/pre-push")).toEqual(["twcheck --pushed"]);
  });
});
