/**
 * `compute` at most once per object — a dataset, or one of its lists — for as long as that object lives:
 * what depends on the data alone is not rebuilt on every filter change, and a new dataset (a reload, a
 * larger file) gets its own. The one memo the app keeps per data object; held weakly, so an old dataset
 * and everything built from it can be collected.
 */
export function oncePer<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const results = new WeakMap<K, V>();
  return (key) => {
    if (results.has(key)) return results.get(key) as V;
    const result = compute(key);
    results.set(key, result);
    return result;
  };
}
