import {join} from 'node:path';
import {describeProbe} from '../support/voice-probe.js';

/*
 * The fifth voice probe (tests/fixtures/voice-probe5/README.md): fresh
 * real passages from events and outlets that neither the development set
 * nor the first four probes hold, sampled as the search results came —
 * each page's first stretch with framing-like terms, not chosen by
 * construction — annotated before the tool ran on them and scored with the
 * first probe's scorer. Its first-pass figures (before any rule was grown
 * on it) are in the README.
 */

const DIR = join(import.meta.dirname, '..', 'fixtures', 'voice-probe5');

/** Floors just below the measured figures (voice, distanced) per language. */
const FLOORS = {ar: {voice: 0.95, distanced: 0.99}, en: {voice: 0.95, distanced: 0.99}};

describeProbe('fifth voice probe: passages sampled as they came', 'voice probe 5', DIR, FLOORS);
