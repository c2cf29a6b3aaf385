import {discover, type Discovery} from '../discover/discover.js';
import type {Analysis} from '../types.js';

/*
 * The Terms screen's data: `discover` on the analysis the UI shows, computed
 * the first time the screen (or its keys) need it and kept with the analysis.
 */
const cache = new WeakMap<Analysis, Discovery>();

export function discoveryOf(a: Analysis): Discovery {
  let found = cache.get(a);
  if (!found) {
    found = discover(a);
    cache.set(a, found);
  }
  return found;
}
