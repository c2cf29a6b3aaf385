import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * "In his first public statement since quelling the coup attempt, Arce
 * denied any collusion with Zuniga.": an English subject and verb after a
 * comma, followed by a determiner and a short object ("denied any
 * collusion …"), do not close a report of the words before the comma —
 * that comma ends an opening phrase of the narrator's, and the verb governs
 * its own object. A verb that does close its sentence still does: with a
 * setting after it ("…, police said in a statement."), or "told" and a
 * listener ("…, a lawyer named Rehad told the Associated Press."). Grown on
 * the seventeenth voice probe (tests/fixtures/voice-probe17/).
 */

describe('a verb and its object after an opening phrase', () => {
  it('"In his first public statement since quelling the coup attempt, Arce denied any collusion with Zuniga." (Mehr News, Bolivia 2024, in the seventeenth probe)', () => {
    // https://en.mehrnews.com/amp/216981
    const s = 'In his first public statement since quelling the coup attempt, Arce denied any collusion with Zuniga. The former army chief claimed that he was acting on orders, suggesting that the president aimed to enhance his popularity through a crackdown.';
    expect(voiceOf(s, 'quelling the coup attempt', 'en').voice).toBe('outlet');
    const denied = voiceOf(s, 'any collusion with Zuniga', 'en');
    expect(denied.voice).toBe('attributed');
    expect(denied.speaker).toBe('Arce');
  });
});

describe('a verb that closes its sentence still closes the report', () => {
  it('"…, police said in a statement." (NewZimbabwe, Reuters, Uganda 2020, in the thirteenth probe)', () => {
    // https://www.newzimbabwe.com/16-killed-as-ugandas-bobi-wine-arrest/
    const s = 'SIXTEEN people have been killed in Uganda over two days in operations by security personnel trying to quell protests triggered by the arrest of presidential candidate Bobi Wine, police said in a statement.';
    expect(voiceOf(s, 'quell protests', 'en').voice).toBe('attributed');
  });

  it('"…, a lawyer named Rehad told the Associated Press." (The National, Libya 2011)', () => {
    // https://www.thenationalnews.com/world/africa/libyan-protesters-take-control-of-benghazi-1.576179
    const s = 'A few bakeries managed to serve residents who had hunkered down in their houses, a lawyer named Rehad told the Associated Press.';
    expect(voiceOf(s, 'hunkered down in their houses', 'en').voice).toBe('attributed');
  });
});
