import {describe, expect, it} from 'vitest';
import {framingMatches} from './lexicon-matches.js';

/*
 * Wordings of frames the lexicons knew in other words: a fuel's price with a
 * word before the fuel, terrorists counted by the thousand (the singular
 * إرهابي is otherwise an adjective), liquidation told with its doer; and
 * foreign troops named by their state in Arabic, which stay out (the seeds'
 * gold reads them as description).
 * Sentences from public news pages, named at each.
 */

const found = (body: string, language: 'ar' | 'en' = 'ar'): string[] => framingMatches(body, language).map((m) => `${m.concept}/${m.pole}=${m.text}`);

describe('foreign troops named by their state, in Arabic, are not a frame on their own', () => {
  it('القوات الروسية and Russian paratroopers as plain description (aljaml.com, syrianpc.com): no intervention mention — the seeds\' gold counts "وحدة من القوات الروسية" as no framing', () => {
    expect(found('نقلت أكثر من 500 جندي مظلي روسي').filter((f) => f.startsWith('intervention/'))).toEqual([]);
    expect(found('وتأتي عملية نقل المظليين هذه بعد أسابيع قليلة من نشر القوات الروسية بحسب الوكالة').filter((f) => f.startsWith('intervention/'))).toEqual([]);
  });
});

describe('a fuel\'s price as the grievance', () => {
  it('Arabic: the singular سعر, its rise, and a word before the fuel (alaraby.co.uk, March 2022)', () => {
    expect(found('زيادة سعر أسطوانة الغاز تثير غضب المصريين')).toContain('cause/grievance=زيادة سعر أسطوانة الغاز');
  });

  it('English: the price of a named fuel, one word before it (deccanherald.com, business-standard.com, thehindu.com)', () => {
    expect(found('Kushala Swamy said the price of cooking gas was raised twice in December.', 'en')).toContain('cause/grievance=price of cooking gas');
    expect(found('shouted anti-government slogans for increasing the price of Liquefied Petroleum Gas (LPG).', 'en')).toContain('cause/grievance=price of Liquefied Petroleum Gas');
    expect(found('staged a protest in the city on Saturday condemning the hike in the price of LPG cooking gas cylinders.', 'en')).toContain('cause/grievance=price of LPG');
  });

  it('English: not the price of other goods, nor gas without a price', () => {
    expect(found('The price of gold rose as gas supplies tightened.', 'en')).toEqual([]);
  });
});

describe('terrorists counted by the thousand or by tens', () => {
  it('ألف إرهابي (shafaq.com, on a UN count)', () => {
    expect(found('أعلن رئيس إدارة مكافحة الإرهاب في الأمم المتحدة وجود حتى 27 ألف إرهابي أجنبي في سوريا والعراق.')).toContain('actors/delegitimizing=ألف إرهابي');
  });

  it('the adjective stays out: a terrorist act, a thousand dead in a terrorist attack', () => {
    expect(found('أدان الهجوم الإرهابي الذي أودى بحياة ألف شخص')).not.toContain('actors/delegitimizing=ألف إرهابي');
    expect(found('ووصف الهجوم بأنه عمل إرهابي جبان').filter((f) => f.startsWith('actors/'))).toEqual([]);
  });
});

describe('liquidation told with its doer', () => {
  it('قامت بتصفية 11 مسلحًا (Palsawa, quoting the Egyptian interior ministry, 2017)', () => {
    expect(found('صرحت وزارة الداخلية المصرية، أنها قامت بتصفية 11 مسلحًا في العريش شمال سيناء، خلال عملية تبادل لإطلاق النار معهم.')).toContain('force/euphemistic=قامت بتصفية');
  });

  it('not a company wound up: تصفية الشركة stays out', () => {
    expect(found('وقررت الجمعية العمومية تصفية الشركة وتوزيع أصولها على المساهمين.').filter((f) => f.startsWith('force/'))).toEqual([]);
  });
});
