import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * Reporters and photographers on the scene are informants, as witnesses
 * are: a report of theirs that closes its sentence ("…, AFP reporters
 * said", "…, an AFP photographer said", "…، بحسب مراسلي وكالة فرانس برس")
 * vouches for what happened, and the words that name it stay the outlet's.
 * Grown on the fourth voice probe (tests/fixtures/voice-probe4/).
 */

describe('a reporter or photographer closing the sentence is an informant', () => {
  it('"…, AFP reporters said" (UrduPoint, Sudan 2021, in the fourth probe)', () => {
    const s = 'Sudanese security forces fired tear gas Thursday to disperse protesters in street clashes in the eastern Khartoum district of Burri, AFP reporters said';
    expect(voiceOf(s, 'fired tear gas Thursday', 'en').voice).toBe('outlet');
    expect(voiceOf(s, 'in street clashes', 'en').voice).toBe('outlet');
  });

  it('"…, an AFP photographer said" (Lidtime, Turkey 2016, in the fourth probe)', () => {
    const s = 'Turkish military forces on July 16 opened fire on crowds gathered in Istanbul following a coup attempt, causing casualties, an AFP photographer said.';
    expect(voiceOf(s, 'opened fire on crowds', 'en').voice).toBe('outlet');
  });

  it('"…، بحسب ما أفاد صحافي من “وكالة فرانس برس”" (Lebanon Times, Sudan 2022, a search result of the probe\'s rule)', () => {
    const s = 'أطلقت قوات الأمن السودانية اليوم، الغاز المسيل للدموع على آلاف المتظاهرين المنددين في الخرطوم بانقلاب الخامس والعشرين من تشرين الأول والمطالبين بالعدالة والديمقراطية، بحسب ما أفاد صحافي من “وكالة فرانس برس”.';
    expect(voiceOf(s, 'بانقلاب الخامس والعشرين', 'ar').voice).toBe('outlet');
    expect(voiceOf(s, 'الغاز المسيل للدموع', 'ar').voice).toBe('outlet');
  });
});

describe('not an informant', () => {
  it('an official who tells reporters: the speaker is the official (Sun, AP copy, Bolivia 2019)', () => {
    const s = 'Presidency Minister Jerjes Justiniano told reporters in La Paz that five people had been killed and an estimated 22 were injured.';
    expect(voiceOf(s, 'had been killed', 'en').voice).toBe('attributed');
  });

  it('a named official closing the sentence still voices it (Sun, AP copy, Bolivia 2019)', () => {
    const s = 'Most of the dead and injured Friday in Sacaba, near the city of Cochabamba, had been shot, Guadalberto Lara, director of the town’s Mexico Hospital, told The Associated Press.';
    expect(voiceOf(s, 'had been shot', 'en').voice).toBe('attributed');
  });

  it('a report that opens its sentence, as "Witnesses said that …", attributes (made-up wording on the probe\'s sentence)', () => {
    const s = 'AFP reporters said that security forces fired tear gas to disperse protesters in street clashes.';
    expect(voiceOf(s, 'street clashes', 'en').voice).toBe('attributed');
  });

  it('an agency\'s report that opens its sentence attributes (Sarahanews, Sudan 2022: وأشارت الوكالة إلى أن)', () => {
    const s = 'وأشارت الوكالة إلى أن قوات الشرطة السودانية أطلقت قنابل الغاز المسيل للدموع لتفريق المحتجين الذين حملوا الأعلام السودانية، وكانوا في طريقهم إلى القصر الرئاسي في وسط العاصمة.';
    expect(voiceOf(s, 'لتفريق المحتجين', 'ar').voice).toBe('attributed');
  });
});
