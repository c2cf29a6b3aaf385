/**
 * A pure function of a string, remembered: words, figures and short lines
 * repeat across a corpus. The memo is emptied when it holds `limit` keys,
 * which keeps memory flat on a large corpus. `keep` gives the key to store
 * (a copy of a slice, so the map does not keep a whole article alive).
 */
export function boundedMemo<V>(compute: (key: string) => V, limit: number, keep: (key: string) => string = (key) => key): (key: string) => V {
  const memo = new Map<string, V>();
  return (key: string): V => {
    let value = memo.get(key);
    if (value === undefined) {
      if (memo.size >= limit) memo.clear();
      value = compute(key);
      memo.set(keep(key), value);
    }
    return value;
  };
}
