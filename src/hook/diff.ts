// Parsing `git diff-index` / `git diff-tree` raw output (`-z`, `--no-renames`):
// `:<old mode> <new mode> <old sha> <new sha> <status>\0<path>\0` per changed path.
import { splitZ } from "./git.js";

export interface RawChange {
  /** A (added), M (modified), D (deleted), T (type changed), … as git prints it. */
  status: string;
  /** Mode of the new side: 100644/100755 for files, 120000 symlink, 160000 submodule. */
  mode: string;
  /** Object name of the new side (all zeros when deleted or not yet hashed). */
  blob: string;
  /** Path from the repository top, as git shows it (UTF-8, unquoted). */
  path: string;
}

export function parseRawDiff(output: Buffer): RawChange[] {
  const fields = splitZ(output);
  const changes: RawChange[] = [];
  for (let i = 0; i < fields.length; i++) {
    const header = fields[i] ?? "";
    if (!header.startsWith(":")) continue; // diff-tree may print a commit name first
    const [, mode = "", , blob = "", status = ""] = header.slice(1).split(" ");
    // Copies and renames carry two paths (we ask for --no-renames, but be safe): the new one is last.
    const paths = /^[RC]/.test(status) ? 2 : 1;
    const path = fields[i + paths];
    i += paths;
    if (path !== undefined) changes.push({ status: status.charAt(0), mode, blob, path });
  }
  return changes;
}

/** Content that will exist after the change: a regular file (not a symlink, submodule or deletion). */
export function isFileContent(change: RawChange): boolean {
  return /^[ACMRT]$/.test(change.status) && /^100[0-7]{3}$/.test(change.mode) && !/^0+$/.test(change.blob);
}
