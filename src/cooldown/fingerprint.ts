// A draft's identity for the cool-down: the hash of its normalised text, so that re-saving the
// same words (other case, accents typed or not, spacing) keeps its clock, and any real edit does not.
import crypto from "node:crypto";
import { fold } from "../text/normalize.js";

export function normaliseForFingerprint(text: string): string {
  return fold(text.normalize("NFC")).replace(/\s+/g, " ").trim();
}

// crypto.hash (Node 20.12+) hashes in one call, without building a Hash object per draft.
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: "hex") => string }).hash;

export function fingerprint(text: string): string {
  const data = normaliseForFingerprint(text);
  return oneShot ? oneShot("sha256", data, "hex") : crypto.createHash("sha256").update(data).digest("hex");
}
