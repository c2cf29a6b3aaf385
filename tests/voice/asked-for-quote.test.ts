import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * A short quotation right after the "for" of a verb of asking (ask, call,
 * appeal, plead), the ones asked between, is what was asked for in the
 * askers' words, not the outlet's scare quote. After the "for" of other
 * verbs (arrested for, fired … for) it may still be one. Grown on the
 * twenty-sixth voice probe (tests/fixtures/voice-probe26/), where
 * Boluarte's “reflection” and the congressmen's “human rights violations”
 * were read as the outlet's.
 */

describe('a quotation asked for is the askers\' words', () => {
  it('"asked the parties, their militants and the unions for “reflection” and “dialogue”" (Pledge Times, EFE, Peru 2022, in the twenty-sixth probe)', () => {
    // https://pledgetimes.com/protests-in-peru-will-intensify-in-january-they-deploy-the-army/
    const s =
      'The protests in Peru calling for the resignation of the current government after the removal of President Pedro Castillo could be reactivated in January, while the new ruler, Dina Boluarte, asked the parties, their militants and the unions for “reflection” and “dialogue”.';
    for (const term of ['reflection', 'dialogue']) {
      const v = voiceOf(s, term, 'en');
      expect(v.voice).toBe('quoted');
      expect(v.distanced).toBe(false);
    }
  });

  it('"was called by 18 congressmen for “human rights violations”" (The N24, Colombia 2021, in the twenty-sixth probe)', () => {
    // https://then24.com/2021/05/25/colombian-minister-of-defense-supports-before-congress-the-actions-of-the-police-in-the-protests/
    const s =
      'The seven-hour session, which ended without a vote to remove the minister from office, was called by 18 congressmen for “human rights violations” allegedly committed by the security forces during the violent demonstrations, which left at least 43 dead and 129 people listed as missing.';
    expect(voiceOf(s, 'human rights violations', 'en').voice).toBe('quoted');
  });
});

describe('counter-examples: the "for" of another verb', () => {
  it('"handed a two-year sentence for "violating public order."" (RFE/RL on GlobalSecurity, Belarus 2010, in the development set)', () => {
    // https://www.globalsecurity.org/wmd/library/news/belarus/belarus-110427-rferl01.htm (belarus-2010)
    const s = 'Among those convicted was Dzmitry Bandarenka, a campaign worker for Sannikau, who today was handed a two-year sentence for "violating public order."';
    const v = voiceOf(s, 'violating public order', 'en');
    expect(v.voice).toBe('outlet');
    expect(v.distanced).toBe(true);
  });

  it('"lambasted the Western countries for “interfering”" (Pars Today, Belarus 2020, in the development set)', () => {
    // https://parstoday.ir/en/news/world-i129964-russia_slams_west_for_interfering%E2%80%99_in_belarus_internal_affairs (belarus-2020-fourth)
    const s = 'Russia has lambasted the Western countries for “interfering” in neighboring Belarus’ domestic affairs, as anti-government rallies continue to plague the country since President Alexander Lukashenko won a sixth term in office.';
    const v = voiceOf(s, 'interfering', 'en');
    expect(v.voice).toBe('outlet');
    expect(v.distanced).toBe(true);
  });
});
