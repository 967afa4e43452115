/** What `remembered` stores results in: a WeakMap for objects, a Map for names. */
interface Memo<K, V> {
  has(key: K): boolean;
  get(key: K): V | undefined;
  set(key: K, value: V): unknown;
}

function remembered<K, V>(compute: (key: K) => V, results: Memo<K, V>): (key: K) => V {
  return (key) => {
    if (results.has(key)) return results.get(key) as V;
    const result = compute(key);
    results.set(key, result);
    return result;
  };
}

/**
 * `compute` at most once per object — a dataset, or one of its lists — for as long as that object lives:
 * what depends on the data alone is not rebuilt on every filter change, and a new dataset (a reload, a
 * larger file) gets its own. The one memo the app keeps per data object; held weakly, so an old dataset
 * and everything built from it can be collected.
 */
export function oncePer<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  return remembered(compute, new WeakMap<K, V>());
}

/**
 * `compute` at most once per name — a brand id, the address the page opened at — for the page's life: what
 * a chart hands Recharts per brand stays the same object across renders. Held strongly, so only for the few
 * names a dataset or a page has.
 */
export function oncePerName<V>(compute: (name: string) => V): (name: string) => V {
  return remembered(compute, new Map<string, V>());
}
