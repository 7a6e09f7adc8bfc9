// Where a rule's built-in model comes from: its file in the packs, rules/<rule>/model.tsv. The
// CLI's build replaces this module with model-source-cli.ts, which reads the same tables
// compiled by scripts/build.mjs (dist/models/<rule>.bin) with this very module.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "../packs/load.js";
import { modelFile, tablesFromText, type LoadedModel, type ModelRule } from "./model-tables.js";

/** The rule's model; throws when the file cannot be read, null when it holds no prior. */
export function readBuiltInModel(rule: ModelRule): LoadedModel | null {
  return tablesFromText(readFileSync(join(packageRoot(), ...modelFile(rule)), "utf8"));
}
