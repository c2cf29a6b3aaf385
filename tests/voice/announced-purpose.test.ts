import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * A verb that announces or calls for a thing (أعلن، دعا إلى، تعهد بـ)
 * governs its object only, up to a circumstance (objectScopeEnds). "في
 * محاولة لـ" (in an attempt to) is one: the purpose the outlet gives the
 * announced measure is its own account, so the words after it are the
 * outlet's while the thing announced stays the announcer's. A verb that
 * reports a clause (قال إن، أكد أن) is not cut there. Grown on the
 * development set's usa-2020 folder (Al-Alam), found while reading the
 * sixth voice probe's errors alongside the grown-on folders'.
 */

// https://alalam.ir/news/4962026/videos (the devset folder usa-2020, 006-alalam-washington)
const CURFEW = 'وأعلنتْ مدنُ لوس انجليس وفيلادلفيا واتلانتا حظراً للتَجْوال في محاولةٍ لوقفِ الاحتجاجات. كما فرضتْ السلطاتُ حظراً ليلياً للتجوال.';

describe('an announcement ends at في محاولة', () => {
  it('the purpose after it is the outlet\'s', () => {
    expect(voiceOf(CURFEW, 'الاحتجاجات').voice).toBe('outlet');
  });

  it('the thing announced before it stays the announcer\'s', () => {
    expect(voiceOf(CURFEW, 'حظراً للتَجْوال').voice).toBe('attributed');
  });
});

describe('a clause reported with أن is not cut at في محاولة', () => {
  it('واشارت المنصة" بان … في محاولة واضحة لحرف مسار المظاهرة (Sawt Al-Asima, Aden)', () => {
    // https://www.sawt-alasima.net/news/77772
    const s = 'واشارت المنصة" بان المسرة سادت اجواء سلمية فيما أقدم عدد من المندسين على افتعال أعمال شغب، حيث اعتدوا على قوات الأمن وقاموا برشق الأطقم الأمنية بالحجارة، في محاولة واضحة لحرف مسار المظاهرة عن أهدافها.';
    expect(voiceOf(s, 'لحرف مسار المظاهرة').voice).toBe('attributed');
  });
});
