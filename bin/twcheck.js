#!/usr/bin/env node
// Thin shim: everything lives in the bundled CLI (built by `npm run build`, run on `npm install`).
import module from "node:module";

// Node 22.1+ keeps V8's compiled code between runs (faster start-up); older Node has no such API.
module.enableCompileCache?.();

import("../dist/cli/main.mjs").then(
  (cli) => cli.run(process.argv),
  (error) => {
    process.stderr.write(`twcheck: cannot start (${error.message}); run \`npm run build\` first\n`);
    process.exitCode = 2;
  },
);
