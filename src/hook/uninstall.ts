// `twcheck hook uninstall`: removes twcheck's hook and puts back the one kept at install, by rename,
// so its bytes, mode and even its modification time are exactly as before.
import { promises as fs } from "node:fs";
import { join } from "node:path";
import { entryAt, readHook } from "./files.js";
import { repoPaths } from "./git.js";
import { isTwcheckHook, PREVIOUS_SUFFIX, type HookType } from "./script.js";

export interface UninstallResult {
  hookPath: string;
  /** "restored": the kept hook is back; "removed": there was none; "absent" / "foreign": nothing to do. */
  action: "restored" | "removed" | "absent" | "foreign";
  previousPath: string;
}

export async function uninstallHook(cwd: string, type: HookType): Promise<UninstallResult> {
  const { hooksDir } = await repoPaths(cwd);
  const hookPath = join(hooksDir, type);
  const previousPath = hookPath + PREVIOUS_SUFFIX;
  const existing = await entryAt(hookPath);
  const hasPrevious = (await entryAt(previousPath)) !== "missing";

  // Someone else's hook (or ours, already uninstalled and the old one back): never touched.
  if (existing !== "missing" && !isTwcheckHook(await readHook(hookPath))) return { hookPath, action: "foreign", previousPath };
  if (hasPrevious) {
    await fs.rename(previousPath, hookPath);
    return { hookPath, action: "restored", previousPath };
  }
  if (existing === "missing") return { hookPath, action: "absent", previousPath };
  await fs.rm(hookPath);
  return { hookPath, action: "removed", previousPath };
}
