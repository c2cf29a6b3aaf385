import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * A headline that names its source after a closing colon ("claim: Statement",
 * "claim: police", "claim: Iranian official") gives the claim in that
 * source's voice, as a "Speaker: claim" headline does after its opening
 * colon. Only when the line is one sentence, what follows the colon is at
 * most four words ending in a noun of a source (statement, report, sources,
 * official, minister, police, army …), and the claim before it is three
 * words or more; a kind of item ("Live updates"), a name of a country or a
 * claim after the colon leaves the line as it was. Grown on the seventeenth
 * voice probe (tests/fixtures/voice-probe17/), where Reuters' headline on
 * Al Arabiya ended in ": Statement".
 */

describe('"claim: Source" headlines', () => {
  it('"Snipers on roofs fired at protesters in Beirut, aimed at their heads: Statement" (Al Arabiya English, Reuters, Lebanon 2021, in the seventeenth probe)', () => {
    // https://english.alarabiya.net/News/middle-east/2021/10/14/Snipers-on-roofs-fired-at-protesters-in-Beirut-aimed-at-their-heads-Statement
    const s = 'Snipers on roofs fired at protesters in Beirut, aimed at their heads: Statement\nLebanese Iran-backed Hezbollah group and Amal Movement said armed groups had fired at protesters from rooftops in Beirut on Thursday.';
    const snipers = voiceOf(s, 'Snipers on roofs fired at protesters', 'en');
    expect(snipers.voice).toBe('attributed');
    expect(snipers.speaker).toBe('Statement');
    expect(voiceOf(s, 'aimed at their heads', 'en').voice).toBe('attributed');
    // The next paragraph is the outlet's again where no cue governs it.
    expect(voiceOf(s, 'Lebanese Iran-backed Hezbollah group', 'en').voice).toBe('outlet');
  });

  it('a quotation before ": Libyan leader" stays quoted (CBC, Libya 2011)', () => {
    // https://www.cbc.ca/news/world/gadhafi-blames-al-qaeda-for-libyan-riots-1.1081157
    const s = "'What is happening now is not the people's power': Libyan leader";
    expect(voiceOf(s, "not the people's power", 'en').voice).toBe('quoted');
  });
});

describe('what is not a source after the colon', () => {
  it('"Mali president resigns after military mutiny: Live updates" (a kind of item, in the thirteenth probe)', () => {
    // https://www.aljazeera.com/news/2020/8/19/mali-president-resigns-after-military-mutiny-live-updates
    const s = 'Mali president resigns after military mutiny: Live updates';
    expect(voiceOf(s, 'military mutiny', 'en').voice).toBe('outlet');
  });

  it('"Bolivia attempted a coup: troops and armored vehicles withdraw from the presidential palace" (Westside People, AP, Bolivia 2024, in the seventeenth probe)', () => {
    // https://westsidepeoplemag.com/bolivia-attempted-a-coup-troops-and-armored-vehicles-withdraw-from-the-presidential-palace/
    const s = 'Bolivia attempted a coup: troops and armored vehicles withdraw from the presidential palace';
    expect(voiceOf(s, 'troops and armored vehicles withdraw', 'en').voice).toBe('outlet');
  });

  it('a caption\'s credit ("Tear gas has been used on protesters. Credit: AP") names a photographer\'s agency, not a source of the claim (ITV, Hong Kong 2019)', () => {
    // https://www.itv.com/news/2019-06-12/hong-kong-delays-extradition-debate-as-huge-crowds-of-protesters-gather
    const s = 'Tear gas has been used on protesters. Credit: AP';
    expect(voiceOf(s, 'Tear gas has been used on protesters', 'en').voice).toBe('outlet');
  });

});
