import { readFileSync } from "node:fs";
import { join } from "node:path";
import { openOutput } from "../../src/cli/output.js";
import { removeDir, tempDir } from "../helpers/cli.js";

describe("openOutput (--output-file)", () => {
  it("says when the destination is behind, and the report is whole once it has caught up", async () => {
    const dir = tempDir();
    try {
      const file = join(dir, "nested", "report.json");
      const out = openOutput(file);
      const piece = `${"x".repeat(1023)}\n`;
      let waited = 0;
      // A large report: the writer must be told to wait at times rather than buffer it all.
      for (let i = 0; i < 2048; i++) {
        out.write(piece);
        const backlog = out.backlog();
        if (backlog) {
          waited++;
          await backlog;
        }
      }
      await out.close();
      expect(waited).toBeGreaterThan(0);
      expect(readFileSync(file, "utf8")).toBe(piece.repeat(2048));
    } finally {
      removeDir(dir);
    }
  });

  it("has no backlog before anything is written", async () => {
    const dir = tempDir();
    try {
      const out = openOutput(join(dir, "r.txt"));
      expect(out.backlog()).toBeNull();
      await out.close();
    } finally {
      removeDir(dir);
    }
  });
});
