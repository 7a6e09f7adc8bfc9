#!/usr/bin/env node
// Thin shim: everything lives in the bundled CLI (built by `npm run build`, run on `npm install`).
import module from "node:module";

// V8 keeps the CLI's compiled code between runs (faster start-up): Node 22.1+ for the ES module
// bundle; older Node through the CommonJS build and a code cache (src/cli/code-cache.ts).
const start = module.enableCompileCache
  ? (module.enableCompileCache(), import("../dist/cli/main.mjs"))
  : process.env.NODE_DISABLE_COMPILE_CACHE
    ? import("../dist/cli/main.mjs")
    : import("../dist/cli/code-cache.cjs").then((loader) => loader.default.load());

start.then(
  (cli) => cli.run(process.argv),
  (error) => {
    process.stderr.write(`twcheck: cannot start (${error.message}); run \`npm run build\` first\n`);
    process.exitCode = 2;
  },
);
