// A cache of the last few results per text, for steps several rules repeat on the same draft.
//
// A fixed ring of slots, not a Map with delete-and-insert: V8 rehashes a Map's table as entries
// churn and links each old table to its successor, so a Map used as a rolling cache kept every
// evicted value alive through young-generation GCs until a full GC (on a 10,000-draft batch, about
// 1 MB promoted to the old generation per scavenge, and a larger heap on Node 24).
export interface Recent<V> {
  get(key: string): V | undefined;
  set(key: string, value: V): void;
}

export function recentCache<V>(size: number): Recent<V> {
  const keys: Array<string | undefined> = new Array<string | undefined>(size).fill(undefined);
  const values: Array<V | undefined> = new Array<V | undefined>(size).fill(undefined);
  let next = 0;
  return {
    get(key) {
      for (let i = 0; i < size; i++) if (keys[i] === key) return values[i];
      return undefined;
    },
    set(key, value) {
      keys[next] = key;
      values[next] = value;
      next = next + 1 === size ? 0 : next + 1;
    },
  };
}
