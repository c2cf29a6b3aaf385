import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * After أعلن in VS order the أن that makes what was announced a clause may
 * come after an aside on the speaker: a relative clause set off by commas
 * ("، الذي عينه الرئيس … قبل أسبوعين،") or a description in brackets
 * ("(مكونة من ناشطين)،"). The aside is the outlet's description of the
 * speaker and does not end the search for أن (src/voice/speaker-aside.ts).
 * Grown on the twenty-seventh voice probe (tests/fixtures/voice-probe27/),
 * whose first pass left both announcements the outlet's words.
 */

describe('an aside on the speaker before أعلن\'s أن', () => {
  it('أعلن النائب العام …، الذي عينه الرئيس … قبل أسبوعين، أنه تم استجواب … (Al-Araby Al-Jadeed, Egypt 2019)', () => {
    // https://www.alaraby.co.uk/home/GoToPage/9f48bcd0-a029-4e10-b363-6e2b89f51683/594e9aa7-28b1-468a-8a0f-8a4b1776e9ee
    const s = 'أعلن النائب العام المستشار حمادة الصاوي، الذي عينه الرئيس المصري عبد الفتاح السيسي قبل أسبوعين، أنه تم استجواب ألفٍ من المشاركين في مظاهرات الجمعة 20 سبتمبر/أيلول الجاري، وبحضور محاميهم.';
    const v = voiceOf(s, 'مظاهرات الجمعة');
    expect(v.voice).toBe('attributed');
    expect(v.speaker).toBe('النائب العام المستشار حمادة الصاوي');
    expect(voiceOf(s, 'الرئيس المصري').voice).toBe('outlet');
  });

  it('أعلنت لجان مقاومة أم درمان (مكونة من ناشطين)، في بيان، أنها ستواصل التصعيد (Arabi21, Anadolu, Sudan 2022)', () => {
    // https://arabi21.net/story/1414868/%D8%A7%D8%AD%D8%AA%D8%AC%D8%A7%D8%AC%D8%A7%D8%AA-%D9%84%D9%8A%D9%84%D9%8A%D8%A9-%D8%A8%D8%A7%D9%84%D8%B3%D9%88%D8%AF%D8%A7%D9%86-%D9%88%D9%85%D8%B7%D8%A7%D9%84%D8%A8%D8%A7%D8%AA-%D8%A8%D8%A7%D9%84%D9%82%D8%B5%D8%A7%D8%B5-%D9%84%D9%82%D8%AA%D9%84%D9%89-%D8%A7%D9%84%D8%AA%D8%B8%D8%A7%D9%87%D8%B1%D8%A7%D8%AA
    const s = 'والأحد، أعلنت لجان مقاومة أم درمان (مكونة من ناشطين)، في بيان، أنها ستواصل التصعيد يومًا بعد يوم، عقب مقتل يوسف.';
    const v = voiceOf(s, 'التصعيد');
    expect(v.voice).toBe('attributed');
    expect(v.speaker).toBe('لجان مقاومة أم درمان');
  });
});

describe('counter-examples', () => {
  it('a relative on the announced thing still ends it: أعلنت الأمم المتحدة … إدانتها للانقلاب العسكري الذي قاده الجنرال … (Husna FM, Myanmar 2021, in the tenth probe)', () => {
    // https://husna.fm/%D8%B9%D8%B1%D8%A8%D9%8A-%D9%88-%D8%AF%D9%88%D9%84%D9%8A/%D8%A7%D9%86%D9%82%D9%84%D8%A7%D8%A8-%D8%B9%D8%B3%D9%83%D8%B1%D9%8A-%D9%81%D9%8A-%D9%85%D9%8A%D8%A7%D9%86%D9%85%D8%A7%D8%B1-%D9%8A%D9%82%D9%88%D8%AF-%D9%84%D8%A7%D8%B9%D8%AA%D9%82%D8%A7%D9%84-%D8%A7%D9%84%D8%B1%D8%A6%D9%8A%D8%B3-%D9%88%D9%82%D8%A7%D8%AF%D8%A9-%D8%A7%D9%84%D8%AD%D8%B2%D8%A8
    const s = 'أعلنت الأمم المتحدة والولايات المتحدة الأمريكية ودول أخرى إدانتها للانقلاب العسكري الذي قاده الجنرال مين أونغ هلينغ قائد جيش ميانمار فجر اليوم الاثنين واعتُقل فيه رئيس البلاد وين مينت وزعيمة الحزب الحاكم (غيتي) أونغ سان سوتشي بالإضافة إلى قيادات من الحزب.';
    expect(voiceOf(s, 'للانقلاب العسكري').voice).toBe('attributed');
    expect(voiceOf(s, 'الجنرال مين أونغ هلينغ').voice).toBe('outlet');
  });

  it('the clause after the aside still ends at its comma: …، عقب مقتل يوسف (Arabi21, Anadolu, Sudan 2022)', () => {
    // https://arabi21.net/story/1414868/%D8%A7%D8%AD%D8%AA%D8%AC%D8%A7%D8%AC%D8%A7%D8%AA-%D9%84%D9%8A%D9%84%D9%8A%D8%A9-%D8%A8%D8%A7%D9%84%D8%B3%D9%88%D8%AF%D8%A7%D9%86-%D9%88%D9%85%D8%B7%D8%A7%D9%84%D8%A8%D8%A7%D8%AA-%D8%A8%D8%A7%D9%84%D9%82%D8%B5%D8%A7%D8%B5-%D9%84%D9%82%D8%AA%D9%84%D9%89-%D8%A7%D9%84%D8%AA%D8%B8%D8%A7%D9%87%D8%B1%D8%A7%D8%AA
    const s = 'والأحد، أعلنت لجان مقاومة أم درمان (مكونة من ناشطين)، في بيان، أنها ستواصل التصعيد يومًا بعد يوم، عقب مقتل يوسف.';
    expect(voiceOf(s, 'مقتل يوسف').voice).toBe('outlet');
  });
});
