// The pre-push hook (`twcheck --pushed`): the drafts a push changes on the remote, read at the
// pushed tip. Git gives one `<local ref> <local sha> <remote ref> <remote sha>` line per ref.
import type { InputSource } from "../inputs/types.js";
import { blobInputs, type BlobEntry } from "./blobs.js";
import { isFileContent, parseRawDiff } from "./diff.js";
import { emptyTree, git } from "./git.js";
import { dedupePushed } from "./pushed-select.js";
import { draftFilter } from "./select.js";

export interface PushedRef {
  localRef: string;
  localSha: string;
  remoteRef: string;
  remoteSha: string;
}

const ZERO = /^0+$/;

/** The pre-push stdin lines; blank or malformed lines are skipped. */
export function parsePushLines(stdinLines: string): PushedRef[] {
  const refs: PushedRef[] = [];
  for (const line of stdinLines.split(/\r?\n/)) {
    const [localRef, localSha, remoteRef, remoteSha, ...rest] = line.trim().split(/\s+/);
    if (localRef && localSha && remoteRef && remoteSha && rest.length === 0) refs.push({ localRef, localSha, remoteRef, remoteSha });
  }
  return refs;
}

export async function pushedInputs(cwd: string, files: string[], stdinLines: string): Promise<InputSource[]> {
  const isDraft = draftFilter(files);
  const perRef: Array<{ ref: string; entries: BlobEntry[] }> = [];
  for (const ref of parsePushLines(stdinLines)) {
    if (ZERO.test(ref.localSha)) continue; // deleting a remote ref pushes no content
    const tip = await commitOf(cwd, ref.localSha);
    if (tip === null) continue; // a tag of a tree or blob: nothing to read as drafts
    const entries = await changedDrafts(cwd, tip, await basesFor(cwd, ref, tip), isDraft);
    perRef.push({ ref: ref.remoteRef, entries });
  }
  return blobInputs(cwd, dedupePushed(perRef));
}

async function commitOf(cwd: string, sha: string): Promise<string | null> {
  const result = await git(cwd, ["rev-parse", "--verify", "--quiet", `${sha}^{commit}`], { allowFailure: true });
  return result.code === 0 ? result.stdout.toString("utf8").trim() : null;
}

/**
 * What the remote already has, to compare the tip with: the remote ref's old commit when we have it;
 * else (a new branch, or a remote that moved on) the commits where the pushed history meets the
 * remote-tracking branches; none at all when the whole history is new.
 */
async function basesFor(cwd: string, ref: PushedRef, tip: string): Promise<string[]> {
  if (!ZERO.test(ref.remoteSha)) {
    const old = await commitOf(cwd, ref.remoteSha);
    if (old !== null) return [old];
  }
  const { stdout } = await git(cwd, ["rev-list", "--boundary", tip, "--not", "--remotes"]);
  const lines = stdout.toString("utf8").split("\n");
  const boundary = lines.filter((l) => l.startsWith("-")).map((l) => l.slice(1).trim());
  if (boundary.length > 0) return boundary;
  // Every commit is already on a remote-tracking branch: nothing new; else everything is new.
  return lines.some((l) => l.trim() !== "") ? [await emptyTree(cwd)] : [tip];
}

/**
 * Drafts whose content at the tip differs from every base: a file equal to one of them (e.g. brought
 * in by merging the remote's branch) is already on the remote and is not the push's doing.
 */
async function changedDrafts(cwd: string, tip: string, bases: string[], isDraft: (p: string) => boolean): Promise<BlobEntry[]> {
  let common: Map<string, string> | undefined;
  for (const base of bases) {
    const { stdout } = await git(cwd, ["diff-tree", "-r", "-z", "--no-renames", "--ignore-submodules=all", base, tip]);
    const here = new Map<string, string>();
    for (const change of parseRawDiff(stdout)) if (isFileContent(change) && isDraft(change.path)) here.set(change.path, change.blob);
    common = common === undefined ? here : new Map([...common].filter(([path]) => here.has(path)));
  }
  return [...(common ?? new Map<string, string>())].map(([source, blob]) => ({ source, blob }));
}
