// The dev sets beside the project (../shared/data/dev, for the team and CI, not for users) as
// the eval scripts read them: where they are, their rows, and their text as a draft would hold it.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const devDir = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "..", "shared", "data", "dev");

/** The rows of a JSON Lines file. */
export const readJsonl = (file) => readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));

/** Dev-set text as the sources give it: HTML entities decoded, `RT @name:` kept (it is in real drafts too). */
export const clean = (text) => text.replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#\d+;/g, " ");
