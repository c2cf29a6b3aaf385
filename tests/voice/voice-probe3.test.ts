import {join} from 'node:path';
import {describeProbe} from '../support/voice-probe.js';

/*
 * The third voice probe (tests/fixtures/voice-probe3/README.md): fresh
 * real passages from events and outlets that neither the development set
 * nor the first two probes hold, chosen for attribution that runs across
 * sentences and paragraphs, annotated before the tool ran on them and
 * scored with the first probe's scorer. Its first-pass figures (before any
 * rule was grown on it) are in the README.
 */

const DIR = join(import.meta.dirname, '..', 'fixtures', 'voice-probe3');

/** Floors just below the measured figures (voice, distanced) per language. */
const FLOORS = {ar: {voice: 0.93, distanced: 0.74}, en: {voice: 0.96, distanced: 0.74}};

describeProbe('third voice probe: attribution across sentences and paragraphs', 'voice probe 3', DIR, FLOORS);
