import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * "وقالت مجموعة (أو.في.دي-إنفو) التي تراقب الاحتجاجات وعمليات الاعتقال إن
 * …": in verb–subject order a short name or acronym in brackets after the
 * speaker (or its listener: لوكالة الأنباء الألمانية (د ب أ)) is part of the
 * words naming the speaker, which stay the outlet's; what was said still
 * begins at the إن / أن after it. Grown on the twelfth voice probe
 * (tests/fixtures/voice-probe12/), whose first pass read the monitor's
 * description as its statement.
 */

describe('a bracketed name inside the speaker does not open the statement', () => {
  it('وقالت مجموعة (أو.في.دي-إنفو) التي تراقب الاحتجاجات وعمليات الاعتقال إن أكثر من 400 محتج اعتقلوا (Al Ghad, Russia 2021, in the twelfth probe)', () => {
    // https://www.alghad.tv/ (روسيا تعتقل 400 على الأقل في مسيرات تأييد للمعارض نافالني)
    const s = 'وقالت مجموعة (أو.في.دي-إنفو) التي تراقب الاحتجاجات وعمليات الاعتقال إن أكثر من 400 محتج اعتقلوا لكن تلك الأعداد مرشحة للزيادة.';
    expect(voiceOf(s, 'الاحتجاجات وعمليات الاعتقال').voice).toBe('outlet');
    expect(voiceOf(s, '400 محتج اعتقلوا').voice).toBe('attributed');
  });

  it('وقالت لوكالة الأنباء الألمانية (د ب أ) إن المخالفات الكثيرة كانت بسبب التدخل الروسي (Akhbaar Mesr, dpa copy, Georgia 2024)', () => {
    // https://akhbaar-mesr.com/2024/10/29/ (عشرات الآلاف يتظاهرون في جورجيا …)
    const s = 'وقالت لوكالة الأنباء الألمانية (د ب أ) إن المخالفات الكثيرة كانت بسبب التدخل الروسي.';
    expect(voiceOf(s, 'التدخل الروسي').voice).toBe('attributed');
    expect(voiceOf(s, 'الأنباء الألمانية').voice).toBe('outlet');
  });
});

describe('counter-examples', () => {
  it('brackets inside a quotation leave it whole: "اعذروني على رداءة نوعية (الصورة)، الضوء سيء في عربة نقل المساجين" (Al-Araby Al-Jadeed, Russia 2021, in the twelfth probe)', () => {
    // https://alaraby.com/news/ (زوجة نافالني تعلن اعتقالها بصورة من عربة الشرطة)
    const s = 'وقالت بنبرة سخرية على صفحتها في تطبيق "انستغرام"، حيث نشرت صورة سيلفي التقطتها في عربة الشرطة: "اعذروني على رداءة نوعية (الصورة)، الضوء سيء في عربة نقل المساجين".';
    expect(voiceOf(s, 'عربة نقل المساجين').voice).toBe('quoted');
  });

  it('a bracket after a verb with no speaker opens nothing: وقال، في كلمة … أمس (الأحد)، إن عناصر مندسة … (Okaz via Sauress, Sudan 2019)', () => {
    // https://sauress.com/okaz/1700432
    const s = 'وقال، في كلمة أثناء زيارة إلى ولاية النيل الأبيض أمس (الأحد)، إن عناصر مندسة داخل المظاهرات تقوم بقتل المتظاهرين باستخدام «أسلحة لا يملكها الجيش أو الشرطة».';
    expect(voiceOf(s, 'عناصر مندسة').voice).toBe('attributed');
  });
});
