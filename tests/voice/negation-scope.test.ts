import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * How far a negator reaches (src/voice/negation-scope.ts), on sentences of
 * published pages. A negated term is not counted for its side, so a
 * negation read too far makes a framing term vanish from the comparison.
 */

describe('negation: a verbal negator denies its verb, not the verb\'s subject or object', () => {
  it('"لم يوقف المتظاهرين": the protesters were not stopped, and are still called protesters', () => {
    // https://alwahdanews.ae/75337/amp (Al Wahda, dpa copy, Belarus 2020)
    const s = 'لكن ذلك لم يوقف المتظاهرين من محاولة التحرك، مما أدى إلى مصادمات.';
    expect(voiceOf(s, 'المتظاهرين')).toMatchObject({voice: 'outlet', negated: false});
  });

  it('"لم تظهر الاحتجاجات أي علامات": the protests showed no sign of giving up', () => {
    // https://www.akhbaralaan.net/news/world/2019/11/02/ (Akhbar Al Aan, Reuters copy, Chile 2019)
    const s = 'تدفق  التشيليين إلى الساحات والشوارع في سانتياغو ، واشتبكوا مع قوات الأمن بعنف حيث لم تظهر الاحتجاجات التي هزت البلاد أي علامات على الاستسلام';
    expect(voiceOf(s, 'الاحتجاجات').negated).toBe(false);
  });

  it('"لن يسمح بالفوضى": the chaos is still named, in the speaker\'s words', () => {
    // https://djazairess.com/annasr/12338 (An-Nasr, Libya 2011)
    const s = 'داعيا إلى البدء اعتبارا من أمس في حوار وطني بشأن دستور للبلاد، مؤكدا أن الغرب لن يسمح بالفوضى أو تصدير الإرهاب والمخدرات أو إقامة إمارات إسلامية في ليبيا';
    expect(voiceOf(s, 'بالفوضى')).toMatchObject({voice: 'attributed', negated: false});
  });

  it('a copula after the verbal negator still denies the label: "لن يكونوا مرتزقة"', () => {
    // https://hdhod.com/%d9%87%d9%84-%d8%ad%d9%82%d8%a7%d9%8b-%d9%87%d9%86%d8%a7%d9%83-%d8%b3%d9%88%d8%b1%d9%8a%d9%88%d9%86-%d9%85%d8%b1%d8%aa%d8%b2%d9%82%d8%a9%d8%9f_a100744.html
    const s = 'من أُطلق عليهم المرتزقة السوريون ليسوا من أبناء الثورة السورية، الذين لن يكونوا مرتزقة في أي مكان أو زمان';
    expect(voiceOf(s, 'مرتزقة', 'ar', 1).negated).toBe(true);
  });

  it('"لم يكن" with a word between still denies: "لم يكن يوماً مرتزق"', () => {
    // the same page
    const s = 'يجب التمييز بين الأحرار والشرفاء وبين المرتزقة والعبيد فالسوري الحق لم يكن يوماً مرتزق.';
    expect(voiceOf(s, 'مرتزق', 'ar', 1).negated).toBe(true);
  });

  it('a denial right before the label stays one: "ليسوا متظاهرين بل مشاغبين!"', () => {
    // https://janoubia.com/2020/06/02/ (Janoubia, Lebanon 2020: the headline)
    const s = 'فهمي يخوّن حارقي صور المسؤولين.. ليسوا متظاهرين بل مشاغبين!';
    expect(voiceOf(s, 'متظاهرين').negated).toBe(true);
    expect(voiceOf(s, 'مشاغبين').negated).toBe(false);
  });
});

describe('negation: a comma ends what a negator reaches', () => {
  it('"police did not discriminate, beating young women": the beating is told, not denied', () => {
    // http://globalvoicesonline.org/2013/11/30/videos-ukraines-police-surround-and-beat-euromaidan-protesters-to-clear-square/print/
    const s = 'Witnesses say police did not discriminate, beating young women and journalists, including a Reuters photographer Gleb Garanich [3] [photo].';
    expect(voiceOf(s, 'beating', 'en').negated).toBe(false);
  });

  it('English denials one word away still hold: "not a [protest] rally", "were not killed by security forces", "no demonstration"', () => {
    // https://agenda.ge/en/news/2024/41862
    expect(voiceOf('Yesterday, It was not a [protest] rally [...], as some claimed.', 'protest', 'en').negated).toBe(true);
    // https://ademocracynet.com/article_print.php?id=27264&section=news (The Daily Star, AFP copy)
    const sudan = 'KHARTOUM: Sudanese police fired tear gas at hundreds of protesters planning to march on Parliament Sunday, as President Omar al-Bashir insisted demonstrators who died in anti-government rallies were not killed by security forces.';
    expect(voiceOf(sudan, 'killed by security forces', 'en').negated).toBe(true);
    // http://afran.ir/en/modules/news/article.php?storyid=6675 (Xinhua copy)
    const libya = 'Libyan leader Muammar Gaddafi said on Monday the Libyan people will fight with him, asserting there has been no demonstration against his 41-year rule in the capital.';
    expect(voiceOf(libya, 'demonstration', 'en').negated).toBe(true);
  });
});

describe('negation: a demonstrative after the negator points at named things, whose name stands', () => {
  it('"وليس تلك المظاهرات التي نظمها …": the demonstrations are still called demonstrations (El-Bilad, Turkey 2013)', () => {
    // https://djazairess.com/elbilad/131122 (grown on turkey-2013, where the demonstrations read as denied)
    const s = 'وشدد أردوغان على أن هذه التجمعات تشكل "الصورة الحقيقية" لتركيا وليس تلك المظاهرات التي نظمها بحسب قوله "خونة ومتآمرون معهم في الخارج".';
    expect(voiceOf(s, 'المظاهرات').negated).toBe(false);
  });

  it('the same statement in Al-Jazirah\'s copy: "وليس تلك التظاهرات"', () => {
    // https://sauress.com/aljazirah/1306193227
    const s = 'مشددا على ان هذه التجمعات تشكل «الصورة الحقيقية» لتركيا وليس تلك التظاهرات التي نظمها بحسب قوله (خونة ومتآمرون معهم في الخارج).';
    expect(voiceOf(s, 'التظاهرات').negated).toBe(false);
  });
});
