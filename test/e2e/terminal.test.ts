// Runs the CLI in a real pseudo-terminal (util-linux `script`), where stdin is a TTY: with no
// path, twcheck must not wait for stdin but check the configuration's `files`, or say what to do.
import { spawnSync } from "node:child_process";
import { BIN, removeDir, tempDir } from "../helpers/cli.js";

function inTerminal(cwd: string, args: string): { status: number | null; out: string } {
  const r = spawnSync("script", ["-qec", `${process.execPath} ${BIN} ${args}`, "/dev/null"], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, TWCHECK_STATE_DIR: `${cwd}/.state`, TWCHECK_NOW: "2026-11-26T09:30:00Z", LANG: "C", NO_COLOR: "1" },
    timeout: 20000,
  });
  return { status: r.status, out: r.stdout };
}

describe("with stdin a terminal and no path", () => {
  test("the configuration's `files` are checked", () => {
    const dir = tempDir({
      ".twcheckrc.json": JSON.stringify({ files: ["drafts/*.txt"], rules: { topical: "off", "cool-down": "off" } }),
      "drafts/a.txt": "The ECB raised its deposit rate by 25 bp to 2.25%, according to its statement.\n",
      "drafts/b.txt": "",
      "other.txt": "not a draft\n",
    });
    try {
      const r = inTerminal(dir, "--format compact");
      expect(r.out).toContain("drafts/b.txt:1:1: error max-length");
      expect(r.out).not.toContain("other.txt");
      expect(r.status).toBe(1);
    } finally {
      removeDir(dir);
    }
  });

  test("the `files` globs are relative to the configuration's folder, from any subfolder", () => {
    const dir = tempDir({
      "package.json": "{}",
      ".twcheckrc.json": JSON.stringify({ files: ["drafts/*.txt"], rules: { topical: "off", "cool-down": "off" } }),
      "drafts/b.txt": "",
      "sub/notes.txt": "not a draft\n",
    });
    try {
      const r = inTerminal(`${dir}/sub`, "--format compact");
      expect(r.out).toContain("drafts/b.txt:1:1: error max-length");
      expect(r.status).toBe(1);
    } finally {
      removeDir(dir);
    }
  });

  test("without `files`, a usage error that says what to do (exit 2)", () => {
    const dir = tempDir({ ".twcheckrc.json": "{}" });
    try {
      const r = inTerminal(dir, "");
      expect(r.out).toMatch(/no drafts to check: name files, directories or globs, pipe text on stdin, or set `files`/);
      expect(r.status).toBe(2);
    } finally {
      removeDir(dir);
    }
  });
});
