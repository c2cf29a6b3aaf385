import type {Mention} from '../types.js';

/**
 * Whether a mention counts for the pole it names: not denied ("not
 * protesters") and not in page furniture (a caption, an embedded post, a
 * link to another story, page chrome). Such mentions are listed in every
 * view, with their mark, and counted nowhere.
 */
export function isCounted(m: Pick<Mention, 'negated' | 'furniture'>): boolean {
  return !m.negated && m.furniture == null;
}
