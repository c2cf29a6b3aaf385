import fc from 'fast-check';
import {beforeAll, describe, expect, it} from 'vitest';
import {loadSeeds} from '../../src/corpus/load.js';
import type {Source} from '../../src/types.js';
import {framingMatches, labelled, rawMatches, type Found} from './lexicon-matches.js';

/*
 * The bundled lexicon on sentences of the five seed articles: which entry
 * fires, on which side, over exactly which characters of the body.
 */

let seeds: Source[];
beforeAll(() => {
  seeds = loadSeeds();
});

function bodyOf(id: string): string {
  const s = seeds.find((x) => x.id === id);
  if (!s) throw new Error(`no seed ${id}`);
  return s.body;
}

/** The framing matches inside the (unique) passage `find` of a seed, as `concept/pole=text`. */
function inPassage(id: string, find: string, language: 'ar' | 'en' = 'ar'): string[] {
  const body = bodyOf(id);
  const at = body.indexOf(find);
  expect(at, `"${find}" in seed ${id}`).toBeGreaterThanOrEqual(0);
  expect(body.indexOf(find, at + 1), `"${find}" is unique in seed ${id}`).toBe(-1);
  return framingMatches(body, language, at, at + find.length).map((m: Found) => {
    expect(body.slice(m.start, m.end)).toBe(m.text);
    return `${m.concept}/${m.pole}=${m.text}`;
  });
}

