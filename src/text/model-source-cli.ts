// The CLI's model-source.ts (scripts/build.mjs swaps it in): the same tables, compiled at build
// time into dist/models/<rule>.bin. Reading the model file line by line cost a run 20 to 40 ms
// (16,751 weights for not-empty), parsing them as JSON (until session 23) a few; as doubles, the
// weights need no parsing at all.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "../packs/load.js";
import { fromCompiled, type LoadedModel, type ModelRule } from "./model-tables.js";

export function readBuiltInModel(rule: ModelRule): LoadedModel | null {
  return fromCompiled(readFileSync(join(packageRoot(), "dist", "models", `${rule}.bin`)));
}
