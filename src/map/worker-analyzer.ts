import {keptAnalyzer, type Analyzer} from '../analyze-steps.js';

/*
 * The analyzer of a worker thread (the map pool's, the terminal UI's): the
 * build's compiled lexicon when it has one, which needs none of the YAML
 * and schema code; only when it must be compiled (a lexicon edited since
 * the build, a --lexicon not kept yet, tsc's build) is analyze.ts loaded.
 * Half of a worker's module code is YAML and zod, and the terminal UI's
 * first frame waits for its analysis thread to load.
 */

/** The analyzer for these --lexicon files; a lexicon that cannot be loaded settles as its Error (for the thread to report when work comes). */
export async function workerAnalyzer(lexiconFiles: readonly string[]): Promise<Analyzer | Error> {
  try {
    return keptAnalyzer(lexiconFiles) ?? (await import('../analyze.js')).createAnalyzer(lexiconFiles);
  } catch (error) {
    return error as Error;
  }
}
