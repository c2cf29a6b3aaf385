import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * "وحسب منظمي التظاهرة فإن حوالي 8000 شخص تظاهروا … يوم الأحد، حسب ادعاءات المتظاهرين.": an Arabic attribution that
 * opens its sentence and closes its speaker with إن / أن (فإن) governs what follows the complementiser, so the words
 * that name the speaker (منظمي التظاهرة) are the narrator's; and a second attribution after a comma governs the clause
 * before it and names a source of its own (ادعاءات المتظاهرين), so the opening attribution's stretch ends where the
 * second begins and the words naming that source stay the narrator's too. Grown on russia-2011's wrong voices (Moheet's
 * copy of RIA Novosti read both names as reported speech).
 */

const MOHEET = 'وحسب منظمي التظاهرة فإن حوالي 8000 شخص تظاهروا في وسط موسكو مساء الاثنين للاحتجاج على "عملية التزوير" التي مكّنت حزب السلطة ("روسيا الموحدة") من الحصول على حوالي 50 في المائة من الأصوات في الانتخابات البرلمانية يوم الأحد، حسب ادعاءات المتظاهرين.';

describe('the speaker of an opening or a second attribution is named in the outlet\'s words', () => {
  it('وحسب منظمي التظاهرة فإن …: the speaker before فإن is the outlet\'s (Moheet, Russia 2011)', () => {
    // https://www.masress.com/moheet/247334
    expect(voiceOf(MOHEET, 'التظاهرة').voice).toBe('outlet');
  });

  it('…، حسب ادعاءات المتظاهرين: the second attribution\'s source is the outlet\'s (Moheet, Russia 2011)', () => {
    // https://www.masress.com/moheet/247334
    expect(voiceOf(MOHEET, 'ادعاءات المتظاهرين').voice).toBe('outlet');
  });
});

describe('counter-examples', () => {
  it('what follows فإن stays the attribution\'s: … للاحتجاج على "عملية التزوير" (Moheet, Russia 2011)', () => {
    // https://www.masress.com/moheet/247334
    expect(voiceOf(MOHEET, 'تظاهروا في وسط موسكو').voice).toBe('attributed');
  });

  it('what follows فإن after a wire agency stays reported: وبحسب وكالة "رويترز" فإن ثلاثة من المحتجين توفوا (Al Majalla, Iraq 2019)', () => {
    // https://arb.majalla.com/node/80656/ (حصيلة القتلى والجرحى في الاحتجاجات ضدّ الحكومة العراقية), tests/fixtures/devset/iraq-2019
    const s = 'وبحسب وكالة "رويترز" فإن ثلاثة من المحتجين توفوا في المستشفى متأثرين بالجروح التي أصيبوا بها بعد أن أطلقت الشرطة الذخيرة الحية في ساحة الطيران في بغداد.';
    expect(voiceOf(s, 'أطلقت الشرطة الذخيرة الحية').voice).toBe('attributed');
  });

  it('an opening attribution closed by a comma, with no complementiser, still governs its sentence: وحسب البيانات الرسمية، تم اعتقال … (Al-Dostor, Belarus 2020)', () => {
    // https://dostor.synceg.net/3187723, tests/fixtures/devset/belarus-2020-more
    const s = 'وحسب البيانات الرسمية، تم اعتقال أكثر من 6.7 ألف شخص في الأيام الأولى، كما ذكرت وزارة الداخلية للجمهورية، أن أعمال الشغب أسفرت عن إصابة مئات الأشخاص، بينهم أكثر من 120 من عناصر حماية القانون، ومصرع ثلاثة متظاهرين.';
    expect(voiceOf(s, 'تم اعتقال').voice).toBe('attributed');
  });
});
