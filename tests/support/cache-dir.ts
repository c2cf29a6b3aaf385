import {rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

/* vitest's global setup: the run's analysis cache folder (vitest.config.ts) is removed when the run ends. */
export default function setup(): () => void {
  return () => rmSync(join(tmpdir(), `framelens-test-cache-${process.pid}`), {recursive: true, force: true});
}
