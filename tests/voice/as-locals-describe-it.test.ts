import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * A short quotation followed by كما and a verb of describing or naming with
 * its object pronoun and its subject ("“التشبيحية” كما يصفها الأهالي", "أو
 * "ليبيا الحرة"، كما يسميها السكان") is that subject's label: their words,
 * not the outlet's scare quote (src/voice/as-locals-describe-it.ts). كما
 * before another verb goes on with the narrative. Grown on the thirty-fourth
 * voice probe (tests/fixtures/voice-probe34/).
 */

describe('"…" كما يصفها الأهالي: the label is theirs', () => {
  it('بعملياته المارقة أو “التشبيحية” كما يصفها الأهالي (SY24, al-Sanamayn 2020)', () => {
    // https://sy-24.com/?p=46975
    const s = 'ورداً على هجوم النظام السوري، شن مجهولون عدة هجمات تمكنوا خلالها من السيطرة على حاجز لقوات النظام على طريق التابلين غرب مدينة داعل بريف درعا، أسفرت العملية عن اعتقال العناصر المتمركزين على الحاجز بينهم المساعد “أبو جعفر” المعروف بعملياته المارقة أو “التشبيحية” كما يصفها الأهالي.';
    expect(voiceOf(s, 'التشبيحية').voice).toBe('quoted');
    expect(voiceOf(s, 'هجوم النظام السوري').voice).toBe('outlet');
  });

  it('أو "ليبيا الحرة"، كما يسميها السكان، الى سجن مؤقت (Elaph, Libya 2011)', () => {
    // https://elaph.com/amp/Web/news/2011/2/634318.html
    const s = 'توقف التلامذة عن الدوام وتحولت المدرسة في ظل الأوضاع التي تسود المناطق الشرقية من ليبيا أو "ليبيا الحرة"، كما يسميها السكان، الى سجن مؤقت يضم نحو 200 شخص يُشتبه بأنهم من مرتزقة نظام القذافي.';
    expect(voiceOf(s, 'ليبيا الحرة').voice).toBe('quoted');
  });
});

describe('counter-examples: كما before another verb is "also", the narrative goes on', () => {
  it('"تدمر طرابلس تحت القنابل"، كما وجه اتهامات لواشنطن (Misr El Gedida, Libya 2011)', () => {
    // https://www.masress.com/misrelgdida/73659
    const s = 'أدان الرئيس الفنزويلي هوجو تشافيز حكومات أوروبا والولايات المتحدة قائلا بأنها "تدمر طرابلس تحت القنابل"، كما وجه اتهامات لواشنطن بالتحكم في الثوار الليبيين للسيطرة على موارد ليبيا النفطية.';
    expect(voiceOf(s, 'تدمر طرابلس تحت القنابل').voice).toBe('quoted');
  });

  it('في قضايا "فساد وإرهاب"، كما صدرت أوامر اعتقال: no verb of naming after كما (Daily8, Turkey 2025)', () => {
    // https://www.daily8.com/article/905dbfd0568237c55f3fddf1d92e53c2 (the sixteenth probe)
    const s = 'واعتقلت السلطات إمام أوغلو وهو منافس سياسي رئيسي للرئيس رجب طيب أردوغان، الأربعاء، في إطار تحقيقات في قضايا "فساد وإرهاب"، كما صدرت أوامر اعتقال بحق حوالي 100 شخص آخرين على صلة برئيس البلدية، بمن فيهم مستشاره الصحفي، مراد أونغون، وفقًا لوكالة أنباء "الأناضول" الحكومية، الأربعاء.';
    expect(voiceOf(s, 'فساد وإرهاب').voice).toBe('quoted');
  });
  it('حزب "الحلم الجورجي"، كما دخلت أربعة أحزاب معارضة البرلمان: the party\'s name stays the outlet\'s (RT Arabic, Georgia 2024)', () => {
    // https://arabic.rt.com/world/1625207-%D8%B1%D8%A6%D9%8A%D8%B3-%D8%A7%D9%84%D9%88%D8%B2%D8%B1%D8%A7%D8%A1-%D8%A7%D9%84%D8%AC%D9%88%D8%B1%D8%AC%D9%8A-%D9%85%D8%AD%D8%A7%D9%88%D9%84%D8%A7%D8%AA-%D8%AA%D9%86%D8%B8%D9%8A%D9%85-%D8%AB%D9%88%D8%B1%D8%A9-%D9%85%D9%84%D9%88%D9%86%D8%A9-%D9%81%D9%8A-%D8%A7%D9%84%D8%A8%D9%84%D8%A7%D8%AF-%D8%A8%D8%A7%D8%A1%D8%AA-%D8%A8%D8%A7%D9%84%D9%81%D8%B4%D9%84/amp
    const s = 'وقد استمرت الاحتجاجات الحاشدة في جورجيا لأكثر من شهر، منذ نتائج الانتخابات البرلمانية في 26 أكتوبر، والتي فاز بها حزب "الحلم الجورجي"، كما دخلت أربعة أحزاب معارضة البرلمان، إلا أنه';
    expect(voiceOf(s, 'الحلم الجورجي').voice).toBe('outlet');
  });
});
