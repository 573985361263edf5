/**
 * A pure function of a string, with its answers kept by string (undefined answers too). The
 * validator asks the same path and pattern questions of every import of the tree.
 */
export function memoize<T>(fn: (key: string) => T): (key: string) => T {
  const seen = new Map<string, T>();
  return (key) => {
    let v = seen.get(key);
    if (v === undefined && !seen.has(key)) seen.set(key, (v = fn(key)));
    return v as T;
  };
}
