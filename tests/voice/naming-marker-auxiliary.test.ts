import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * 'ما بات يسميه البعض في الكويت ب”الأربعاء الأسود”': a marker of naming
 * with its auxiliary (بات، أصبح: "what some have come to call") names who
 * calls it so, as ما يسميه does: the label is theirs, distanced. "ما بات
 * يعرف بـ" names nobody and leaves the quotation the outlet's. Grown on
 * the eighteenth voice probe (tests/fixtures/voice-probe18/), whose first
 * pass did not read the marker.
 */

describe('a naming marker with بات / أصبح before the present tense', () => {
  it('ولبحث تداعيات ما بات يسميه البعض في الكويت ب”الأربعاء الأسود”، … (Al-Sharq, Kuwait 2011, in the eighteenth probe)', () => {
    // https://sauress.com/alsharq/16656
    const s = 'ولبحث تداعيات ما بات يسميه البعض في الكويت ب”الأربعاء الأسود”، يعقد المسؤولون الكويتيون اجتماعات “أزمة”، ويرأس أمير البلاء الشيخ صباح الأحمد اجتماعا استثنائيا للحكومة، كما تقول وسائل الإعلام المحلية.';
    const v = voiceOf(s, 'الأربعاء الأسود');
    expect(v.voice).toBe('quoted');
    expect(v.distanced).toBe(true);
  });
});

describe('counter-examples', () => {
  it('ما بات يعرف بـ names nobody: لما بات يعرف بـ”حراك الريف” stays the outlet\'s (Al-Mowatine, Morocco 2017, in the tenth probe)', () => {
    // https://mowatine.com/posts.php?id=14624
    const s = 'هذه الوقفة الاحتجاجية تأتي يوماً واحداً بعد اعتقال ناصر الزفزافي، الذي يعتبر رمزاً وقائداً لما بات يعرف بـ”حراك الريف”، الذي بدأ منذ أكثر من سبعة أشهر.';
    expect(voiceOf(s, 'حراك الريف').voice).toBe('outlet');
  });
});
