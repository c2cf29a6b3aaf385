import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * "remark that" reports a clause as "note that" does: the spokeswoman's charge relayed sentence by sentence ("The
 * spokesperson remarked that the US embassy in Russia was “actively” involved in the unsanctioned protests …").
 * The noun does not ("his remarks that …", "any remark that …"). Grown on tests/fixtures/voice-probe28.
 */

/** UAWire, https://www.uawire.org/russia-accuses-us-and-germany-of-organizing-protests-in-moscow (voice-probe28). */
const UAWIRE = 'The spokesperson remarked that the US embassy in Russia was “actively” involved in the unsanctioned protests that were held in Moscow on August 3.';

/** Counter-example: JAMnews on Georgia 2024 (tests/fixtures/devset/georgia-2024/008-jamnews-tbilisi.txt). */
const JAMNEWS = 'Given that Kobakhidze is believed to be a part of Bidzina Ivanishvili’s inner circle, one might draw the conclusion from his remarks that they are more or less Ivanishvili’s own sentiments.';

/** Counter-example: The Washington Post on Belarus 2020 (tests/fixtures/devset/belarus-2020-fourth/008-washingtonpost-minsk.txt). */
const WAPO = 'MOSCOW — In his 17 years in the closed and coddled world of Belarusian law enforcement, Ruslan Lyasovich was careful never to let slip any remark that might be construed as opposing the authoritarian regime of Alexander Lukashenko.';

describe('"remarked that" reports what the spokeswoman said', () => {
  it('the charge against the US embassy is hers (UAWire)', () => {
    const protests = voiceOf(UAWIRE, 'the unsanctioned protests', 'en');
    expect(protests.voice).toBe('attributed');
    expect(protests.cue).toBe('remarked that');
    expect(voiceOf(UAWIRE, 'actively', 'en').voice).toBe('quoted');
  });

  it('not the noun: "his remarks that", "any remark that"', () => {
    expect(voiceOf(JAMNEWS, 'Ivanishvili’s own sentiments', 'en').cue).not.toBe('remarks that');
    expect(voiceOf(WAPO, 'the authoritarian regime', 'en').voice).toBe('outlet');
  });
});
