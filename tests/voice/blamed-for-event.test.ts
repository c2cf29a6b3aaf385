import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * "blame X for" and a determiner name the event the blame is laid for, the outlet's words; the one blamed stays the
 * speaker's charge (src/voice/blamed-for-event.ts). A gerund after "for" is the charge itself and stays reported.
 * Grown on tests/fixtures/voice-probe35.
 */

/** SOTT carrying RFE/RL, https://www.sott.net/article/455904-Iran-says-Police-Officer-killed-in-sixth-night-of-protests-over-water-shortages (voice-probe35). */
const RFERL = 'State media blamed "rioters" for the killing.';

/** Arab News via Eurasia Review, https://www.eurasiareview.com/25112011-saudi-arabia-foreign-hand-seen-in-qatif-unrest/ (devset saudi-arabia-2011). */
const ARAB_NEWS = 'Mansour Al-Turki, spokesman of the Interior Ministry, blamed foreign elements on Thursday for the clashes between security forces and rioters in the eastern city of Qatif that have claimed the lives of four people.';

/** Press TV, http://www.presstv.ir/detail/2014/03/01/352743/ukraine-saw-westernbacked-coup/ (devset ukraine-2014-new). */
const PRESS_TV = 'Yanukovych has also blamed the West for the crisis that continues to unfold in Ukraine.';

/** marketsubset.com, https://marketsubset.com/blog/2022/11/28/china-beijing-blames-forces-with-ulterior-motives-for-linking-deadly-urumqi-fire-to-covid-policy/ (voice-probe23). */
const CHINA = 'China blamed “forces with ulterior motives” for linking a deadly fire in the western Xinjiang region to strict COVID measures.';

describe('"blamed X for <the event>": the event is the outlet\'s words', () => {
  it('the killing, the clashes, the crisis are named by the outlet (RFE/RL, Arab News, Press TV)', () => {
    expect(voiceOf(RFERL, 'the killing', 'en').voice).toBe('outlet');
    expect(voiceOf(ARAB_NEWS, 'the clashes between security forces and rioters', 'en').voice).toBe('outlet');
    expect(voiceOf(PRESS_TV, 'the crisis', 'en').voice).toBe('outlet');
  });

  it('the one blamed stays the speaker\'s', () => {
    expect(voiceOf(RFERL, 'rioters', 'en').voice).toBe('quoted');
    expect(voiceOf(ARAB_NEWS, 'foreign elements', 'en').voice).toBe('attributed');
  });

  it('a gerund after "for" is the charge, still reported (China)', () => {
    expect(voiceOf(CHINA, 'linking a deadly fire', 'en').voice).toBe('attributed');
  });
});