describe('Arabic matches on seed sentences', () => {
  const cases: [string, string, string[]][] = [
    ['000', 'توكاييف: أعمال الشغب تقودها عصابات إرهابية تلقّت تدريباتها في الخارج\n', ['event/threat=أعمال الشغب', 'actors/delegitimizing=عصابات إرهابية', 'cause/foreign=تلقّت تدريباتها في الخارج']],
    ['000', 'اندلعت مع مسلحين حاولوا', ['actors/delegitimizing=مسلحين']],
    ['000', 'لتشكيلات العصابات”', ['actors/delegitimizing=لتشكيلات العصابات']],
    ['000', 'أعلنت الشرطة الكازاخية القضاء على عشرات المتطرفين الذين', ['force/euphemistic=القضاء على', 'actors/delegitimizing=المتطرفين']],
    ['000', '“القوى المتطرفة حاولت', ['actors/delegitimizing=القوى المتطرفة']],
    ['000', 'تعرّض الكثير من المحلات التجارية والمرافق العامة لعمليات نهب وتخريب.', ['event/threat=نهب وتخريب']],
    ['000', 'التي تقودها “عصابات إرهابية تلقت تدريباً في الخارج” وفق قوله', ['actors/delegitimizing=عصابات إرهابية', 'cause/foreign=تلقت تدريباً في الخارج']],
    ['000', 'تم إرسال قوات حفظ السلام الجماعية إلى جمهورية كازاخستان', ['intervention/peacekeeping=قوات حفظ السلام الجماعية']],
    ['000', 'وانطلقت من مدينتي جاناوزين وأكتاو باحتجاجات على ارتفاع أسعار الغاز النفطي المسال', ['event/protest=باحتجاجات', 'cause/grievance=ارتفاع أسعار الغاز']],
    ['000', 'لإرسال مهمة حفظ سلام إلى البلاد', ['intervention/peacekeeping=مهمة حفظ سلام']],
    ['001', 'دخول العصابات والجماعات المتطرفة على خط الاحتجاجات الشعبية في كازاخستان', ['actors/delegitimizing=العصابات', 'actors/delegitimizing=والجماعات المتطرفة', 'event/protest=الاحتجاجات الشعبية']],
    ['001', 'على أن يداً خارجية لا تريد', ['cause/foreign=يداً خارجية']],
    ['001', 'خلال أعمال العنف والشغب التي', ['event/threat=أعمال العنف والشغب']],
    ['001', 'على أنها محاولة لانقلاب عنيف', ['event/threat=محاولة لانقلاب']],
    ['002', 'روسيا تعلن اكتمال نشر قوات "حفظ السلام" في كازاخستان', ['intervention/peacekeeping=قوات "حفظ السلام']],
    ['002', 'قوة من التدخل الروسي في كازاخستان', ['intervention/intervention=التدخل الروسي']],
    ['002', 'بهدف اعتقال من تسميهم منتهكي النظام.', ['actors/delegitimizing=منتهكي النظام']],
    ['002', 'في حين قُتل 26 محتجا، حسب الداخلية', ['actors/legitimizing=محتجا']],
    ['002', 'وتطورت المظاهرات إلى أعمال شغب', ['event/protest=المظاهرات', 'event/threat=أعمال شغب']],
    ['002', 'بل أيضًا ضد الرئيس السابق نور سلطان نزارباييف', ['cause/grievance=ضد الرئيس السابق']],
    ['003', 'قُتل “عشرات” المتظاهرين في كازاخستان على يد الشرطة، ليل', ['actors/legitimizing=المتظاهرين', 'force/explicit=على يد الشرطة']],
    ['003', 'وتابع المتحدث أن عملية “لمكافحة الإرهاب” تجري', ['force/euphemistic=عملية “لمكافحة الإرهاب']],
    ['003', 'إرسال “قوة لحفظ السلام الجماعي” إلى', ['intervention/peacekeeping=قوة لحفظ السلام الجماعي']],
    ['003', 'بدأت أعمال الشغب فيها كحركة غضب في المقاطعات بسبب إلى ارتفاع أسعار الغاز', ['event/threat=أعمال الشغب', 'event/protest=كحركة غضب', 'cause/grievance=ارتفاع أسعار الغاز']],
    ['003', 'وسيطر محتجون حسبما', ['actors/legitimizing=محتجون']],
    ['003', 'وإنه ينبغي للمحتجين أن', ['actors/legitimizing=للمحتجين']],
    ['003', 'على أثر احتجاجات ضخمة تجتاح البلاد بسبب رفع أسعار الوقود', ['event/protest=احتجاجات', 'cause/grievance=رفع أسعار الوقود']],
    ['004', 'كانت "محاولة انقلاب" نفذها "مقاتلون مسلحون"', ['event/threat=محاولة انقلاب', 'actors/delegitimizing=مقاتلون مسلحون']],
    ['004', 'على متظاهرين سلميين', ['actors/legitimizing=متظاهرين سلميين']],
    ['004', 'لن تسمح بحدوث "ثورات ملونة"', ['event/threat=ثورات ملونة']],
    ['004', 'اضطرابات استمرت أسبوعاً وقمعت بقوة في كازاخستان', ['event/neutral=اضطرابات', 'force/explicit=وقمعت بقوة']],
    ['004', 'بإطلاق النار للقضاء على الاضطرابات', ['force/explicit=بإطلاق النار', 'event/neutral=الاضطرابات']],
    ['004', 'على من وصفهم بقُطّاع طرق وإرهابيين', ['actors/delegitimizing=بقُطّاع طرق', 'actors/delegitimizing=وإرهابيين']],
    ['004', 'ويأتي نشر قوات بقيادة روسية من دول', ['intervention/intervention=قوات بقيادة روسية']],
    ['004', 'يخضع لحراسة تحالف عسكري تقوده روسيا دُعي', ['intervention/intervention=تحالف عسكري تقوده روسيا']],
    ['004', 'تحت حماية القوات المتحدة لحفظ السلام التابعة', ['intervention/peacekeeping=القوات المتحدة لحفظ السلام']],
    ['004', 'اعتراضاً على زيادة أسعار الوقود ثم تصاعدت لتتحول إلى حركة احتجاج واسعة ضد حكومة توكاييف', ['cause/grievance=زيادة أسعار الوقود', 'event/protest=حركة احتجاج']],
  ];
  for (const [id, find, expected] of cases) {
    it(`${id}: ${find.trim().slice(0, 60)}`, () => expect(inPassage(id, find)).toEqual(expected));
  }

  it('the longest match wins: one peacekeeping mention, not قوات حفظ السلام + الجماعية', () => {
    const body = bodyOf('000');
    const at = body.indexOf('قوات حفظ السلام الجماعية');
    const raw = rawMatches(body, 'ar', at, at + 'قوات حفظ السلام الجماعية'.length);
    expect(raw).toHaveLength(1);
    expect(raw[0]!.payload.kind === 'entry' && raw[0]!.payload.entry.id).toBe('ar.intervention.peacekeepers');
  });

  it('للقضاء على الاضطرابات (to end the unrest) is not the euphemism القضاء على (eliminating people)', () => {
    expect(inPassage('004', 'للقضاء على الاضطرابات').map((m) => m.split('=')[0])).toEqual(['event/neutral']);
    // The exclusion is fixed: with a pronoun the object is people again.
    expect(labelled('أرسلت الحكومة قوات خاصة للقضاء عليهم')).toContain('ar.force.eliminate=للقضاء عليهم');
  });
});

