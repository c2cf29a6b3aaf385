import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * "اتّهمت منظمة العفو الدولية قوات الأمن النيجيرية بقتل العديد من
 * المتظاهرين السلميين": after an Arabic verb of accusing (اتهم، اتهمت in
 * verb–subject order; يتهم، تتهم، اتهموا after their subject) the charge
 * opens with its بـ (بأن، بالتحريض، بقتل، بمحاولة …); the speaker and the
 * accused named before it are the outlet's words, as after a verb of calling
 * for or of describing. The charge runs on as any report does. Not past a
 * punctuation mark or a quotation mark: an accused the speaker names in his
 * own word, or after an aside, is part of what was said. Grown on the
 * fourteenth voice probe (tests/fixtures/voice-probe14/) and the development
 * set's grown-on leftovers (sudan-2019-new), whose accused were read as said.
 */

describe('the accused before the charge is the outlet\'s', () => {
  it('اتّهمت منظمة العفو الدولية قوات الأمن النيجيرية بقتل … (Al-Rai, Nigeria 2020, in the fourteenth probe)', () => {
    // https://alraimedia.com/ampArticle/1504817
    const s = 'اتّهمت منظمة العفو الدولية قوات الأمن النيجيرية بقتل العديد من المتظاهرين السلميين في لاغوس مساء أمس الثلاثاء.';
    expect(voiceOf(s, 'قوات الأمن النيجيرية').voice).toBe('outlet');
    const charge = voiceOf(s, 'المتظاهرين السلميين');
    expect(charge.voice).toBe('attributed');
    expect(charge.cue).toBe('اتّهمت');
  });

  it('اتهم زعيم النظام السوداني عمر البشير الشباب الثائر الذي خرج في احتجاجات … بأن بينهم "مندسين" (Al-Ittihad, Sudan 2019, development set)', () => {
    // https://alittihad44.com/عربي-وعالمي/زعيم-النظام-السوداني-يحرض-على-المتظاهرين:-"قتلة-ومندسين"
    const s = 'اتهم زعيم النظام السوداني عمر البشير الشباب الثائر الذي خرج في احتجاجات جبّارة تستمر للأسبوع الثالث على التوالي بأن بينهم "مندسين" يقومون بعمليات قتل تهدف لاثارة الفوضى.';
    expect(voiceOf(s, 'الشباب الثائر').voice).toBe('outlet');
    expect(voiceOf(s, 'احتجاجات').voice).toBe('outlet');
    expect(voiceOf(s, 'مندسين').voice).toBe('quoted');
    expect(voiceOf(s, 'لاثارة الفوضى').voice).toBe('attributed');
  });

  it('a charge in subject–verb order runs on past its comma: … وتتهم نشطاءه بالعمالة وتلقي أموال من الخارج، والمس … والترويج للانفصال (Arabi21, the Rif 2017, in the second probe)', () => {
    // https://arabi21.co.uk/stories/t/112803/0/%D8%AD%D8%B1%D8%A7%D9%83-%D8%A7%D9%84%D8%B1%D9%8A%D9%81?page=13
    const s = 'يتصاعد الغضب من أحزاب الحكومة المغربية، بعدما أصدرت الأخيرة بلاغا تهاجم فيها حراك الريف وتتهم نشطاءه بالعمالة وتلقي أموال من الخارج، والمس بالمؤسسات الدستورية والوحدة الترابية للبلاد والترويج للانفصال.';
    expect(voiceOf(s, 'بالعمالة').voice).toBe('attributed');
    expect(voiceOf(s, 'والترويج للانفصال').voice).toBe('attributed');
  });
});

describe('counter-examples', () => {
  it('an accused in the speaker\'s own quoted word stays quoted: اتهم الرئيس السوداني عمر البشير «مندسين» بقتل المتظاهرين (Okaz, Sudan 2019, development set)', () => {
    // https://sauress.com/okaz/1700432
    const s = 'اتهم الرئيس السوداني عمر البشير «مندسين» بقتل المتظاهرين لإثارة الفوضى في البلاد.';
    expect(voiceOf(s, 'مندسين').voice).toBe('quoted');
    expect(voiceOf(s, 'لإثارة الفوضى').voice).toBe('attributed');
  });

  it('an accused after an aside is part of the accusation: اتهم مسئول روسى رفيع المستوى أمس، الولايات المتحدة بتسليح العناصر المتمردة (Amal Masr, Ukraine 2014, development set)', () => {
    // https://amal-masr.com/show-7952.html
    const s = 'اتهم مسئول روسى رفيع المستوى أمس، الولايات المتحدة بتسليح العناصر المتمردة فى أوكرانيا، وأضاف مستشار الرئيس الروسى لشئون العلاقات مع أوكرانيا سيرجى جليزيف أن';
    expect(voiceOf(s, 'الولايات المتحدة بتسليح').voice).toBe('attributed');
  });
});
