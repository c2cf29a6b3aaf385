import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * ناشد (appealed to) is a verb of calling for, as دعا and طالب are: what
 * the speaker appealed for — opened by بـ on a verbal noun, or the bare
 * object — is the speaker's wording, and the one appealed to, named before
 * the بـ, stays the outlet's. Grown on the twenty-seventh voice probe
 * (tests/fixtures/voice-probe27/), whose first pass left both appeals the
 * outlet's words.
 */

describe('ناشد reports what was appealed for', () => {
  it('ناشدت نقابة المحروقات … وقف جميع أشكال الإضرابات (Arabic Post, Anadolu, Jordan 2022)', () => {
    // https://arabicpost.net/%d8%a3%d8%ae%d8%a8%d8%a7%d8%b1/2022/12/09/%d8%a5%d8%b6%d8%b1%d8%a7%d8%a8-%d8%b3%d8%a7%d8%a6%d9%82%d9%8a-%d8%a7%d9%84%d8%b4%d8%a7%d8%ad%d9%86%d8%a7%d8%aa-%d8%a8%d8%a7%d9%84%d8%a3%d8%b1%d8%af%d9%86-%d9%8a%d8%aa%d8%b3%d8%b9-%d9%81%d9%8a-%d9%8a
    const s = 'في المقابل، ناشدت نقابة المحروقات (غير حكومية) مالكي وسائل النقل العام والشاحنات وقف جميع أشكال الإضرابات، داعيةً أصحاب الشاحنات إلى "اللجوء لوسائل حضارية كفلها الدستور لإيصال كافة المظالم".';
    const v = voiceOf(s, 'وقف جميع أشكال الإضرابات');
    expect(v.voice).toBe('attributed');
    expect(v.speaker).toBe('نقابة المحروقات');
  });

  it('وناشدت الشرطة وزارة العدل … بفرض إجراءات إستثنائية …: the appeal from its بـ (Darfur 24, Sudan 2022)', () => {
    // https://darfur24.com/2022/10/25/%d8%b4%d9%87%d9%8a%d8%af-%d9%81%d9%8a-%d8%b0%d9%83%d8%b1%d9%89-25-%d8%a7%d9%83%d8%aa%d9%88%d8%a8%d8%b1-%d9%88%d8%a7%d9%84%d8%b4%d8%b1%d8%b7%d8%a9-%d8%aa%d9%82%d9%88%d9%84-%d8%a7%d9%86%d9%87%d8%a7
    const s = 'وناشدت الشرطة وزارة العدل والجهاز التشريعي بفرض إجراءات إستثنائية لتمكنها من مواجهة تلك الجماعات لحسم- ما وصفته- بالفوضى وردع الجناة وتقديمهم للعدالة الناجزة.';
    expect(voiceOf(s, 'إجراءات إستثنائية').voice).toBe('attributed');
    expect(voiceOf(s, 'تلك الجماعات').voice).toBe('attributed');
    expect(voiceOf(s, 'تلك الجماعات').speaker).toBe('الشرطة');
  });
});

describe('counter-examples', () => {
  it('the one appealed to, named before the بـ, stays the outlet\'s (Darfur 24, Sudan 2022)', () => {
    // https://darfur24.com/2022/10/25/%d8%b4%d9%87%d9%8a%d8%af-%d9%81%d9%8a-%d8%b0%d9%83%d8%b1%d9%89-25-%d8%a7%d9%83%d8%aa%d9%88%d8%a8%d8%b1-%d9%88%d8%a7%d9%84%d8%b4%d8%b1%d8%b7%d8%a9-%d8%aa%d9%82%d9%88%d9%84-%d8%a7%d9%86%d9%87%d8%a7
    const s = 'وناشدت الشرطة وزارة العدل والجهاز التشريعي بفرض إجراءات إستثنائية لتمكنها من مواجهة تلك الجماعات.';
    expect(voiceOf(s, 'وزارة العدل').voice).toBe('outlet');
  });

  it('دعا with إلى still opens what was called for, not ناشد\'s bare object (Arabic Post, Jordan 2022)', () => {
    // https://arabicpost.net/%d8%a3%d8%ae%d8%a8%d8%a7%d8%b1/2022/12/09/%d8%a5%d8%b6%d8%b1%d8%a7%d8%a8-%d8%b3%d8%a7%d8%a6%d9%82%d9%8a-%d8%a7%d9%84%d8%b4%d8%a7%d8%ad%d9%86%d8%a7%d8%aa-%d8%a8%d8%a7%d9%84%d8%a3%d8%b1%d8%af%d9%86-%d9%8a%d8%aa%d8%b3%d8%b9-%d9%81%d9%8a-%d9%8a
    const s = 'في المقابل، ناشدت نقابة المحروقات (غير حكومية) مالكي وسائل النقل العام والشاحنات وقف جميع أشكال الإضرابات، داعيةً أصحاب الشاحنات إلى "اللجوء لوسائل حضارية كفلها الدستور لإيصال كافة المظالم".';
    expect(voiceOf(s, 'المظالم').voice).toBe('quoted');
  });
});
