import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * "أعلن وزير الداخلية السوداني … اليوم الاثنين، ان الاحتجاجات التي شهدتها
 * بلاده مؤخراً ضد رفع أسعار المحروقات، اسفرت عن سقوط 33 قتيلاً …": an
 * announced clause still ends at its next comma, but not at a comma that
 * only closes a relative clause on the subject right after أن, when the
 * subject's verb follows it with no conjunction, article, preposition or
 * cue of its own. Grown on the eighteenth voice probe
 * (tests/fixtures/voice-probe18/), whose first pass gave the minister's
 * toll to the outlet.
 */

describe('a comma closing a relative clause on the subject of an announced clause', () => {
  it('أعلن وزير الداخلية …، ان الاحتجاجات التي شهدتها بلاده …، اسفرت عن سقوط 33 قتيلاً … (Saba, Sudan 2013, in the eighteenth probe)', () => {
    // https://www.yemeress.com/sabanet/326155
    const s = 'أعلن وزير الداخلية السوداني ابراهيم محمود حامد اليوم الاثنين، ان الاحتجاجات التي شهدتها بلاده مؤخراً ضد رفع أسعار المحروقات، اسفرت عن سقوط 33 قتيلاً واعتقال 700 شخص وتدمير العشرات من مقار الشرطة ومحطات الوقود ووسائل النقل .';
    const v = voiceOf(s, 'سقوط 33 قتيلاً');
    expect(v.voice).toBe('attributed');
    expect(v.speaker).toBe('وزير الداخلية السوداني ابراهيم محمود حامد');
    expect(voiceOf(s, 'واعتقال 700 شخص').voice).toBe('attributed');
    expect(voiceOf(s, 'وتدمير العشرات من مقار الشرطة').voice).toBe('attributed');
  });
});

describe('counter-examples', () => {
  it('a subject with no relative clause: the announced clause still ends at its comma, before كما: أعلنت وزارة الداخلية الأوكرانية أن 8 من رجال الأمن …، كما هاجم آلاف المتظاهرين … (Al-Fadjr, Ukraine 2014, development set)', () => {
    // https://djazairess.com/alfadjr/267850 (ukraine-2014-new/005-alfadjr-djazairess-maidan)
    const s = 'أعلنت وزارة الداخلية الأوكرانية أن 8 من رجال الأمن على الأقل أصيبوا بجروح في صدامات قرب مقر البرلمان، كما هاجم آلاف المتظاهرين مقر حزب الأقاليم الحاكم، وأضرموا النار في جزء منه واستولوا على جزء آخر.';
    expect(voiceOf(s, 'في صدامات').voice).toBe('attributed');
    expect(voiceOf(s, 'آلاف المتظاهرين').voice).toBe('outlet');
  });
});
