import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {defineConfig} from 'vitest/config';

// The analysis cache of every CLI the tests run goes to a folder of this run (removed by
// tests/support/cache-dir.ts), never ~/.cache: a test must not depend on what an earlier run kept.
export const TEST_CACHE_DIR = join(tmpdir(), `framelens-test-cache-${process.pid}`);

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    testTimeout: 30_000,
    // A beforeAll that analyses a corpus is a test's work: on a loaded 2-core machine it took over the default 10 s.
    hookTimeout: 30_000,
    env: {FRAMELENS_CACHE_DIR: TEST_CACHE_DIR},
    globalSetup: ['tests/support/cache-dir.ts'],
  },
});
