// Small file-system steps for installing hooks: what is at a path, and an atomic executable write.
import { promises as fs } from "node:fs";
import { basename, dirname, join } from "node:path";

export type Entry = "missing" | "file" | "symlink" | "other";

/** What is at `path`, without following a symlink (a symlinked hook is moved as the link it is). */
export async function entryAt(path: string): Promise<Entry> {
  try {
    const stat = await fs.lstat(path);
    return stat.isFile() ? "file" : stat.isSymbolicLink() ? "symlink" : "other";
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return "missing";
    throw error;
  }
}

/** The text of a hook, or "" when it cannot be read as one (a dangling symlink, say). */
export async function readHook(path: string): Promise<string> {
  try {
    return await fs.readFile(path, "utf8");
  } catch {
    return "";
  }
}

/** Writes an executable file through a temporary file and a rename: never a half-written hook. */
export async function writeExecutable(path: string, text: string): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.twcheck-${process.pid}.tmp`);
  try {
    await fs.writeFile(temp, text, { mode: 0o755 });
    await fs.chmod(temp, 0o755); // the umask may have removed bits from the mode above
    await fs.rename(temp, path);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
}
