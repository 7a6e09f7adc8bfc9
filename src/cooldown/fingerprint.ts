// A draft's identity for the cool-down: the hash of its normalised text, so that re-saving the
// same words (other case, accents typed or not, spacing) keeps its clock, and any real edit does not.
import { createRequire } from "node:module";
import { fold } from "../text/normalize.js";
import { collapseSpaces } from "./spaces.js";

// node:crypto takes a few milliseconds to load: only runs that meet a heated draft need it.
type Crypto = typeof import("node:crypto");
let crypto: Crypto | null = null;
const loadCrypto = (): Crypto => (crypto ??= createRequire(import.meta.url)("node:crypto") as Crypto);

export function normaliseForFingerprint(text: string): string {
  return collapseSpaces(fold(text.normalize("NFC")));
}

export function fingerprint(text: string): string {
  const data = normaliseForFingerprint(text);
  const c = loadCrypto();
  // crypto.hash (Node 20.12+) hashes in one call, without building a Hash object per draft.
  const oneShot = (c as { hash?: (algorithm: string, data: string, encoding: "hex") => string }).hash;
  return oneShot ? oneShot("sha256", data, "hex") : c.createHash("sha256").update(data).digest("hex");
}
