import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { cosmiconfig } from "cosmiconfig";
import { SEARCH_PLACES, mayHaveConfig } from "../../src/config/find.js";
import { tempDir } from "../helpers/cli.js";

// The fast check lets most runs skip loading cosmiconfig: it must never say "no configuration"
// where cosmiconfig's own search (same search places, "project" strategy) finds one.
describe("mayHaveConfig", () => {
  const search = (dir: string) => cosmiconfig("twcheck", { searchStrategy: "project", searchPlaces: [...SEARCH_PLACES] }).search(dir);
  const dirs: string[] = [];
  const project = (files: Record<string, string>) => {
    const dir = tempDir({ "package.json": JSON.stringify({ name: "drafts" }), ...files });
    dirs.push(dir);
    return dir;
  };
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it("says no configuration in a project without one (and cosmiconfig agrees)", async () => {
    const dir = project({ "drafts/a.txt": "x" });
    expect(mayHaveConfig(join(dir, "drafts"))).toBe(false);
    expect(await search(join(dir, "drafts"))).toBeNull();
  });

  it.each(SEARCH_PLACES.filter((p) => p !== "package.json"))("finds %s in the folder or a parent up to the project root", async (place) => {
    const dir = project({ [place]: place.endsWith(".json") || place.endsWith("rc") ? "{}" : place.match(/\.ya?ml$/) ? "limit: 280\n" : "export default {};\n", "sub/deep/a.txt": "x" });
    expect(mayHaveConfig(join(dir, "sub", "deep"))).toBe(true);
  });

  it("counts package.json only with a twcheck key", async () => {
    const withKey = project({ "package.json": JSON.stringify({ name: "d", twcheck: { limit: 280 } }) });
    expect(mayHaveConfig(withKey)).toBe(true);
    expect((await search(withKey))?.config).toEqual({ limit: 280 });
    const without = project({});
    expect(mayHaveConfig(without)).toBe(false);
  });

  it("stops at the project root, as cosmiconfig does", async () => {
    const outer = tempDir({ ".twcheckrc.json": "{}" });
    dirs.push(outer);
    const inner = join(outer, "inner");
    mkdirSync(join(inner, "drafts"), { recursive: true });
    writeFileSync(join(inner, "package.json"), "{}");
    expect(mayHaveConfig(join(inner, "drafts"))).toBe(false);
    expect(await search(join(inner, "drafts"))).toBeNull();
    expect(mayHaveConfig(outer)).toBe(true);
  });

  it("leaves a malformed package.json to cosmiconfig, which reports it", () => {
    const dir = project({ "package.json": "{ not json" });
    expect(mayHaveConfig(dir)).toBe(true);
  });
});
