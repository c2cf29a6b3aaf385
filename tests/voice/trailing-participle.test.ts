import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * A participle of a reporting verb after a comma at the end of an English
 * sentence ("…, condemning the rising cost of living") never stands before
 * its subject the way "…, said Lam" does: what follows it is its object,
 * not a speaker to whom the clause before belongs. The clause before stays
 * the outlet's. Grown on the seventh voice probe
 * (tests/fixtures/voice-probe7/).
 */

describe('a closing participle names no speaker after it', () => {
  it('"protests erupted in the capital Freetown …, condemning the rising cost of living" (https://a-zsl.com/protests-turn-deadly-in-sierra-leone-over-annoying-economic-situation)', () => {
    const s = 'On Wednesday, 10th August 2022, protests erupted in the capital Freetown and other towns in Sierra Leone, condemning the rising cost of living, corruption and governance issues.';
    expect(voiceOf(s, 'protests erupted in the capital Freetown', 'en').voice).toBe('outlet');
  });
});

describe('what the participle says stays its speaker’s', () => {
  it('"Hasina has denounced the protesters as criminals rather than students, urging the public to deal with them firmly" (https://en.dailyqudrat.pk/over-100-dead-and-dozens-injured-in-violent-student-protests-curfew-imposed)', () => {
    const s = 'Prime Minister Hasina has denounced the protesters as criminals rather than students, urging the public to deal with them firmly.';
    expect(voiceOf(s, 'deal with them firmly', 'en').voice).toBe('attributed');
    expect(voiceOf(s, 'criminals', 'en').voice).toBe('attributed');
  });

  it('"…, said the Ministry statement." still inverts and closes the clause before it (http://www.timeskuwait.com/Times_Police-will-firmly-confront-any-forms-of-rioting--violence--incitement---MoI)', () => {
    const s = 'The rioters deliberately caused disorder, blocked roads, attacked public and private property and comprimised security, said the Ministry statement.';
    expect(voiceOf(s, 'The rioters deliberately caused disorder', 'en').voice).toBe('attributed');
  });
});
