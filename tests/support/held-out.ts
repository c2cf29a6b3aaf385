/** Two grown-on events told by outlets no rule was grown on: a held-out split of known events. */
export const NEW_OUTLETS: ReadonlySet<string> = new Set(['belarus-2020-new', 'hong-kong-2019-new']);
/** Events no rule or entry was grown on: the estimate for an event the lexicons have not seen. */
export const UNSEEN_EVENTS: ReadonlySet<string> = new Set(['bahrain-2011', 'egypt-2011', 'france-2018', 'iran-2019', 'sri-lanka-2022', 'syria-2011']);
/** Every held-out development-set folder. */
export const HELD_OUT: ReadonlySet<string> = new Set([...UNSEEN_EVENTS, ...NEW_OUTLETS]);
