// Start-up on Node versions without `module.enableCompileCache` (before 22.1: Node 20): the CLI
// as one CommonJS file (dist/cli/main.cjs, built beside the ES module bundle), compiled through
// `vm.Script` with V8's code cache kept in the system's temporary folder, as Node 22's compile
// cache does for the ES module bundle. Parsing and compiling the CLI's JavaScript was about a
// seventh of a one-draft run on Node 20 (docs/decisions.md, session 10). The cache is only a
// speed-up: V8 checks it against the source and rejects a stale one, and any error reading or
// writing it falls back to compiling as usual. NODE_DISABLE_COMPILE_CACHE turns it off, as it
// does Node's own (bin/twcheck.js then loads the ES module bundle).
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import Module = require("node:module");
import { tmpdir, userInfo } from "node:os";
import { dirname, join } from "node:path";
import { Script } from "node:vm";

interface Cli {
  run(argv: string[]): Promise<void>;
}

/** Loads dist/cli/main.cjs (beside this file) with a code cache. */
export function load(): Cli {
  const file = join(__dirname, "main.cjs");
  // The build writes main.cjs in ASCII (scripts/build.mjs), which Latin-1 reads as the same
  // characters without UTF-8 decoding: on Node 20 reading the 1.1 MB file took about 14 ms as
  // UTF-8 and 9 ms as Latin-1, most of it this host's first touch of the memory (docs/speed.md,
  // session 24). Module.wrap then copies it into one flat string for V8: compiled from the
  // external string Latin-1 gives for a file this size, the functions a run compiles lazily
  // (those the cache lacks) cost more (12 drafts +7 % instructions).
  const source = readFileSync(file, "latin1");
  const cache = cacheFileFor(file);
  const cached = cache ? readCache(cache) : undefined;
  // The CLI's `import()` (a user's twcheck.config.mjs, TypeScript) is this module's: code compiled
  // by `vm.Script` from a code cache cannot import on Node 20 (the build routes them here).
  (globalThis as { __twcheckImport?: (specifier: string) => Promise<unknown> }).__twcheckImport = (specifier) => import(specifier);
  const script = new Script(Module.wrap(source), { filename: file, cachedData: cached });
  const module = { exports: {} as Cli };
  script.runInThisContext()(module.exports, Module.createRequire(file), module, file, dirname(file));
  if (cache && (cached === undefined || script.cachedDataRejected)) {
    // Written at exit, so that it holds the functions this run compiled (a check's, not only the top level).
    process.once("exit", () => save(cache, () => script.createCachedData()));
  }
  return module.exports;
}

interface CacheFile {
  dir: string;
  file: string;
  uid: number;
}

/** One file per Node version and build of the CLI (its size and time), in a folder of the user's own. */
function cacheFileFor(file: string): CacheFile | null {
  try {
    const { size, mtimeMs } = statSync(file);
    // process.getuid (POSIX) rather than userInfo(), which reads the password database (0.6 ms).
    const uid = process.getuid?.() ?? userInfo().uid;
    return { dir: join(tmpdir(), `twcheck-compile-cache-${uid}`), file: `${process.version}-${process.arch}-${size}-${Math.round(mtimeMs)}.bin`, uid };
  } catch {
    return null;
  }
}

/** The cached code, if the folder is the user's own (a shared temporary folder is not trusted). */
function readCache({ dir, file, uid }: CacheFile): Buffer | undefined {
  try {
    if (statSync(dir).uid !== uid) return undefined;
    return readFileSync(join(dir, file));
  } catch {
    return undefined;
  }
}

function save({ dir, file, uid }: CacheFile, data: () => Buffer): void {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    if (statSync(dir).uid !== uid) return;
    // Written aside, then renamed: a run reading at the same time sees the old file or the new one, never half of it.
    const temporary = join(dir, `${file}.${process.pid}`);
    writeFileSync(temporary, data(), { mode: 0o600 });
    renameSync(temporary, join(dir, file));
    // The same Node's caches of earlier builds are of no more use.
    const prefix = `${process.version}-${process.arch}-`;
    for (const other of readdirSync(dir)) if (other !== file && other.startsWith(prefix) && other.endsWith(".bin")) unlinkSync(join(dir, other));
  } catch {
    // A read-only or full disk: the next run compiles as usual.
  }
}
