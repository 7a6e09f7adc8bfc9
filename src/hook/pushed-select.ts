// One input per distinct draft content: a path pushed to several refs with the same content is
// checked once; with different contents, each is named `<remote ref>:<path>` so the report tells them apart.
import type { BlobEntry } from "./blobs.js";

export function dedupePushed(perRef: ReadonlyArray<{ ref: string; entries: readonly BlobEntry[] }>): BlobEntry[] {
  const blobsByPath = new Map<string, Set<string>>();
  for (const { entries } of perRef)
    for (const e of entries) blobsByPath.set(e.source, (blobsByPath.get(e.source) ?? new Set()).add(e.blob));
  const seen = new Set<string>();
  const out: BlobEntry[] = [];
  for (const { ref, entries } of perRef) {
    for (const e of entries) {
      const key = `${e.source}\0${e.blob}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const ambiguous = (blobsByPath.get(e.source)?.size ?? 0) > 1;
      out.push({ source: ambiguous ? `${ref}:${e.source}` : e.source, path: e.source, blob: e.blob });
    }
  }
  return out;
}
