import {describe, expect, it} from 'vitest';
import {voiceOf, voiceOfLines} from '../support/voice-of-lines.js';

/*
 * وفقاً لـ / طبقاً لـ (according to): Arabic glues the لـ to the source's word
 * (وفقاً للشهود، وفقًا لوزارة الداخلية), so the lexicon's two-word entry
 * "وفقا ل" never matched and a sentence opened by one was the outlet's. They
 * are attribution phrases as بحسب is: at the start of a sentence they give
 * what follows to the source, later in it the clause before. As after a
 * closing citation, an informant (witnesses, sources, media) named by an
 * opening وفقاً / طبقاً vouches for the facts (بحسب keeps attributing, as before), whose wording stays the
 * outlet's; an informant's own report verb (قال شهود عيان إن …) still
 * attributes. Grown on the eighth voice probe (tests/fixtures/voice-probe8/)
 * and the Georgian grown-on folder of the development set.
 */

describe('وفقاً لـ opening a sentence attributes what follows', () => {
  it('ووفقا لوزارة الداخلية الجورجية، اعتقلت الشرطة … أعمال الشغب (RT Arabic, Georgia 2024, grown-on devset)', () => {
    // https://arabic.rt.com/world/1625207-… (georgia-2024-new/001-rtarabic-rustaveli)
    const s = 'ووفقا لوزارة الداخلية الجورجية، اعتقلت الشرطة على مدار عدة أيام أكثر من 200 مشارك في أعمال الشغب، وأصيب أكثر من 110 من ضباط إنفاذ القانون خلال الاحتجاجات.';
    const v = voiceOf(s, 'أعمال الشغب');
    expect(v.voice).toBe('attributed');
    expect(v.speaker).toContain('وزارة الداخلية');
  });

  it('وفقًا لوزارة الداخلية الصربية ، وصل عدد المتظاهرين … (Cairo Cast, Serbia 2025, in the eighth probe)', () => {
    // https://cairocast.com/news/ (يبدأ الحبيب في الحشد في احتجاج في بلغراد)
    const s = 'وفقًا لوزارة الداخلية الصربية ، وصل عدد المتظاهرين في بلغراد إلى 31000 شخص. في 8 مارس ، تحدث فوتشيتش عن أقصى احتجاجات الطلاب في صربيا.';
    expect(voiceOf(s, 'عدد المتظاهرين').voice).toBe('attributed');
  });

  it('…، وفقًا لوزارة الداخلية. closing its sentence gives the clause before it to the ministry (Al-Riyadh, Chile 2019, grown-on devset)', () => {
    // https://sauress.com/alriyadh/1783009
    const s = 'وجاءت هذه الخطوة بعد نشر رجال الإطفاء في خمس محطات مترو على الأقل في العاصمة التي يقطنها أكثر من 7 ملايين شخص، وفقًا لوزارة الداخلية. وكان المحتجون يتظاهرون طوال الأسبوع ضد زيادة أجرة وسائل النقل.';
    expect(voiceOf(s, 'العاصمة التي يقطنها').voice).toBe('attributed');
    expect(voiceOf(s, 'المحتجون يتظاهرون').voice).toBe('outlet');
  });
});

describe('an informant named by an opening وفقاً لـ vouches for the facts', () => {
  it('وفقاً لشهود العيان في ميدان التحرير ببغداد، … المحتجين … العنف (Al-Waght, Iraq 2019, grown-on devset)', () => {
    // http://alwaght.net/ar/News/166043
    const s = 'وفقاً لشهود العيان في ميدان التحرير ببغداد، والذي يعدّ أحد الأماكن الرئيسة للمظاهرات، يتحدّث بعض الأشخاص المجهولين مع المحتجين بشكل فردي وسري، وبحوزتهم أموال ضخمة بين 40 إلى 50 مليون دينار عراقي، ويقومون بإغوائهم، كما أنهم يحاولون إثارة الاحتجاجات وتعزيز العنف.';
    expect(voiceOf(s, 'المحتجين').voice).toBe('outlet');
    expect(voiceOf(s, 'العنف').voice).toBe('outlet');
  });
});

describe('counter-examples', () => {
  it('an informant\'s own verb still attributes: قال شهود عيان إن عدة آلاف من المتظاهرين، بعضهم يحمل عصيًا … (Azaad Arabia, Bangladesh 2025)', () => {
    // https://azaadarabia.pk/32500
    const s = 'قال شهود عيان إن عدة آلاف من المتظاهرين، بعضهم يحمل عصيًا ومطارق وأدوات أخرى، تجمعوا حول المنزل التاريخي ونصب الاستقلال التذكاري.';
    expect(voiceOf(s, 'بعضهم يحمل عصيًا ومطارق').voice).toBe('attributed');
  });

  it('a norm after حسب attributes nothing: … للتظاهر السلمي حسب القانون حتى تتمكن الأجهزة الأمنية … (Tanasuh TV, Libya)', () => {
    // https://tanasuh.tv/206492-2
    const s = 'الداخلية خلال بيان لها أوضحت أنه يجب على المسؤولين على المظاهرات التوجه إلى مديريات الأمن للحصول على الأذونات اللازمة للتظاهر السلمي حسب القانون حتى تتمكن الأجهزة الأمنية من حماية المتظاهرين لضمان سلامتهم.';
    expect(voiceOfLines(s, 'ar').regions.map((r) => r.cue)).not.toContain('حسب');
  });

  it('a sentence with no وفقاً stays the outlet\'s: في وقت سابق ، شغل المتظاهرون مركز بلغراد بأكمله (Cairo Cast, Serbia 2025)', () => {
    const s = 'وفقا للشهود ، بعد الحادث ، بدأ المتظاهرون يغادرون الساحة بشكل عاجل بالقرب من مبنى الجمعية الوطنية. في وقت سابق ، شغل المتظاهرون مركز بلغراد بأكمله.';
    expect(voiceOf(s, 'شغل المتظاهرون مركز بلغراد').voice).toBe('outlet');
  });
});
