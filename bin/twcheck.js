#!/usr/bin/env node
// Thin shim: everything lives in the bundled CLI (built by `npm run build`, run on `npm install`).
// CommonJS (bin/package.json says so): an ES module shim made Node load its ES module loader at
// every start, about 4 % of a one-draft run on Node 20, which the CommonJS build below never needs.
"use strict";
const { enableCompileCache } = require("node:module");

// V8 keeps the CLI's compiled code between runs (faster start-up): Node 22.1+ for the ES module
// bundle; older Node through the CommonJS build and a code cache (src/cli/code-cache.ts).
const start = enableCompileCache
  ? (enableCompileCache(), import("../dist/cli/main.mjs"))
  : process.env.NODE_DISABLE_COMPILE_CACHE
    ? import("../dist/cli/main.mjs")
    : new Promise((resolve) => resolve(require("../dist/cli/code-cache.cjs").load()));

start.then(
  (cli) => cli.run(process.argv),
  (error) => {
    // One line: require's message goes on with its require stack.
    process.stderr.write(`twcheck: cannot start (${String(error.message).split("\n")[0]}); run \`npm run build\` first\n`);
    process.exitCode = 2;
  },
);
