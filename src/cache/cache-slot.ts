import {BUILD_KEY} from '../build-key.js';
import {BUILT_CACHE_DIR, cacheDir, DEFAULT_LIMITS, readCachedAnalysis, writeCachedAnalysis, type KeptAnalysis} from './analysis-cache.js';
import {corpusKey, type KeyInput} from './corpus-key.js';

/*
 * One run's place in the analysis cache: the key of its corpus, looked up
 * in the user's cache folder and then among the analyses built with the
 * package (the seeds), and written to the user's folder after a miss.
 * None (null) without a build key (code not from the bundle), with
 * --no-cache, or for a corpus that cannot be keyed (corpus-key.ts). A
 * corpus of more than about 25 million characters is not kept (the cache holds
 * 512 MB).
 */

export interface CacheSlot {
  readonly lookup: () => KeptAnalysis | null;
  /** Keep a fresh analysis and what reading the corpus wrote to stderr. */
  readonly save: (kept: KeptAnalysis) => void;
}

export function cacheSlot(input: Omit<KeyInput, 'build'>, env: Readonly<Record<string, string | undefined>> = process.env, build: string | null = BUILD_KEY): CacheSlot | null {
  if (build === null) return null;
  const key = corpusKey({...input, build});
  if (key === null) return null;
  const dir = cacheDir(env);
  return {
    lookup: () => readCachedAnalysis(key, [dir, BUILT_CACHE_DIR], dir),
    save: (kept) => {
      // An analysis takes ten to twenty times its text once serialised (the seeds: 16,000 characters, 250 KB): one that could not fit is not serialised to find out.
      const text = kept.analysis.sources.reduce((n, s) => n + s.body.length, 0);
      if (text * 20 <= DEFAULT_LIMITS.maxBytes) writeCachedAnalysis(key, kept, dir);
    },
  };
}
