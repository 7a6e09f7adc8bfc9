// The CLI's model-source.ts (scripts/build.mjs swaps it in): the same tables, compiled at build
// time into dist/models/<rule>.json. Reading them costs a run a few milliseconds where reading
// the model file line by line cost it 20 to 40 (16,751 weights for not-empty).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "../packs/load.js";
import { fromCompiled, type LoadedModel, type ModelRule } from "./model-tables.js";

export function readBuiltInModel(rule: ModelRule): LoadedModel | null {
  return fromCompiled(JSON.parse(readFileSync(join(packageRoot(), "dist", "models", `${rule}.json`), "utf8")));
}
