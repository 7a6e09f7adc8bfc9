// `twcheck --staged` and the pre-commit hook: the drafts as they are in the index, i.e. what the
// commit will contain, not the working copy (a fix left unstaged must not let a bad draft through).
import type { InputSource } from "../inputs/types.js";
import { blobInputs } from "./blobs.js";
import { isFileContent, parseRawDiff } from "./diff.js";
import { emptyTree, git, workTreeTop } from "./git.js";
import { draftFilter } from "./select.js";

/** Added, copied, modified, renamed (at the new path) or retyped draft files, read from the index. */
export async function stagedInputs(cwd: string, files: string[]): Promise<InputSource[]> {
  await workTreeTop(cwd);
  // Plumbing, so user diff settings (renames, relative, external diff) do not apply; paths are from the top.
  // Renames show as a deletion plus an addition: the new path is checked, the old one skipped.
  const base = await headOrEmptyTree(cwd);
  const { stdout } = await git(cwd, ["diff-index", "--cached", "-z", "--no-renames", "--ignore-submodules=all", base]);
  const isDraft = draftFilter(files);
  const entries = parseRawDiff(stdout)
    .filter((change) => isFileContent(change) && isDraft(change.path))
    .map((change) => ({ source: change.path, blob: change.blob }));
  return blobInputs(cwd, entries);
}

/** HEAD, or the empty tree in a repository with no commit yet (everything staged is new). */
async function headOrEmptyTree(cwd: string): Promise<string> {
  const head = await git(cwd, ["rev-parse", "--verify", "--quiet", "HEAD^{commit}"], { allowFailure: true });
  if (head.code === 0) return head.stdout.toString("utf8").trim();
  return emptyTree(cwd);
}
