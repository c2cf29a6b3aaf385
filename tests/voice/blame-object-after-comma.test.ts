import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * A verb that takes the one blamed, accused or urged as its object and never
 * stands before its subject (blame, accuse, urge, vow, deny …) does not
 * close a report of what comes before a comma when an object follows it:
 * "…; Amal, Hezbollah blame agitators" blames agitators, it does not report
 * the first half of the headline. The one blamed is the speaker's word; the
 * rest is the narrator's. A verb of saying that closes its sentence still
 * does. Grown on the seventeenth voice probe (tests/fixtures/voice-probe17/).
 */

describe('"…, X blame Y" names its own object', () => {
  it('"Bitar protests explode as many killed, wounded; Amal, Hezbollah blame agitators" (The Liberum, AFP, Lebanon 2021, in the seventeenth probe)', () => {
    // https://theliberum.com/bitar-protests-explode-as-many-killed-wounded-amal-hezbollah-blame-agitators/
    const s = 'Bitar protests explode as many killed, wounded; Amal, Hezbollah blame agitators';
    expect(voiceOf(s, 'Bitar protests explode', 'en').voice).toBe('outlet');
    expect(voiceOf(s, 'agitators', 'en').voice).toBe('attributed');
  });
});

describe('a verb of saying that closes its sentence still closes the report', () => {
  it('"…, police said in a statement." (NewZimbabwe, Reuters, Uganda 2020, in the thirteenth probe)', () => {
    // https://www.newzimbabwe.com/16-killed-as-ugandas-bobi-wine-arrest/
    const s = 'SIXTEEN people have been killed in Uganda over two days in operations by security personnel trying to quell protests triggered by the arrest of presidential candidate Bobi Wine, police said in a statement.';
    expect(voiceOf(s, 'quell protests', 'en').voice).toBe('attributed');
  });

  it('"…, youth minister Mohamed Orman Bangura said." (Cayman Mama, CNN, Sierra Leone 2022)', () => {
    // https://caymanmama.com/eight-cops-killed-in-sierra-leone-throughout-anti-government-protests-minister-says/
    const s = 'The officers, six men and two women, were “brutalized” and killed in the area where the protests held on Wednesday, youth minister Mohamed Orman Bangura said.';
    expect(voiceOf(s, 'killed in the area', 'en').voice).toBe('attributed');
  });
});
