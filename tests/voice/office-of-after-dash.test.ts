import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * A "claim – Source" headline names its source after the dash by a source noun last ("… – army"); an office named
 * with what it is of speaks too: "Overseas handlers behind attempts to destabilize situation in Dagestan — head of
 * region" (TASS) gives the claim to the head of the region, as "…, Dagestan Region head says" would. A name or a
 * clause after the dash still does not speak. Grown on tests/fixtures/voice-probe31.
 */

describe('"— head of region" closes a claim headline', () => {
  it('the overseas handlers and the attempts to destabilize are the head of region\'s words (TASS)', () => {
    // https://tass.com/politics/1698831
    const s = 'Overseas handlers behind attempts to destabilize situation in Dagestan — head of region\nSergey Melikov mentioned forbidden techniques related to stirring up inter-ethnic discord and inter-confessional issues';
    expect(voiceOf(s, 'Overseas handlers', 'en')).toMatchObject({voice: 'attributed', speaker: 'head of region'});
    expect(voiceOf(s, 'attempts to destabilize situation in Dagestan', 'en').voice).toBe('attributed');
  });

  it('a site\'s name or a clause after the dash names no source', () => {
    // Go News Cloud, Sudan 2021, in the fourth probe
    expect(voiceOf('Sudan coup: Protesters tear-gassed at rally in Khartoum – BBC News', 'tear-gassed', 'en').voice).toBe('outlet');
    // http://plawiuk.blogspot.com/2024/08/massive-protests-erupt-again-over.html (CBC copy, in the fifth probe)
    expect(voiceOf('Massive protests erupt again over disputed Venezuelan elections – but they look different this time', 'Massive protests', 'en').voice).toBe('outlet');
  });
});
