import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * "…، فيما قالت الوكالة إن …": a saying phrase (فيما قال / كما قالت) whose
 * speaker is followed by إن / أن opens a report of its own, and the clause
 * before it is the narrator's. A speaker described by a relative clause
 * (الرئيس روبرت موغابي الذي يحكم البلاد منذ نحو 40 عاما) may run up to seven
 * words past the relative before its إن; before, such a speaker was too
 * long, so the phrase was read as a closing attribution of the clause
 * before it (the army's takeover became the president's words) and the
 * president's own quotation a scare quote. With a comma before إن, or no
 * إن at all, the phrase still attributes the clause before it. Grown on the
 * sixth voice probe (tests/fixtures/voice-probe6/).
 */

// https://maghress.com/febrayer/522662 (Febrayer, AFP copy, Zimbabwe 2017, in the sixth probe)
const MUGABE = 'أحكم الجيش في زيمبابوي سيطرته على البلاد الاربعاء فيما قال الرئيس روبرت موغابي الذي يحكم البلاد منذ نحو 40 عاما إنه « قيد الاقامة الجبرية » رغم نفي جنرالات الجيش القيام بانقلاب عسكري.';

describe('فيما قال X الذي … إن: the report begins at إن', () => {
  it('the clause before the phrase is the outlet\'s', () => {
    expect(voiceOf(MUGABE, 'أحكم الجيش في زيمبابوي سيطرته على البلاد').voice).toBe('outlet');
  });

  it('the quotation after إنه is the speaker\'s', () => {
    const v = voiceOf(MUGABE, 'قيد الاقامة الجبرية');
    expect(v.voice).toBe('quoted');
    expect(v.distanced).toBe(false);
  });
});

describe('with a comma before إن the phrase still attributes the clause before it', () => {
  it('وقد يستخدم لقمع المنظمات غير الحكومية، كما قالت المعارضة، إن … (Al-Alam, Georgia 2024)', () => {
    // https://alalam.ir/news/6560448 (the devset folder georgia-2024, 001-alalam-tbilisi)
    const s = 'وتعتبره قانونا استبداديا سيضر بفرص جورجيا في الانضمام للاتحاد الأوروبي لحده من حرية الصحافة، وقد يستخدم لقمع المنظمات غير الحكومية، كما قالت المعارضة، إن القانون يذكرهم بقانون \'العملاء الأجانب\' الروسي الذي قمع به الكرملين المنشقين عنه.';
    expect(voiceOf(s, 'لقمع المنظمات غير الحكومية').voice).toBe('attributed');
  });
});
