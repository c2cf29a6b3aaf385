import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * "أعلن جيش ميانمار في بيان على محطة تلفزيونية تابعة له اليوم الاثنين، أنه
 * سيطر على البلاد بعد اعتقال الزعيمة …": أعلن names a thing (its object up
 * to a circumstance or a comma), but with أن / أنه after its speaker —
 * perhaps after a medium, a time and a comma — it reports a clause, as
 * "announced that" does. A circumstance inside that clause (بعد، عقب) is
 * part of what was said; the clause still ends at its next comma. Grown on
 * the tenth voice probe (tests/fixtures/voice-probe10/), whose first pass
 * cut the army's statement at بعد.
 */

describe('أعلن … أنه reports a clause up to its comma', () => {
  it('أعلن جيش ميانمار في بيان …، أنه سيطر على البلاد بعد اعتقال الزعيمة … (Tunisien.tn, Myanmar 2021, in the tenth probe)', () => {
    // http://tunisien.tn/ (انقلاب عسكري في ميانمار والجيش يعتقل …)
    const s = 'أعلن جيش ميانمار في بيان على محطة تلفزيونية تابعة له اليوم الاثنين، أنه سيطر على البلاد بعد اعتقال الزعيمة أونغ سان سوتشي وقادة سياسيين آخرين من حزب الرابطة الوطنية للديمقراطية الحاكم، في الساعات الأولى من صباح اليوم.';
    expect(voiceOf(s, 'سيطر على البلاد').voice).toBe('attributed');
    const v = voiceOf(s, 'بعد اعتقال الزعيمة');
    expect(v.voice).toBe('attributed');
    expect(v.speaker).toBe('جيش ميانمار');
  });
});

describe('counter-examples', () => {
  it('the clause still ends at its comma: أعلنت وزارة الداخلية الأوكرانية أن 8 من رجال الأمن … أصيبوا …، كما هاجم آلاف المتظاهرين … (Al-Fadjr, Ukraine 2014, grown-on devset)', () => {
    // https://djazairess.com/alfadjr/267850 (ukraine-2014-new/005-alfadjr-djazairess-maidan)
    const s = 'أعلنت وزارة الداخلية الأوكرانية أن 8 من رجال الأمن على الأقل أصيبوا بجروح في صدامات قرب مقر البرلمان، كما هاجم آلاف المتظاهرين مقر حزب الأقاليم الحاكم، وأضرموا النار في جزء منه واستولوا على جزء آخر.';
    expect(voiceOf(s, 'في صدامات').voice).toBe('attributed');
    expect(voiceOf(s, 'آلاف المتظاهرين').voice).toBe('outlet');
  });

  it('a circumstance before أنه still ends the announced thing: أعلن إثر الاحتجاجات التي تشهدها العاصمة … أنه “…” (Roayaa News, Haiti 2019)', () => {
    // https://roayaanewsny.com/2019/06/10/ (إصابة 7 أشخاص في اشتباكات بين متظاهرين و…)
    const s = 'وكان رئيس هاييتي قد أعلن إثر الاحتجاجات التي تشهدها العاصمة بورت أو برنس أنه “لن يترك البلاد في أيدي العصابات المسلحة ومهربي المخدرات”.';
    expect(voiceOf(s, 'الاحتجاجات').voice).toBe('outlet');
    expect(voiceOf(s, 'العصابات المسلحة').voice).toBe('quoted');
  });
});
