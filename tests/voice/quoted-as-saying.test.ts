import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * A paper that quotes someone "as saying", closing its sentence after a comma ("…, the Hindustan Times quoted local
 * police intelligence chief Shiv M Sahai as saying."), gives the clause before the comma as that someone's words, as
 * "…, Sahai said." would (src/voice/quoted-as-saying.ts).
 * Grown on tests/fixtures/voice-probe33.
 */

/** IBTimes India, http://www.ibtimes.co.in/kashmir-edge-after-hizbul-mujahideen-militant-burhan-wanis-killing-686048 (voice-probe33). */
const IBTIMES = 'Violent protests on Saturday in Kashmir over Hizbul Mujahideen militant Burhan Muzaffar Wani\'s killing by security forces in Anantnag district have left eight persons dead and several injured. Three policemen are missing.\nWhile seven protesters were killed in "retaliatory firing" by security forces, one person died of drowning when he was trying to escape police firing, the Hindustan Times quoted local police intelligence chief Shiv M Sahai as saying.';

/** The Sudan News Agency relayed by a devset page (tests/fixtures/devset/sudan-2019-new): "quoted him as saying" reporting forward. */
const SUNA = 'The official Sudan News Agency said Bashir had met security aides, and quoted him as saying the state was “continuing with economic reforms that provide citizens with a decent life”.';

describe('"…, X quoted Y as saying." closes a report', () => {
  it('gives the clause before the comma to the one quoted (IBTimes India)', () => {
    expect(voiceOf(IBTIMES, 'escape police firing', 'en').voice).toBe('attributed');
    expect(voiceOf(IBTIMES, 'retaliatory firing', 'en').voice).toBe('quoted');
  });

  it('leaves the sentence before it the outlet\'s', () => {
    expect(voiceOf(IBTIMES, 'Violent protests', 'en').voice).toBe('outlet');
  });

  it('a quotation closed by "is quoted as saying" keeps its own rules (pulseheadlines)', () => {
    // https://www.pulseheadlines.com/iranian-government-warns-protesters-pay-price/69465/ (voice-probe)
    const text = '“Clashes occurred with individuals who had taken to the streets, heeding calls by the enemies of the system,” Khojastehpour is quoted as saying.';
    expect(voiceOf(text, 'the enemies of the system', 'en').voice).toBe('quoted');
  });

  it('"quoted him as saying" inside its sentence still reports forward, not back', () => {
    expect(voiceOf(SUNA, 'met security aides', 'en').voice).not.toBe('quoted');
    expect(voiceOf(SUNA, 'continuing with economic reforms', 'en').voice).toBe('quoted');
  });
});
