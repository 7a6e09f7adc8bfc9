// A draft's identity for the cool-down: the hash of its normalised text, so that re-saving the
// same words (other case, accents typed or not, spacing) keeps its clock, and any real edit does not.
import { createHash } from "node:crypto";
import { fold } from "../text/normalize.js";

export function normaliseForFingerprint(text: string): string {
  return fold(text.normalize("NFC")).replace(/\s+/g, " ").trim();
}

export function fingerprint(text: string): string {
  return createHash("sha256").update(normaliseForFingerprint(text)).digest("hex");
}
