// Paths, directories and globs the user typed, to the inputs to check (in a stable order).
import { statSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import { fileInput, stdinInput } from "./files.js";
import type { InputSource } from "./types.js";
import type { Problem } from "../types.js";

/** Extensions of draft files found when a directory is given (batch files are named explicitly). */
export const DRAFT_EXTENSIONS = ["txt", "tweet", "md"];
const IGNORE = ["**/node_modules/**"];

// The glob library is loaded only by runs that name a directory or a pattern.
const globbing = () => import("tinyglobby");

export interface Expanded {
  inputs: InputSource[];
  problems: Problem[];
}

export async function expandPaths(paths: string[], opts: { stdinFilename?: string; cwd?: string } = {}): Promise<Expanded> {
  const cwd = opts.cwd ?? process.cwd();
  const inputs: InputSource[] = [];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  // Paths are reported as the user gave them, and read from `cwd` (the library's option).
  const onDisk = (path: string) => (isAbsolute(path) ? path : resolve(cwd, path));
  const add = (shown: string) => {
    const path = onDisk(shown);
    if (seen.has(path)) return;
    seen.add(path);
    inputs.push(fileInput(path, shown));
  };
  for (const arg of paths) {
    if (arg === "-") {
      // stdin can be read once: a second `-` would be an empty draft.
      if (seen.has("-")) continue;
      seen.add("-");
      inputs.push(stdinInput(opts.stdinFilename ?? "<stdin>", opts.stdinFilename ?? "<stdin>"));
      continue;
    }
    let kind: "file" | "dir" | "none" = "none";
    try {
      kind = statSync(onDisk(arg)).isDirectory() ? "dir" : "file";
    } catch {
      kind = "none";
    }
    if (kind === "file") add(arg);
    else if (kind === "dir") {
      const { glob } = await globbing();
      const found = await glob(`**/*.{${DRAFT_EXTENSIONS.join(",")}}`, { cwd: onDisk(arg), ignore: IGNORE, dot: false, onlyFiles: true });
      if (found.length === 0) problems.push({ source: arg, message: `no draft files (.${DRAFT_EXTENSIONS.join(", .")}) in this directory` });
      for (const f of found.sort()) add(joinPath(arg, f));
    } else if ((await globbing()).isDynamicPattern(arg)) {
      const { glob } = await globbing();
      // An absolute pattern gives absolute paths (not `../../…` from cwd).
      const found = await glob(arg, { cwd, absolute: isAbsolute(arg), ignore: IGNORE, dot: false, onlyFiles: true });
      if (found.length === 0) problems.push({ source: arg, message: "no files match this pattern" });
      for (const f of found.sort()) add(f);
    } else problems.push({ source: arg, message: "cannot read: no such file" });
  }
  return { inputs, problems };
}

function joinPath(dir: string, file: string): string {
  return dir.endsWith("/") ? dir + file : `${dir}/${file}`;
}
