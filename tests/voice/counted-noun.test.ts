import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * A reporting word in its base form right after a word that counts it ("one call", "any remark", "every report",
 * "another call") is the noun, as after "a" or "the": "OVD Info’s hotline got more than one call about police
 * brutality" reports nothing, and the rights group's "police brutality" stays its own account. A verb after the count
 * word is not in its base form ("one tells me") and still reports. Grown on tests/fixtures/voice-probe28.
 */

/** The Russian Reader (OVD-Info's newsletter), https://therussianreader.com/2018/05/07/ovd-info-hes-no-tsar-to-us-in-facts-and-figures/ (voice-probe28). */
const OVD_INFO = 'The police behaved roughly. They detained not only demonstrators but also random passerby, children and reporters, and OVD Info’s hotline got more than one call about police brutality. In Moscow, so-called Cossacks joined regular police in dispersing the rally.';

/** The Washington Post on Belarus 2020 (tests/fixtures/devset/belarus-2020-fourth/008-washingtonpost-minsk.txt). */
const WAPO = 'MOSCOW — In his 17 years in the closed and coddled world of Belarusian law enforcement, Ruslan Lyasovich was careful never to let slip any remark that might be construed as opposing the authoritarian regime of Alexander Lukashenko.';

/** Counter-example: Euromaidan Press carrying a reporter's post, https://euromaidanpress.com/2017/03/25/freedom-day-2017-in-belarus-rallies-crackdown-detentions/ */
const EUROMAIDAN = 'People being detained in a very rough way here in Belarus\'s Minsk. "They will lead this to Ukraine," one tells me. pic.twitter.com/rSJwCOQOQY';

describe('a reporting word counted by "one", "any", "every" is the noun', () => {
  it('"one call about police brutality" reports nothing (OVD-Info)', () => {
    expect(voiceOf(OVD_INFO, 'police brutality', 'en').voice).toBe('outlet');
  });

  it('"any remark that" reports nothing (The Washington Post)', () => {
    expect(voiceOf(WAPO, 'the authoritarian regime', 'en').voice).toBe('outlet');
  });

  it('not a verb after the count word: "one tells me" still reports', () => {
    const v = voiceOf(EUROMAIDAN, 'lead this to Ukraine', 'en');
    expect(v.voice).toBe('quoted');
  });
});
