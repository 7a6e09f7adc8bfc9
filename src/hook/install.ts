// `twcheck hook install`: writes the hook where git runs hooks (core.hooksPath respected). An existing
// hook is never lost: it is moved beside ours and chained (run first), or with --force replaced
// (kept, not run); `hook uninstall` puts it back exactly.
import { promises as fs } from "node:fs";
import { isAbsolute, join, relative } from "node:path";
import { HookError } from "./errors.js";
import { entryAt, readHook, writeExecutable } from "./files.js";
import { repoPaths } from "./git.js";
import { chainsPrevious, hookScript, isTwcheckHook, PREVIOUS_SUFFIX, type HookType } from "./script.js";

export interface InstallOptions {
  type: HookType;
  force?: boolean;
}

export interface InstallResult {
  hookPath: string;
  /** "installed" for a new hook, "updated" when twcheck's own hook was rewritten. */
  action: "installed" | "updated";
  /** What became of a hook that was there: none, kept and run first, or kept and not run. */
  previous: "none" | "chained" | "replaced";
  previousPath: string;
  /** The hooks folder is outside this repository (a global core.hooksPath): other repositories use it too. */
  shared: boolean;
}

export async function installHook(cwd: string, options: InstallOptions): Promise<InstallResult> {
  const { top, commonDir, hooksDir } = await repoPaths(cwd);
  if (top === null) throw new HookError("no work tree here (a bare repository, or inside .git): run `twcheck hook install` in a checkout");
  if (isHuskyDir(hooksDir) && !options.force)
    throw new HookError(
      `core.hooksPath is husky's (${hooksDir}): add \`twcheck ${options.type === "pre-push" ? "--pushed" : "--staged"}\` to .husky/${options.type} instead (see docs/git-hook.md), or use --force to install there anyway`,
    );
  await fs.mkdir(hooksDir, { recursive: true });
  const hookPath = join(hooksDir, options.type);
  const shared = !isInside(hooksDir, top) && !isInside(hooksDir, commonDir);
  const previousPath = hookPath + PREVIOUS_SUFFIX;
  const existing = await entryAt(hookPath);
  const hasPrevious = (await entryAt(previousPath)) !== "missing";

  if (existing === "other") throw new HookError(`${hookPath} exists and is not a file: move it away first`);
  const current = existing === "missing" ? "" : await readHook(hookPath);
  if (isTwcheckHook(current)) {
    const chain = chainsPrevious(current) && !options.force;
    await writeExecutable(hookPath, hookScript(options.type, chain));
    return { hookPath, action: "updated", previous: hasPrevious ? (chain ? "chained" : "replaced") : "none", previousPath, shared };
  }
  if (existing === "missing") {
    // A kept hook without ours (ours was deleted by hand): keep chaining it, uninstall restores it.
    await writeExecutable(hookPath, hookScript(options.type, true));
    return { hookPath, action: "installed", previous: hasPrevious ? "chained" : "none", previousPath, shared };
  }
  if (hasPrevious && !options.force)
    throw new HookError(
      `${hookPath} is not twcheck's and ${previousPath} already exists: move one of them away, or use --force to keep the current hook in place of the old copy`,
    );
  await fs.rename(hookPath, previousPath);
  try {
    await writeExecutable(hookPath, hookScript(options.type, !options.force));
  } catch (error) {
    await fs.rename(previousPath, hookPath); // put the user's hook back as it was
    throw error;
  }
  return { hookPath, action: "installed", previous: options.force ? "replaced" : "chained", previousPath, shared };
}

/** husky (v9) points core.hooksPath at `.husky/_` and regenerates what is in it. */
function isHuskyDir(hooksDir: string): boolean {
  return /(^|[\\/])\.husky([\\/]_)?[\\/]?$/.test(hooksDir);
}

function isInside(path: string, dir: string): boolean {
  const rel = relative(dir, path);
  return !rel.startsWith("..") && !isAbsolute(rel);
}
