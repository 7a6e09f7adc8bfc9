// `npm run eval`: measured quality of the rules on labelled examples (runs on the built library).
// Each scripts/eval/*.mjs prints its own figures.
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const dir = join(dirname(fileURLToPath(import.meta.url)), "eval");
for (const name of readdirSync(dir).filter((f) => f.endsWith(".mjs")).sort()) {
  await import(pathToFileURL(join(dir, name)).href);
}
