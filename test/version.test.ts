import { readFileSync } from "node:fs";
import { join } from "node:path";
import { VERSION } from "../src/version.js";
import { ROOT } from "./helpers/cli.js";

test("src/version.ts VERSION equals package.json's version", () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
  expect(VERSION).toBe(pkg.version);
});
