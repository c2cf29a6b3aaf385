import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadProbe, reportProbe, scoreProbe} from '../support/voice-probe.js';

/*
 * The eighteenth voice probe (tests/fixtures/voice-probe18/README.md),
 * Arabic only: real passages from events that neither the development set
 * nor any earlier probe holds, three fifths of them from state news
 * agencies, state broadcasters and state-owned papers or relaying
 * ministries and security spokesmen over several sentences, sought on
 * purpose — each page's first stretch with framing-like terms, not chosen
 * by construction — annotated before the tool ran on them and scored with
 * the first probe's scorer. Its first-pass figures (before any rule was
 * grown on it) are in the README.
 */

const DIR = join(import.meta.dirname, '..', 'fixtures', 'voice-probe18');

/** Floors just below the measured figures. */
const FLOOR = {voice: 0.97, distanced: 0.99};

describe('eighteenth voice probe: Arabic passages from state media and relayed official statements', () => {
  it('ar: voice and distanced of every annotated term', () => {
    const file = loadProbe(DIR, 'ar');
    const {voice, distanced} = reportProbe('voice probe 18', file, scoreProbe(file));
    expect(voice).toBeGreaterThanOrEqual(FLOOR.voice);
    expect(distanced).toBeGreaterThanOrEqual(FLOOR.distanced);
  });
});
