import {copyFileSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {tmp} from '../corpus/support.js';

/*
 * A real wire story in many outlets: the Hong Kong devset articles, plus
 * `copies` copies of its Reuters story (each under its own outlet name),
 * the copy `edited` with "protesters" changed to "rioters" — one agency
 * story carried by more sources than pairs can show, so the analysis
 * reports it as one passage group.
 */
export const HONG_KONG = join(import.meta.dirname, '..', 'fixtures', 'devset', 'hong-kong-2019');
const REUTERS = '005-independent-reuters.txt';

export function wireCorpus(copies = 13, edited = 3): string {
  const dir = tmp();
  for (const f of readdirSync(HONG_KONG).filter((x) => x.endsWith('.txt'))) copyFileSync(join(HONG_KONG, f), join(dir, f));
  const story = readFileSync(join(HONG_KONG, REUTERS), 'utf8');
  for (let i = 0; i < copies; i++) {
    const text = story.replace(/^outlet: .*$/mu, `outlet: "Paper ${String.fromCharCode(65 + i)} Daily"`);
    writeFileSync(join(dir, `w${String(i).padStart(2, '0')}.txt`), i === edited ? text.replace(/protesters/gu, 'rioters') : text);
  }
  return dir;
}