describe('names are not framing', () => {
  it('مركز مكافحة الإرهاب (the CIS Anti-Terrorism Center): the exclusion wins over the counter-terrorism entry', () => {
    const body = bodyOf('000');
    for (const find of ['أكد مركز مكافحة الإرهاب في رابطة', 'الصحفي لمركز مكافحة الإرهاب في رابطة']) {
      const at = body.indexOf(find);
      expect(framingMatches(body, 'ar', at, at + find.length)).toEqual([]);
      // Without the exclusions blocking, the name is found as an exclusion, and the phrase inside it is a term.
      const unblocked = rawMatches(body, 'ar', at, at + find.length, false);
      expect(unblocked.map((m) => m.payload.kind)).toEqual(['exclusion']);
    }
    expect(labelled('خطوات إضافية لدعم مكافحة الإرهاب')).toEqual(['ar.force.counter-terrorism=مكافحة الإرهاب']);
  });

  it('the army (القوات المسلحة) is not the gunmen', () => {
    expect(inPassage('001', 'وحدات من القوات المسلحة لروسيا')).toEqual([]);
  });
});

describe('English matches', () => {
  it('the English caption inside seed 002', () => {
    expect(inPassage('002', 'Russia sends peacekeeping forces to Kazakhstan', 'en')).toEqual(['intervention/peacekeeping=peacekeeping forces']);
  });

  it('lemma-aware tokens: opened fire, protesters, so-called peacekeepers', () => {
    expect(labelled('Police opened fire on protesters.', 'en')).toEqual(['en.force.open-fire=opened fire', 'en.actors.protester=protesters']);
    expect(labelled('Peaceful protesters gathered; the so-called "peacekeepers" arrived on Friday.', 'en')).toEqual(['en.actors.peaceful-protester=Peaceful protesters', 'en.intervention.peacekeepers=peacekeepers']);
    expect(labelled('Riots Erupt As Protesters Storm City Hall Over Fuel Price Hike', 'en')).toEqual(['en.event.riot=Riots', 'en.actors.protester=Protesters', 'en.cause.fuel-price=Fuel Price Hike']);
    expect(labelled('Militants were neutralised and others eliminated in a counter-terrorism operation by Russian-led troops.', 'en')).toEqual([
      'en.actors.militant=Militants',
      'en.force.neutralise=neutralised',
      'en.force.eliminate=eliminated',
      'en.force.counter-terrorism=counter-terrorism operation',
      'en.intervention.russian-led=Russian-led troops',
    ]);
  });
});

