import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * "أعلن المشاركون في حراك 23 أغسطس في العاصمة الليبية طرابلس، دخولهم …
 * في عصيان مدني مفتوح": in VS order, when the first comma after a verb of
 * announcing closes its speaker's name and where it spoke (the name, then a
 * word that is no speaker such as في), the announced thing begins after
 * that comma; the speaker and its place are the outlet's words. Up to twelve
 * words before the comma (seven before). When the words after the name are
 * the object itself (أعلن التلفزيون التابع للجيش إعلان حالة الطوارئ …،) the
 * comma still ends what was announced. Grown on the sixteenth voice probe
 * (tests/fixtures/voice-probe16/), whose first pass gave Al Ain's "حراك 23
 * أغسطس" to the movement's own announcement.
 */

describe('the announced thing begins after the comma that closes the speaker and its place', () => {
  it('أعلن المشاركون في حراك 23 أغسطس في العاصمة الليبية طرابلس، دخولهم … (Al Ain News, Libya 2020, in the sixteenth probe)', () => {
    // https://al-ain.com/article/1598638606
    const s = 'أعلن المشاركون في حراك 23 أغسطس في العاصمة الليبية طرابلس، دخولهم بدءا من ليلة اليوم الجمعة في عصيان مدني مفتوح وإغلاق المناطق حتى تحقيق مطالبهم.';
    expect(voiceOf(s, 'حراك 23 أغسطس').voice).toBe('outlet');
    expect(voiceOf(s, 'عصيان مدني مفتوح').voice).toBe('attributed');
  });
});

describe('counter-examples: the words before the comma are the announced thing', () => {
  it('أعلن التلفزيون التابع للجيش إعلان حالة الطوارئ لمدة عام، وتسليم السلطة … (Akhbar Al-Sharq, Myanmar 2021, in the tenth probe)', () => {
    // https://www.akhbar-sharq.com/news/706
    const s = 'أعلن التلفزيون التابع للجيش إعلان حالة الطوارئ لمدة عام، وتسليم السلطة لقائد الجيش "مين أونج هلاينج"، مشيراً إلى أن حملة الإعتقالات جاءت رداً على تزوير الانتخابات.';
    expect(voiceOf(s, 'حالة الطوارئ').voice).toBe('attributed');
  });
});
