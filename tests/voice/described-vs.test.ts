import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * An Arabic verb of describing in verb–subject order (وصفت حركة … X بأنها
 * Y، ووصف الرئيس المحتجين بالمخربين): what the speaker says begins at the
 * بـ of the description; the speaker and the thing described before it are
 * named in the outlet's words, as after an English verb of labelling and an
 * Arabic one in subject–verb order. Grown on the fifth voice probe
 * (tests/fixtures/voice-probe5/).
 */

describe('the thing described after a VS verb of describing is the outlet\'s', () => {
  const feedman = 'وصفت حركة "جيل زد" في مدغشقر إقالة الحكومة وتعيين عسكريين بأنها تحد لإرادة الشعب، ودعت لإضراب عام ومظاهرات جديدة في العاصمة أنتاناناريفو.';

  it('وصفت حركة "جيل زد" … إقالة الحكومة وتعيين عسكريين بأنها تحد لإرادة الشعب (Feedman, in the fifth probe)', () => {
    expect(voiceOf(feedman, 'إقالة الحكومة وتعيين عسكريين').voice).toBe('outlet');
    const label = voiceOf(feedman, 'تحد لإرادة الشعب');
    expect(label.voice).toBe('attributed');
    expect(label.speaker).toBe('حركة "جيل زد"');
  });
});

describe('the description stays the speaker\'s', () => {
  it('… ووصف حكومة الرئيس نيكولاس مادورو بأنها غير مشروعة (Al-Alam, Venezuela 2019)', () => {
    const s = 'وبمجرد إعلان غوايدو هذا، اعترف الرئيس الأمريكي، دونالد ترامب به رئيساً لفنزويلا، ودعا الدول الغربية إلى الاعتراف به ووصف حكومة الرئيس نيكولاس مادورو بأنها غير مشروعة.';
    expect(voiceOf(s, 'غير مشروعة').voice).toBe('attributed');
  });
});

describe('what stays as it was', () => {
  it('ووصفوه بـ"الجزار": the label right after the verb is still the describer\'s', () => {
    expect(voiceOf('ووصفوه بـ"الجزار".', 'الجزار').voice).toBe('quoted');
  });

  it('a describing verb with no بـ before a comma describes nothing: the speaker\'s participle report goes on', () => {
    const s = 'ووصف المتحدث ما جرى، مؤكدا أن المحتجين مخربون.';
    expect(voiceOf(s, 'المحتجين مخربون').voice).toBe('attributed');
  });
});
