import {discover, type Discovery} from '../discover/discover.js';
import type {Analysis} from '../types.js';

/*
 * The Terms screen's data: `discover` on the analysis the UI shows, computed
 * the first time the screen (or its keys) need it and kept with the analysis.
 * It takes a second or more on a large corpus, so the app first draws a
 * frame saying so (discoveryReady) and computes after it.
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

/** Whether the Terms screen can be drawn at once, or must first say it is working. */
export function discoveryReady(a: Analysis): boolean {
  return cache.has(a);
}
