// Build: `tsc` emits the typed library (dist/lib, ESM + .d.ts); esbuild bundles the CLI into
// a few files (dist/cli/) so that start-up reads one file instead of hundreds of modules.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
rmSync(join(root, "dist"), { recursive: true, force: true });

execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", join(root, "tsconfig.json")], {
  stdio: "inherit",
  cwd: root,
});

const esbuild = await import("esbuild");

// twitter-text's build imports core-js 2 polyfills for ES2015 (RegExp, Array, Object methods)
// for old browsers. Node 20+ has all of them natively and they change nothing there (checked:
// the built-ins are the same objects with and without them), so the bundle leaves them out
// rather than evaluate 50 KiB at every start. The length tests compare the CLI with the
// published twitter-text, polyfills included.
const withoutPolyfills = {
  name: "without-core-js-polyfills",
  setup(build) {
    build.onResolve({ filter: /^core-js\/modules\// }, (args) => ({ path: args.path, namespace: "no-polyfill" }));
    build.onLoad({ filter: /.*/, namespace: "no-polyfill" }, () => ({ contents: "", loader: "js" }));
  },
};
// The cool-down's profanity lists (two small JSON files of `naughty-words`) go into the bundle:
// read through Node's CommonJS loader they cost a one-draft run about 1.6 ms.
const inlineProfanity = {
  name: "inline-profanity-lists",
  setup(build) {
    build.onResolve({ filter: /\/profanity-source\.js$/ }, () => ({ path: "profanity-source", namespace: "profanity-inline" }));
    build.onLoad({ filter: /.*/, namespace: "profanity-inline" }, () => ({
      contents: 'import fr from "naughty-words/fr.json"; import en from "naughty-words/en.json"; export function readProfanityFile(lang) { return lang === "fr" ? fr : en; }',
      loader: "js",
      resolveDir: root,
    }));
  },
};
// The common-word lists (language detection, not-empty) and the presets' one-word terms are read from
// dist/words/, folded below by this build: folding them in the run that first needs them
// cost it about 15 ms, reading them folded costs about 3 ms.
const commonWordLists = {
  name: "common-word-lists",
  setup(build) {
    build.onResolve({ filter: /\/word-source\.js$/ }, (args) =>
      args.importer.includes(join("src", "lang")) ? { path: join(root, "src/lang/word-source-cli.ts") } : undefined,
    );
  },
};
// The learned models' tables are read from dist/models/ (compiled below by this build): reading
// not-empty's model file line by line cost the first draft that needed it 20 to 40 ms.
const compiledModels = {
  name: "compiled-models",
  setup(build) {
    build.onResolve({ filter: /\/model-source\.js$/ }, () => ({ path: join(root, "src/text/model-source-cli.ts") }));
  },
};
// commander requires node:child_process when it loads, for executable subcommands (a `git`-style
// `twcheck-foo` binary), which twcheck does not have: Node then loads child_process, dgram and
// their internals at every start. The bundle gives commander a stand-in that loads the real module
// on first use.
const lazyChildProcess = {
  name: "lazy-child-process-for-commander",
  setup(build) {
    build.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.importer.includes(join("node_modules", "commander")) ? { path: "child_process", namespace: "lazy-child-process" } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: "lazy-child-process" }, () => ({
      contents: 'let real; module.exports = new Proxy({}, { get: (_, key) => (real ??= require("node:child_process"))[key] });',
      loader: "js",
    }));
  },
};
// What both builds of the CLI share (the ES module bundle and the CommonJS file below).
const cliBuild = {
  outdir: join(root, "dist/cli"),
  bundle: true,
  platform: "node",
  // Prefer packages' ES module builds: they tree-shake (only two of `stopword`'s 60 lists ship).
  mainFields: ["module", "main"],
  // twitter-text imports "punycode": bundle the npm package it depends on, not Node's deprecated
  // built-in (which prints a DEP0040 warning on Node 22+).
  alias: { punycode: "punycode/punycode.js" },
  plugins: [withoutPolyfills, inlineProfanity, commonWordLists, compiledModels, lazyChildProcess],
  // ES2022, which Node 20 runs natively. Not "node20": for node targets esbuild rewrites every
  // regular expression with a Unicode property escape (`/\p{Lu}/u`) into `new RegExp(...)`, and
  // one written inside a function is then built again at every call (on every token of every draft).
  target: "es2022",
  // cosmiconfig only loads TypeScript for twcheck.config.ts, when the user has it installed.
  external: ["typescript"],
  legalComments: "none",
  // Less for V8 to scan at start-up; names are kept so that TWCHECK_DEBUG stack traces stay readable.
  minifyWhitespace: !process.env.TWCHECK_BUILD_READABLE,
  minifySyntax: true,
  logLevel: "warning",
};
const result = await esbuild.build({
  ...cliBuild,
  entryPoints: { main: join(root, "src/cli/main.ts"), worker: join(root, "src/engine/worker.ts") },
  outExtension: { ".js": ".mjs" },
  // Modules imported with import() become chunks read only by the runs that need them.
  splitting: true,
  chunkNames: "chunks/[name]-[hash]",
  metafile: true,
  format: "esm",
  // CommonJS dependencies (twitter-text) call require(): give the ESM bundle a real one.
  banner: { js: 'import { createRequire as __twcheckRequire } from "node:module"; const require = __twcheckRequire(import.meta.url);' },
});
// The same CLI as one CommonJS file, for Node versions without `module.enableCompileCache`
// (before 22.1): bin/twcheck.js runs it through src/cli/code-cache.cts, which keeps V8's code
// cache for it (`vm.Script` takes one for scripts, not for ES modules). Its lazily imported
// parts are functions in the file, run when first imported; with a cache, V8 does not parse
// those a run never calls.
await esbuild.build({
  ...cliBuild,
  entryPoints: { main: join(root, "src/cli/main.ts") },
  outExtension: { ".js": ".cjs" },
  format: "cjs",
  // `import.meta.url` (where the packs and the worker are) as the ES module bundle has it, from this file's place.
  define: { "import.meta.url": "__twcheckUrl" },
  banner: { js: 'const __twcheckUrl = require("node:url").pathToFileURL(__filename).href; const __twcheckImport = globalThis.__twcheckImport;' },
});
// `import()` in code compiled by `vm.Script` with a code cache fails on Node 20 ("A dynamic import
// callback was not specified": the cache loses the loader's host options). The CommonJS build's
// few `import()` (cosmiconfig loading a user's JavaScript config, TypeScript) go through the
// loader's own `import()` instead (code-cache.cts), which Node compiled as usual.
{
  const file = join(root, "dist/cli/main.cjs");
  const code = readFileSync(file, "utf8");
  const dynamicImport = /(?<![\w$.])import\(/g;
  const found = code.match(dynamicImport)?.length ?? 0;
  // Three today; a new one is fine, but a count of none means this rewriting no longer sees them.
  if (found === 0) throw new Error("dist/cli/main.cjs: no dynamic import() found to route through the code-cache loader");
  writeFileSync(file, code.replace(dynamicImport, "__twcheckImport("));
}
await esbuild.build({
  entryPoints: { "code-cache": join(root, "src/cli/code-cache.cts") },
  outdir: join(root, "dist/cli"),
  outExtension: { ".js": ".cjs" },
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "es2022",
  logLevel: "warning",
});
// The CLI's JavaScript and JSON in ASCII only: a file with one character beyond ASCII (`/[œæ]/`,
// twitter-text's `＃`) is decoded from UTF-8 into a two-byte string, which V8 then scans, hashes and
// parses at every start. Written as `\uXXXX` (UTF-16 code units, which JavaScript strings, regular
// expressions and JSON all read as the same characters), they give one-byte strings. esbuild's
// default ASCII output leaves such characters in regular expression literals.
function asciiOnly(file) {
  const text = readFileSync(file, "utf8");
  // An escape's backslash right before the character (`\œ`) would turn the rewriting into a
  // literal backslash: none today; refuse rather than change a pattern.
  const escaped = /(?<!\\)(?:\\\\)*\\[^\x00-\x7f]/.exec(text);
  if (escaped) throw new Error(`${file}: a backslash before a non-ASCII character at ${escaped.index}; cannot write it in ASCII`);
  writeFileSync(file, text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`));
}
for (const entry of readdirSync(join(root, "dist/cli"), { recursive: true })) if (/\.(?:mjs|cjs)$/.test(entry)) asciiOnly(join(root, "dist/cli", entry));

// What each output holds, for start-up work (`npx esbuild --analyze` reads it too).
writeFileSync(join(root, "dist/cli/meta.json"), JSON.stringify(result.metafile));

// The built-in packs' phrases, compiled once here rather than at every start of the CLI (see
// usePhraseTable in src/text/phrases.ts): every string and every key of rules/**/*.json, with
// the compiler of this very build. Not the presets' long tail (`moreTopics`): a run reads it only
// for a draft the other lists leave off topic, and a table read at every start would cost them all.
// In two parts: the phrases of every rule's own packs and of the profanity lists
// (dist/phrases.json), which every run files, and those only `topical`'s packs and the presets
// hold (dist/phrases-topics.json), which a run without topics never reads.
const { encodePhrase, worthTabling } = await import(pathToFileURL(join(root, "dist/lib/text/phrases.js")).href);
const phrasesOf = (dir) => {
  const phrases = new Set();
  const visit = (value) => {
    if (typeof value === "string") phrases.add(value);
    else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === "object")
      for (const [key, inner] of Object.entries(value)) {
        phrases.add(key);
        if (key !== "moreTopics") visit(inner);
      }
  };
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".json")) visit(JSON.parse(readFileSync(path, "utf8")));
    }
  };
  walk(dir);
  return phrases;
};
const TOPIC_PACKS = new Set(["topical", "presets"]);
const everyRun = new Set();
const withTopics = new Set();
for (const entry of readdirSync(join(root, "rules"), { withFileTypes: true }))
  if (entry.isDirectory()) for (const phrase of phrasesOf(join(root, "rules", entry.name))) (TOPIC_PACKS.has(entry.name) ? withTopics : everyRun).add(phrase);
// …and the cool-down's profanity lists (`naughty-words`), which every run files too.
for (const lang of ["fr", "en"]) for (const word of require(`naughty-words/${lang}.json`)) if (typeof word === "string") everyRun.add(word);
const tableOf = (phrases) => {
  const table = {};
  for (const phrase of [...phrases].sort()) if (worthTabling(phrase)) table[phrase] = encodePhrase(phrase);
  return table;
};
writeFileSync(join(root, "dist/phrases.json"), JSON.stringify(tableOf(everyRun)));
writeFileSync(join(root, "dist/phrases-topics.json"), JSON.stringify(tableOf([...withTopics].filter((p) => !everyRun.has(p)))));
for (const name of ["phrases.json", "phrases-topics.json"]) asciiOnly(join(root, "dist", name));

// not-empty's word lists as matching keys, one a line (see word-source-cli.ts), with the very
// folding of this build: each language's ranked list in full (a pack may ask for any rank), and
// the built-in presets' one-word terms.
const words = await import(pathToFileURL(join(root, "dist/lib/lang/word-source.js")).href);
mkdirSync(join(root, "dist/words"), { recursive: true });
for (const lang of ["fr", "en"]) writeFileSync(join(root, `dist/words/common-${lang}.txt`), words.readCommonKeys(lang, Infinity).join("\n"));
writeFileSync(join(root, "dist/words/sector.txt"), words.readSectorKeys().join("\n"));

// The learned models' tables (see model-source-cli.ts), read from the model files with this very build.
const { readBuiltInModel } = await import(pathToFileURL(join(root, "dist/lib/text/model-source.js")).href);
const { toCompiled } = await import(pathToFileURL(join(root, "dist/lib/text/model-tables.js")).href);
mkdirSync(join(root, "dist/models"), { recursive: true });
for (const rule of ["not-empty", "topical", "voice"]) writeFileSync(join(root, `dist/models/${rule}.bin`), toCompiled(readBuiltInModel(rule)));
