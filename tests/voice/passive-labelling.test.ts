import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * "ووُصِفَت المظاهرات بأنها الأكبر منذ بداية الحرب، ولم تخلُ من انتقادات
 * شديدة …": a verb of describing or considering vowelled as a passive (a
 * damma on وصف's first letter, or on the ت of اعتبر) names nobody who
 * speaks; the noun after it is the thing described, not a speaker, and the
 * sentence stays the outlet's. Without the vowels the same letters are the
 * active verb (ووصفت الحكومة …), which still reports. Grown on the
 * sixteenth voice probe (tests/fixtures/voice-probe16/), whose first pass
 * read Al Ain's passive as a report by "the demonstrations".
 */

describe('a vowelled passive of describing names no speaker', () => {
  it('ووُصِفَت المظاهرات بأنها الأكبر منذ بداية الحرب، ولم تخلُ من انتقادات شديدة … (Al Ain News, Gaza 2025, in the sixteenth probe)', () => {
    // https://al-ain.com/article/north-gaza-hamas-stop-war
    const s = 'ووُصِفَت المظاهرات بأنها الأكبر منذ بداية الحرب، ولم تخلُ من انتقادات شديدة لحركة "حماس"، التي حمّلها المتظاهرون مسؤولية استمرار مأساتهم التي لم يشهد قطاع غزة مثيلًا لها من قبل.';
    expect(voiceOf(s, 'المظاهرات').voice).toBe('outlet');
    expect(voiceOf(s, 'انتقادات شديدة').voice).toBe('outlet');
  });
});

describe('counter-examples: the active verb still reports', () => {
  it('ووصف الرئيس الكيني ويليام روتو، في كلمة له، الاحتجاجات في بلاده بأنها “خطر على الأمن القومي …” (SLA News, Kenya 2024, in the fourteenth probe)', () => {
    // https://sla-news.com/210871
    const s = 'ووصف الرئيس الكيني ويليام روتو، في كلمة له، الاحتجاجات في بلاده بأنها “خطر على الأمن القومي واعتداء على النظام الدستوري، وأعلن تعبئة قوات الأمن لمواجهتها”.';
    expect(voiceOf(s, 'خطر على الأمن القومي').voice).toBe('quoted');
  });

  it('ووصف أكبر حزب معارض في البلاد … ما حصل باعتباره حملة مسعورة … (Al-Alam, Jordan 2020, in the fourteenth probe)', () => {
    // https://alalam.ir/news/5067586
    const s = 'ووصف أكبر حزب معارض في البلاد وهو حزب جبهة العمل الإسلامي ما حصل باعتباره حملة مسعورة تقوم بها الحكومة ضد الحريات العامة وتكرّس نهج الأحكام العرفية وسياسة التأزيم.';
    expect(voiceOf(s, 'حملة مسعورة').voice).toBe('attributed');
  });
});
