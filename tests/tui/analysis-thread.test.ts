import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {describe, expect, it} from 'vitest';
import {analyzeCorpus} from '../../src/analyze.js';
import {loadSeeds} from '../../src/corpus/load.js';

/*
 * The terminal UI analyses on a worker thread (src/tui/analysis-thread.ts).
 * A worker runs built JavaScript, so this loads the module from dist/
 * (built by `npm test` before vitest runs): the result must be the very
 * analysis analyzeCorpus gives, and a broken lexicon the same InputError.
 */

type ThreadModule = typeof import('../../src/tui/analysis-thread.js');
const built = (): Promise<ThreadModule> => import(pathToFileURL(join(import.meta.dirname, '..', '..', 'dist', 'tui', 'analysis-thread.js')).href) as Promise<ThreadModule>;

describe('the analysis thread', () => {
  it('gives the analysis analyzeCorpus gives on the seeds, with progress per source', async () => {
    const {startAnalysisThread} = await built();
    const seeds = loadSeeds();
    const thread = startAnalysisThread([]);
    const progress: string[] = [];
    thread.listen((done, total) => progress.push(`${done}/${total}`));
    const analysis = await thread.analyse(seeds);
    expect(JSON.stringify(analysis)).toBe(JSON.stringify(analyzeCorpus(seeds)));
    expect(analysis).toEqual(analyzeCorpus(seeds));
    expect(progress).toEqual(seeds.map((_, i) => `${i + 1}/${seeds.length}`));
  }, 30_000);

  it('reports a broken --lexicon as the InputError the CLI prints (file and line)', async () => {
    const {startAnalysisThread} = await built();
    const file = join(mkdtempSync(join(tmpdir(), 'framelens-thread-')), 'mine.yaml');
    writeFileSync(file, 'version: 1\nlanguage: ar\nentries:\n  - id: x\n    concept: nope\n');
    const failed = await startAnalysisThread([file]).analyse(loadSeeds()).catch((error: unknown) => error);
    // dist's own InputError class (not src's): the CLI's report() is the one in dist.
    expect(failed).toMatchObject({name: 'InputError', exitCode: 1});
    expect((failed as Error).message).toContain(`${file}:4:`);
  }, 30_000);
});
