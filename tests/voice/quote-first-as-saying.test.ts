import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * A quotation opening the sentence and a "quoted … as saying" frame closing it: the quotation is what was said, and
 * a comma or a full stop after "as saying" leaves what follows to the outlet (src/voice/quote-first-as-saying.ts).
 * "quoted X as saying that …" still reports forward. Grown on tests/fixtures/voice-probe35.
 */

/** All San Francisco (Reuters copy), https://all-sanfrancisco.com/world-news/irans-khamenei-says-water-crisis-protesters-cannot-be-blamed/ (voice-probe35). */
const REUTERS = '“The people showed their displeasure, but we cannot really blame the people because the issue of water is not a small one especially in Khuzestan’s hot climate,” Khamenei was quoted by state TV as saying, in reference to the protests.';

/** Al Jazeera, https://www.aljazeera.com/news/2021/7/23/we-cannot-blame-the-people-over-irans-water-crisis-khamenei (voice-probe35). */
const AL_JAZEERA = '“The people showed their displeasure … but we cannot really blame the people and their issues must be taken care of,” Khamenei was quoted on Friday by Iranian news agencies as saying, in his first direct mention of the weeklong protests.';

/** Iran Human Rights Monitor, https://iran-hrm.com/index.php/2018/09/27/authorities-move-to-intimidate-striking-truckers-dozens-arrested/ (voice-probe35). */
const IRAN_HRM = 'The state-run IRNA news agency quoted the Social Deputy of Fars Province’s State Security Forces as saying that 22 truckers had been arrested in the province.';

/** SOTT carrying RFE/RL, https://www.sott.net/article/455904-Iran-says-Police-Officer-killed-in-sixth-night-of-protests-over-water-shortages (voice-probe35). */
const RFERL = 'State-run broadcaster IRIB quoted a local official in the port city of Bandar Mahshahr, Fereydoun Bandari, as saying on July 21 that the officer was killed by gunfire in the city overnight, while another policeman sustained a gunshot wound to his leg.';

describe('"“…,” X was quoted by Y as saying, …": the quotation was what was said', () => {
  it('the circumstance after "as saying," is the outlet\'s (Reuters, Al Jazeera)', () => {
    expect(voiceOf(REUTERS, 'the protests', 'en').voice).toBe('outlet');
    expect(voiceOf(AL_JAZEERA, 'the weeklong protests', 'en').voice).toBe('outlet');
  });

  it('the quotation stays quoted', () => {
    expect(voiceOf(REUTERS, 'showed their displeasure', 'en').voice).toBe('quoted');
  });

  it('"quoted X as saying that …" still reports forward (Iran-HRM, RFE/RL)', () => {
    expect(voiceOf(IRAN_HRM, '22 truckers had been arrested', 'en').voice).toBe('attributed');
    expect(voiceOf(RFERL, 'killed by gunfire', 'en').voice).toBe('attributed');
  });
});
