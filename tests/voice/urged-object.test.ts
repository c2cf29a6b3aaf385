import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * A verb of urging names what it urges, as "declare" and "announce" name
 * what they declare: its object only, up to a circumstance (after, amid,
 * which, who …) or a comma; the rest of the sentence is the outlet's.
 * "urged that …", a colon or a quotation after it still report a clause.
 * Grown on the seventh voice probe (tests/fixtures/voice-probe7/) and the
 * development set's wrong voices.
 */

describe('what is urged ends at a comma or a circumstance', () => {
  it('"urged calm and restraint in Eswatini, formerly known as Swaziland, which has been engulfed by pro-democracy protests" (https://tribtown.com/2021/07/01/af-eswatini-pro-democracy-protests/)', () => {
    const s = 'JOHANNESBURG — The South African government has urged calm and restraint in Eswatini, formerly known as Swaziland, which has been engulfed by pro-democracy protests this week amid growing reports of state violence against demonstrators.';
    expect(voiceOf(s, 'engulfed by pro-democracy protests', 'en').voice).toBe('outlet');
    expect(voiceOf(s, 'growing reports of state violence against demonstrators', 'en').voice).toBe('outlet');
    expect(voiceOf(s, 'calm and restraint', 'en').voice).toBe('attributed');
  });

  it('"urged his followers to stay away from the protests after they clashed with demonstrators" (https://smallwarsjournal.com/blog/hezbollah-warns-chaos-civil-war-lebanon)', () => {
    const s = "Hezbollah leader Sayyed Hassan Nasrallah, whose movement is part of Prime Minister Saad al-Hariri's coalition government, urged his followers to stay away from the protests after they clashed with demonstrators in Beirut.";
    expect(voiceOf(s, 'clashed with demonstrators', 'en').voice).toBe('outlet');
    expect(voiceOf(s, 'stay away from the protests', 'en').voice).toBe('attributed');
  });
});

describe('what is urged stays the speaker’s', () => {
  it('"Moscow urges West not to encourage Ukrainian militants’ actions" (https://news.alayham.com/node/137096)', () => {
    const s = 'Moscow urges West not to encourage Ukrainian militants’ actions';
    expect(voiceOf(s, 'Ukrainian militants', 'en').voice).toBe('attributed');
  });

  it('"urging the public to view the protesting students not as typical dissenters but as threats to national stability" (https://photonews.com.pk/bangladeshi-pm-sheikh-hasina-calls-student-protesters-terrorists)', () => {
    const s = 'Prime Minister Hasina has intensified her rhetoric, urging the public to view the protesting students not as typical dissenters but as threats to national stability.';
    expect(voiceOf(s, 'threats to national stability', 'en').voice).toBe('attributed');
  });

  it('"urged his supporters to “rise up peacefully and unarmed” against the government" (https://dailynewsbrief.com/2021/03/15/ugandan-police-fire-tear-gas-on-protestors-as-authorities-arrest-bobi-wine/)', () => {
    const s = 'Last Tuesday, Bobi Wine urged his supporters to “rise up peacefully and unarmed” against the government of President Yoweri Museveni and to demand the release of his supporters who have been unlawfully detained.';
    expect(voiceOf(s, 'rise up peacefully and unarmed', 'en').voice).toBe('quoted');
  });
});
