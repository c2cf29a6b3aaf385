import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * An English verb closing its sentence looks back over a title and a name
 * for the comma before its subject, up to ten words when every word is
 * capitalised or joins a title; a possessive inside the title ("the
 * Interior Ministry’s North Caucasus Federal District Directorate said")
 * joins it too, so the clause before is the directorate's report. A subject
 * with lower-case words still reaches back four words only, to its own
 * comma. Grown on the ninth voice probe (tests/fixtures/voice-probe9/).
 */

describe('a possessive inside a titled subject closing the sentence', () => {
  it('"…, 60 of them have been detained, the Interior Ministry’s North Caucasus Federal District Directorate said." (Free Russia Forum, Dagestan 2023, in the ninth probe)', () => {
    // https://forumfreerussia.org/en/news-en/2023-10-30/60-participants-of-anti-semitic-rally-detained-in-makhachkala
    const s = 'Police have identified 150 “active participants in the riots” at Makhachkala airport, 60 of them have been detained, the Interior Ministry’s North Caucasus Federal District Directorate said.';
    const v = voiceOf(s, '60 of them have been detained', 'en');
    expect(v.voice).toBe('attributed');
    expect(v.speaker).toBe('the Interior Ministry’s North Caucasus Federal District Directorate');
  });
});

describe('a lower-case subject stops at its own comma', () => {
  it('"Detentions of instigators of Sunday’s Makhachkala riot ongoing, Dagestan Region head says" (TASS, Dagestan 2023): the possessive before the comma is not the speaker\'s', () => {
    // https://tass.com/society/1699589
    const s = 'Detentions of instigators of Sunday’s Makhachkala riot ongoing, Dagestan Region head says';
    const v = voiceOf(s, 'instigators', 'en');
    expect(v.voice).toBe('attributed');
    expect(v.speaker).toBe('Dagestan Region head');
  });
});
