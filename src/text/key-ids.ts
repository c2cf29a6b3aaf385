/*
 * One integer per distinct matching key (normalize.ts), handed out as words
 * are first met, so that what looks words up by key (the lexicon matcher's
 * candidates) can index an array instead of hashing a string per token.
 * The table is emptied when it holds KEPT keys, which keeps memory flat on a
 * very large corpus; numbers are then handed out again from 0, so a user
 * of the numbers must check the key it stored beside one (the matcher does).
 */

const KEPT = 1 << 19;
let ids = new Map<string, number>();

/** The number of a matching key. */
export function keyIdOf(key: string): number {
  let id = ids.get(key);
  if (id === undefined) {
    if (ids.size >= KEPT) ids = new Map();
    id = ids.size;
    ids.set(key, id);
  }
  return id;
}