describe('inflection and clitics: one lemma finds its forms', () => {
  it('متظاهر finds plural, dual, accusative and clitic forms', () => {
    const text = 'المتظاهرين ومتظاهرون وللمتظاهرين والمتظاهرين ومتظاهرا بالمتظاهرات';
    expect(labelled(text)).toEqual(text.split(' ').map((w) => `ar.actors.protester=${w}`));
  });

  it('multi-word terms agree in number and definiteness, and may be split by a scare quote', () => {
    expect(labelled('العصابات الإرهابية وعصابات إرهابية و"عصابة إرهابية"')).toEqual([
      'ar.actors.terrorist-gang=العصابات الإرهابية',
      'ar.actors.terrorist-gang=وعصابات إرهابية',
      'ar.actors.terrorist-gang=عصابة إرهابية',
    ]);
  });

  it('broken plurals and conjugated verbs are listed', () => {
    expect(labelled('الثوار والمرتزقة والبلطجية وقطاع الطرق والعناصر الإرهابية')).toEqual([
      'ar.actors.revolutionary=الثوار',
      'ar.actors.mercenary=والمرتزقة',
      'ar.actors.thug=والبلطجية',
      'ar.actors.bandit=وقطاع الطرق',
      'ar.actors.terrorist=والعناصر الإرهابية',
    ]);
    expect(labelled('وأطلقت قوات الأمن النار على المحتجين')).toEqual(['ar.force.open-fire=وأطلقت قوات الأمن النار', 'ar.actors.protester=المحتجين']);
  });

  it('a term written with its article is found behind ل, which swallows the alef (للظلم الاجتماعي)', () => {
    expect(labelled('وللظلم الاجتماعي وللتهميش وبالاستبداد')).toEqual([
      'ar.cause.inequality=وللظلم الاجتماعي',
      'ar.cause.inequality=وللتهميش',
      'ar.cause.political=وبالاستبداد',
    ]);
    expect(labelled('وتم القضاء على المهاجمين')).toContain('ar.force.eliminate=وتم القضاء على');
  });

  it('a comma ends a phrase', () => {
    expect(labelled('عصابات، إرهابية')).toEqual(['ar.actors.gang=عصابات']);
  });
});

describe('words that are not framing in their other senses', () => {
  const none: [string, string, 'ar' | 'en'][] = [
    ['a festival and a diplomatic note', 'أقامت وزارة الثقافة تظاهرة ثقافية، وسلمت الخارجية السفير مذكرة احتجاج رسمية.', 'ar'],
    ['clients, an overturned bus, fighter jets, a paragraph', 'قال البنك إن عملاءه لم يتأثروا، وانقلبت حافلة، وحلقت المقاتلات فوق المدينة، وتنص الفقرة الثالثة على ذلك.', 'ar'],
    ['a ceasefire and riot police', 'دعت الأمم المتحدة إلى وقف إطلاق النار، وانتشرت شرطة مكافحة الشغب.', 'ar'],
    ['an anti-corruption body and the army', 'قالت هيئة مكافحة الفساد إن القوات المسلحة تعاني من اضطرابات نفسية.', 'ar'],
    ['a criminal case, March, a baton, a storm that struck', 'A criminal case was opened in March; the baton passed to the new minister after the storm struck.', 'en'],
    ['police units, the army, aircraft and committees', 'Riot police and armed forces stayed in barracks as fighter jets flew over; the UN Counter-Terrorism Committee met.', 'en'],
  ];
  for (const [what, text, language] of none) it(what, () => expect(labelled(text, language)).toEqual([]));
});

describe('matches are whole words inside the window (property over random seed windows)', () => {
  it('each match starts and ends on a letter (or its vowel mark), lies inside the window and crosses no sentence punctuation', () => {
    fc.assert(
      fc.property(fc.integer({min: 0, max: 4}), fc.integer({min: 0, max: 3000}), fc.integer({min: 1, max: 800}), (i, from, length) => {
        const body = seeds[i]!.body;
        const to = Math.min(body.length, from + length);
        if (from >= to) return;
        for (const m of framingMatches(body, 'ar', from, to)) {
          expect(m.start).toBeGreaterThanOrEqual(from);
          expect(m.end).toBeLessThanOrEqual(to);
          expect(m.text).toMatch(/^\p{L}[\s\S]*[\p{L}\p{M}]$/u);
          expect(m.text).not.toMatch(/[.,،؛:;!?؟()]/u);
        }
      }),
      {numRuns: 200},
    );
  });
});
