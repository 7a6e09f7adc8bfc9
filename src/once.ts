// A value worked out on first use, then kept: knowledge most runs never need (a pattern list, the
// topics a suggestion quotes) costs nothing until a draft asks for it.

export function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}
