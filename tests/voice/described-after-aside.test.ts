import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * "ووصف الرئيس الكيني ويليام روتو، في كلمة له، الاحتجاجات في بلاده بأنها
 * “…”": after an Arabic verb of describing in verb–subject order, what was
 * said begins at the بـ of the description also when commas set off an
 * aside (a time, "في كلمة له", a name) between the speaker and the thing
 * described, and also when the description opens with باعتباره (as being);
 * the speaker and the thing described stay the outlet's words. Another
 * report before the بـ ends the search. Grown on the fourteenth voice probe
 * (tests/fixtures/voice-probe14/), whose first pass gave the thing described
 * and, before باعتباره, the speaker to the speaker.
 */

describe('the thing described after an aside is the outlet\'s', () => {
  it('ووصف الرئيس الكيني ويليام روتو، في كلمة له، الاحتجاجات في بلاده بأنها “خطر على الأمن القومي …” (SLA News, Kenya 2024, in the fourteenth probe)', () => {
    // https://sla-news.com/210871
    const s = 'ووصف الرئيس الكيني ويليام روتو، في كلمة له، الاحتجاجات في بلاده بأنها “خطر على الأمن القومي واعتداء على النظام الدستوري، وأعلن تعبئة قوات الأمن لمواجهتها”.';
    expect(voiceOf(s, 'الاحتجاجات').voice).toBe('outlet');
    expect(voiceOf(s, 'خطر على الأمن القومي').voice).toBe('quoted');
  });

  it('ووصف أكبر حزب معارض في البلاد وهو حزب جبهة العمل الإسلامي ما حصل باعتباره حملة مسعورة … (Al-Alam, Jordan 2020, in the fourteenth probe)', () => {
    // https://alalam.ir/news/5067586
    const s = 'ووصف أكبر حزب معارض في البلاد وهو حزب جبهة العمل الإسلامي ما حصل باعتباره حملة مسعورة تقوم بها الحكومة ضد الحريات العامة وتكرّس نهج الأحكام العرفية وسياسة التأزيم.';
    expect(voiceOf(s, 'أكبر حزب معارض').voice).toBe('outlet');
    expect(voiceOf(s, 'حملة مسعورة').voice).toBe('attributed');
    expect(voiceOf(s, 'نهج الأحكام العرفية').voice).toBe('attributed');
  });
});

describe('counter-examples', () => {
  it('the description and what follows it stay the speaker\'s: وصف الرئيس الكيني وليام روتو، الأحداث … بأنها خيانة متعهدا بالرد السريع على المخربين (Sada El Balad, Kenya 2024, in the first probe)', () => {
    // https://elbalad.news/keyword/825264/1
    const s = 'وصف الرئيس الكيني وليام روتو، الأحداث التي شهدتها البلد الواقع في القرن الأفريقي اليوم الثلاثاء بأنها خيانة متعهدا بالرد السريع على المخربين.';
    expect(voiceOf(s, 'خيانة').voice).toBe('attributed');
    expect(voiceOf(s, 'المخربين').voice).toBe('attributed');
  });

  it('a verb of describing with its بـ at once, set off by commas, is still the passive with no speaker: احتجاجات مناهضة للحكومة، وصفت بالأعنف منذ سنوات، حيث استخدمت الشرطة … (Balad News, Turkey 2013, in the third probe)', () => {
    // https://www.masress.com/baladnews/48211
    const s = 'وكانت العاصمة "اسطنبول" شهدت ،أمس، احتجاجات مناهضة للحكومة، وصفت بالأعنف منذ سنوات، حيث استخدمت الشرطة الغاز المسيل للدموع، وخراطيم المياه لتفريق المتظاهرين، مما أدى إلى إصابة العشرات.';
    expect(voiceOf(s, 'لتفريق المتظاهرين').voice).toBe('outlet');
    expect(voiceOf(s, 'احتجاجات مناهضة للحكومة').voice).toBe('outlet');
  });
});
