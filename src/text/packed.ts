// Array.prototype.map gives a packed array when V8 runs its builtin and a holey one once the
// calling function is optimized (Node 20, 22 and 24 alike). Code that reads such an array then
// meets an array of a new kind and is deoptimized, and a rule's check is compiled again
// (100–200 ms of the compiler's time each). Arrays built here are packed in every tier.

/** `items.map(f)`, always as a packed array. */
export function mapPacked<T, U>(items: readonly T[], f: (item: T, index: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < items.length; i++) out.push(f(items[i]!, i));
  return out;
}
