import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * "…، حين هاجم مقاتلو العشائر …" (when the tribes' fighters attacked): حين
 * alone after a comma gives the time of what was reported, inside the
 * report. Only "في حين" (while) sets the narrator's fact beside the report;
 * read as "while", the bare حين cut an activist network's report in two and
 * gave its second half to the outlet.
 */

// https://altareek-media.com/public/ar/post/17064/ (Al-Tareek, Deir ez-Zor, 8 September 2023; voice probe 22)
const FURAT =
  'وقالت شبكة "فرات بوست"، إن الاشتباكات تجددت في ريف دير الزور الغربي، مساء أمس، حين هاجم مقاتلو العشائر بالأسلحة الرشاشة، مواقع لمليشيا "قسد" في قرية الهرموشية.';

// Counter-example: "في حين" still ends the report. https://sauress.com/alhayat/418699 (Al-Hayat, Qatif, 2011; development set, saudi-arabia-2011)
const QATIF =
  'أوضحت وزارة الداخلية السعودية في بيان تلاه المتحدث باسمها اللواء منصور التركي أن أحد الملثمين ألقى قنبلة حارقة (مولوتوف)، في حين أطلق الآخرون النار على المركز، ما استدعى قيام حراسات الموقع بالتعامل وفقاً لما يقتضيه الموقف، ما نتج منه مقتل أحدهم، وفرار الباقين.';

describe('a bare حين after a comma inside a report', () => {
  it('goes on with the report', () => {
    const attack = voiceOf(FURAT, 'هاجم مقاتلو العشائر');
    expect(attack.voice).toBe('attributed');
    expect(attack.speaker).toBe('شبكة "فرات بوست"');
    expect(voiceOf(FURAT, 'لمليشيا').voice).toBe('attributed');
  });

  it('but "في حين" still sets the narrator\'s fact beside it', () => {
    expect(voiceOf(QATIF, 'ألقى قنبلة حارقة').voice).toBe('attributed');
    expect(voiceOf(QATIF, 'أطلق الآخرون النار').voice).toBe('outlet');
  });
});
