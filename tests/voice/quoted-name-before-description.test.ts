import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * "ووصف X "…" … بأنها …": after an Arabic verb of describing or accusing, a quotation that names part of the thing
 * described (a rally's slogan, a speaker's name) does not end the report when the بأن of the description follows a
 * few words after it, before any punctuation: the description is the speaker's. Grown on turkey-2013's wrong voices
 * (El-Bilad's «ووصف أردوغان تجمعات "احترام الإرادة الوطنية" في إسطنبولوأنقرة بأنها رد من الشعب على أعمال العنف»,
 * where the acts of violence read as the outlet's). A quotation the بـ follows at once was already the object
 * (اتهم “X” بـ); a ب word that opens no description (بشأن) does not count.
 */

describe('a quoted name inside the thing described, then بأن: the description is the speaker\'s', () => {
  it('ووصف أردوغان تجمعات "احترام الإرادة الوطنية" في إسطنبولوأنقرة بأنها رد من الشعب على أعمال العنف (El-Bilad, Turkey 2013)', () => {
    // https://djazairess.com/elbilad/131122
    const s = 'ووصف أردوغان تجمعات "احترام الإرادة الوطنية" في إسطنبولوأنقرة بأنها رد من الشعب على أعمال العنف "لإفساد اللعبة"، قائلا إنه "لا يمكن لحركة مجردة من المبادئ وغير معتدلة تعتمد على الأكاذيب أن تحظى بتأييد الشعب".';
    expect(voiceOf(s, 'أعمال العنف').voice).toBe('attributed');
  });

  it('كما وصف "عبد الملك الحوثي" النظام السعودي بأنه يحمل العداء لليمنيين (El-Badil, Yemen 2015)', () => {
    // https://www.masress.com/elbadil/913244
    const s = 'كما وصف "عبد الملك الحوثي" النظام السعودي بأنه يحمل العداء لليمنيين ويستهتر بدمائهم، ومضى بالقول إن هذا النظام هو جندي وخادم للأمريكيين.';
    expect(voiceOf(s, 'يحمل العداء').voice).toBe('attributed');
  });
});

describe('counter-example: a ب word after the quotation that opens no description', () => {
  it('«تشير إلى “المنظمة الانفصالية الإرهابية” بشأن الهجوم»: بشأن is no بأن, and the report of اتهم goes on as before (Non Online, Turkey 2016)', () => {
    // https://nononline.net/archives/104960
    const s = 'وكان رئيس الوزراء التركي، أحمد داوود أوغلو، اتهم حزب العمال الكردستاني، بتنفيذ تفجيرات أنقرة، متحدثًا عن خلاصات جدية شبه مؤكدة تشير إلى “المنظمة الانفصالية الإرهابية” بشأن الهجوم، في إشارة إلى حزب العمال الكردستاني.';
    expect(voiceOf(s, 'بشأن الهجوم')).toMatchObject({voice: 'attributed', cue: 'اتهم'});
  });
});
