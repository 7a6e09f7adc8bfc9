// Which repository paths are drafts: the config's `files` globs (relative to the repository top),
// or DEFAULT_FILES when none are set. A `!glob` excludes what the others include.
import picomatch from "picomatch";
import { DEFAULT_FILES } from "../config/defaults.js";

export type PathFilter = (repoPath: string) => boolean;

export function draftFilter(files: readonly string[]): PathFilter {
  const globs = files.length > 0 ? files : DEFAULT_FILES;
  const include = globs.filter((g) => !g.startsWith("!"));
  const exclude = globs.filter((g) => g.startsWith("!")).map((g) => g.slice(1));
  // Only exclusions given: they narrow the default set rather than matching nothing.
  const isIncluded = picomatch(include.length > 0 ? include : DEFAULT_FILES);
  const isExcluded = exclude.length > 0 ? picomatch(exclude) : () => false;
  return (repoPath) => isIncluded(repoPath) && !isExcluded(repoPath);
}
