import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * رأى reports a view (يرى المحتجون أن …): the lexicon listed it in the
 * singular only, so "وهم يرون أن …" and "يرون المتظاهرون أن …" left the view
 * the outlet's and a quoted word in it a scare quote. The plural forms
 * (يرون، رأوا) report like the singular: what follows أن is attributed,
 * while the sentence before and, in verb–subject order, the speaker's name
 * stay the outlet's. Grown on the sixth voice probe
 * (tests/fixtures/voice-probe6/).
 */

describe('يرون أن / رأوا أن report a view', () => {
  it('وهم يرون أن استقالته لم تكن سوى «انقلاب» (Al-Bayan, Bolivia 2019, in the sixth probe)', () => {
    // https://www.albayan.ae/one-world/overseas/2019-11-20-1.3706334
    const s = 'ورفع العديد من المتظاهرين ومعظمهم من السكان الأصليين مثل إيفو موراليس، علمهم. وهم يرون أن استقالته لم تكن سوى «انقلاب».';
    const v = voiceOf(s, 'انقلاب');
    expect(v.voice).toBe('quoted');
    expect(v.distanced).toBe(false);
  });

  it('يرون المتظاهرون أن الزيادات الضريبية ستؤثر سلبًا على الاقتصاد (Ghad News, Kenya 2024, in the sixth probe)', () => {
    // https://ghadnews.net/2024/06/26/ (البرلمان الكيني تحت الحصار مع احتجاج المتظاهرين على زيادة الضرائب)
    const s = 'قتل عدد من المتظاهرين وأصيب آخرون خلال هذه الاحتجاجات. يرون المتظاهرون أن الزيادات الضريبية ستؤثر سلبًا على الاقتصاد وترفع تكاليف المعيشة للشعب الكيني الذي يعاني بالفعل من صعوبات مالية.';
    expect(voiceOf(s, 'ستؤثر سلبًا على الاقتصاد').voice).toBe('attributed');
  });
});

describe('the sentence before and the speaker stay the outlet\'s', () => {
  it('قتل عدد من المتظاهرين … . يرون المتظاهرون أن … (Ghad News, Kenya 2024)', () => {
    const s = 'قتل عدد من المتظاهرين وأصيب آخرون خلال هذه الاحتجاجات. يرون المتظاهرون أن الزيادات الضريبية ستؤثر سلبًا على الاقتصاد وترفع تكاليف المعيشة للشعب الكيني الذي يعاني بالفعل من صعوبات مالية.';
    expect(voiceOf(s, 'قتل عدد من المتظاهرين').voice).toBe('outlet');
    expect(voiceOf(s, 'المتظاهرون').voice).toBe('outlet');
  });

  it('ورفع العديد من المتظاهرين … علمهم. وهم يرون … (Al-Bayan, Bolivia 2019)', () => {
    const s = 'ورفع العديد من المتظاهرين ومعظمهم من السكان الأصليين مثل إيفو موراليس، علمهم. وهم يرون أن استقالته لم تكن سوى «انقلاب».';
    expect(voiceOf(s, 'المتظاهرين').voice).toBe('outlet');
  });
});
