#!/usr/bin/env node
// Thin shim: everything lives in the bundled CLI (built by `npm run build`, run on `npm install`).
import("../dist/cli/main.mjs").then(
  (cli) => cli.run(process.argv),
  (error) => {
    process.stderr.write(`twcheck: cannot start (${error.message}); run \`npm run build\` first\n`);
    process.exitCode = 2;
  },
);
