import {describe, expect, it} from 'vitest';
import {framingMatches, ids, labels} from './lexicon-matches.js';
import {itFindsEach} from './paraphrase-cases.js';

/*
 * Entries for the frame of a protest against a "foreign agents" law told as a colour revolution:
 * the contested law as what the protests oppose (a law of that kind, or one called controversial,
 * repressive or authoritarian), the unrest orchestrated or paid from abroad and trained by foreign
 * instructors, the crowd as the pro-Western opposition, overthrowing the government or power, a
 * coup named by its illegality, police who physically attack; and the law's name and the legal
 * status it gives ("register as foreign agents", «عملاء أجانب») kept from being read as a label for
 * people. Grown on a fresh post-Soviet event (tests/fixtures/devset/georgia-2024) and checked on
 * sentences of other pages: each real sentence must give the entry and the exact slice, and each
 * counter-example (ordinary wording with the same words) must not.
 */

const cases: [string, 'ar' | 'en', string, string][] = [
  // [source, language, sentence, expected entry id=slice]
  ['RFE/RL', 'en', 'Protesters who rallied against the Georgian government\'s plan to approve a controversial "foreign agent" law say they were beaten', 'en.cause.contested-law=controversial "foreign agent" law'],
  ['RFE/RL', 'en', 'It was the continuation of days of protests over the proposed law, denounced by opponents', 'en.cause.contested-law=proposed law'],
  ['RFE/RL', 'en', 'denounced by opponents as being inspired by similar repressive legislation in Russia that Moscow has used to stifle dissent.', 'en.cause.contested-law=repressive legislation'],
  ['Reuters', 'en', 'Police in Georgia use tear gas, water cannons to disperse protest against so-called ‘Russian law’', 'en.cause.contested-law=so-called ‘Russian law'],
  ['Reuters', 'en', 'a “foreign agents” bill which is viewed by the opposition and Western nations as authoritarian and Russian-inspired.', 'en.cause.contested-law=as authoritarian'],
  ['Report.az (TASS)', 'en', 'Riots are being prepared at rallies with the participation of volunteers from Ukraine against the bill on foreign agents in Tbilisi', 'en.cause.contested-law=bill on foreign agents'],
  ['i24NEWS (another page)', 'en', 'Tens of thousands of protesters massed in the Georgian capital Tbilisi on Wednesday evening to protest government plans to introduce a controversial "foreign agent" law.', 'en.cause.contested-law=controversial "foreign agent" law'],
  ['One News Page (another page)', 'en', 'thousands of demonstrators take to the streets in the capital Tbilisi to oppose a controversial "foreign agents" bill.', 'en.cause.contested-law=controversial "foreign agents" bill'],
  ['Hong Kong 2019 (another event)', 'en', 'Earlier, 430,000 people marched through city streets to oppose a controversial extradition bill and call for Hong Kong chief executive Carrie Lam to resign.', 'en.cause.contested-law=controversial extradition bill'],
  ['Geofor', 'en', 'Another "color revolution," orchestrated from overseas, is sweeping Tbilisi.', 'en.cause.orchestrated-abroad=orchestrated from overseas'],
  ['Report.az (TASS)', 'en', 'In addition, the organizers of the protests in Tbilisi receive money from abroad in the form of cryptocurrency.', 'en.cause.orchestrated-abroad=receive money from abroad'],
  ['Report.az (TASS)', 'en', 'It is noted that the participants in protest rallies are trained by foreign instructors.', 'en.cause.orchestrated-abroad=trained by foreign instructors'],
  ['JAMnews', 'en', 'where, they say, a specially brought in American coach Peter Ackerman trained representatives of the opposition parties', 'en.cause.orchestrated-abroad=American coach Peter Ackerman trained representatives'],
  ['Geofor', 'en', 'Once again there are mass disturbances in the capital, organized by supporters of the pro-Western opposition.', 'en.actors.pro-western-opposition=pro-Western opposition'],
  ['Geopolitika (another page)', 'en', 'The former Soviet Republic of Georgia experienced a serious Color Revolution attempt Tuesday night after radical pro-Western rioters tried to storm parliament', 'en.actors.pro-western-opposition=pro-Western rioters'],
  ['JAMnews', 'en', 'Georgia authorities say Tbilisi protests aimed to overthrow government', 'en.event.overthrow-power=overthrow government'],
  ['JAMnews', 'en', 'Georgian Dream mentions this meeting in the context of overthrowing power through revolution', 'en.event.overthrow-power=overthrowing power'],
  ['Reuters', 'en', 'Reuters eyewitnesses saw some police officers physically attack protesters, who threw eggs and bottles at them', 'en.force.physical-attack-by-police=police officers physically attack'],
  ['Al-Akhbar', 'ar', 'دعت الشرطة الجورجية المتظاهرين المحتشدين أمام مبنى البرلمان في العاصمة تبليسي احتجاجاً على مشروع قانون «شفافية التمويل الأجنبي» الذي طرحته الحكومة', 'ar.cause.foreign-agents-law=قانون «شفافية التمويل الأجنبي'],
  ['Aleppo News', 'ar', 'تعبيراً عن الاحتجاج على اعتماد مشروع قانون بشأن العملاء الأجانب، والذي تمت الموافقة عليه', 'ar.cause.foreign-agents-law=قانون بشأن العملاء الأجانب'],
  ['Al Qahera News (another page)', 'ar', 'تظاهر آلاف في العاصمة الجورجية تفليس، اليوم، احتجاجًا على مشروع قانون بشأن "العملاء الأجانب" وصفته المعارضة والدول الغربية بأنه استبدادي', 'ar.cause.foreign-agents-law=قانون بشأن "العملاء الأجانب'],
  ['Asharq Al-Awsat', 'ar', 'بعدما أعاد حزب «الحلم الجورجي» التقدم من البرلمان بمشروع قانون «التأثير الأجنبي» الذي يُخالف قواعد الانضمام', 'ar.cause.foreign-agents-law=قانون «التأثير الأجنبي'],
  ['Al-Alam', 'ar', 'وتعتبره قانونا استبداديا سيضر بفرص جورجيا في الانضمام للاتحاد الأوروبي', 'ar.cause.repressive-law=قانونا استبداديا'],
  ['Aleppo News', 'ar', 'لكنهما قررا تنظيم انقلاب غير دستوري في تبليسي', 'ar.event.coup-qualified=انقلاب غير دستوري'],
  ['Aleppo News', 'ar', 'يجب تغيير السلطة في البلاد من خلال الانتخابات، وليس نتيجة ثورات دموية ملونة تمولها الحكومات الأجنبية', 'ar.event.coup-qualified=ثورات دموية ملونة'],
  ['Al Jazeera Mubasher', 'ar', 'وقال وزير الخارجية الروسي سيرغي لافروف إن التظاهرات كانت “مدبّرة من الخارج”، وشبّهها بالثورة في أوكرانيا', 'ar.cause.plotted-abroad=مدبّرة من الخارج'],
  ['Elbalad (another page)', 'ar', 'وأكد وزير الخارجية الروسي أن أحداث جورجيا مدبرة من الخارج ومدفوعة بالرغبة في خلق مصدر إزعاج على حدود روسيا.', 'ar.cause.plotted-abroad=مدبرة من الخارج'],
  ['Al Jazeera Mubasher', 'ar', 'مشيرة إلى أنّها رأت “يد” الولايات المتحدة وراء “المشاعر المعادية لروسيا” لدى المتظاهرين الجورجيين.', 'ar.cause.plotted-abroad=يد” الولايات المتحدة وراء'],
  ['Aleppo News', 'ar', 'وقد تم تنظيم تجمعات للمعارضة أمام مبنى البرلمان الجورجي في تبليسي', 'ar.event.opposition-rally=تجمعات للمعارضة'],
];

describe('a protest against a foreign-agents law told as a colour revolution (grown on a fresh post-Soviet event)', () => {
  itFindsEach(cases);


  it('keeps the protest word its own mention beside the law it opposes', () => {
    expect(labels('It was the continuation of days of protests over the proposed law', 'en')).toContain('event/protest=protests');
    expect(labels('تعبيراً عن الاحتجاج على اعتماد مشروع قانون بشأن العملاء الأجانب', 'ar')).toContain('event/protest=الاحتجاج');
  });

  it('reads the law\'s "foreign agents" and the status it gives as neither a label for people nor the foreign cause', () => {
    const en = 'The bill would require organizations to register as foreign agents; the bill "On the Registration of Foreign Agents" and the bill "On Foreign Influence Transparency" were tabled.';
    expect(ids(en, 'en')).not.toContain('en.actors.foreign-agent');
    expect(framingMatches(en, 'en').map((m) => m.concept)).not.toContain('cause');
    expect(labels('against the bill on foreign agents', 'en')).toEqual(['cause/grievance=bill on foreign agents']);
    const ar = 'ينص مشروع القانون على وضع قائمة للمنظمات غير الحكومية ووسائل الإعلام وتصنيفها في خانة «عملاء أجانب»، وتصنيفها كـ “عملاء أجانب”.';
    expect(ids(ar, 'ar')).not.toContain('ar.actors.foreign-agent');
    expect(labels('احتجاجاً على مشروع قانون العملاء الأجانب', 'ar')).toContain('cause/grievance=قانون العملاء الأجانب');
  });

  it('still reads foreign agents said of people as a label', () => {
    expect(labels('The president called the protesters foreign agents.', 'en')).toContain('actors/delegitimizing=foreign agents');
    expect(ids('وصف الرئيس المحتجين بأنهم عملاء أجانب', 'ar')).toContain('ar.actors.foreign-agent');
  });

  it('stays out of ordinary wording with the same words (English)', () => {
    // A referee's call and a law degree; a concert and a budget; sport and the army; a court ruling; police attacked.
    expect(ids('It was a controversial penalty in the final, and under Russian law she studied law in Moscow.', 'en')).not.toContain('en.cause.contested-law');
    expect(ids('The concert was orchestrated by the city orchestra, and schools received money from the state budget.', 'en')).not.toContain('en.cause.orchestrated-abroad');
    expect(ids('The Russian coach said the players trained hard before the match.', 'en')).not.toContain('en.cause.orchestrated-abroad');
    expect(ids('The pro-Western government signed the deal.', 'en')).not.toContain('en.actors.pro-western-opposition');
    expect(ids('The appeals court may overthrow the ruling of the lower court.', 'en')).not.toContain('en.event.overthrow-power');
    expect(ids('Protesters physically attacked police officers near the gate.', 'en')).not.toContain('en.force.physical-attack-by-police');
  });

  it('stays out of ordinary wording with the same words (Arabic)', () => {
    // A bus overturning; a new election law; a helping hand and fans behind their team; a coalition's name and a housing estate.
    expect(ids('أدى انقلاب حافلة إلى إصابة عشرة ركاب، وأقر البرلمان قانون الانتخابات الجديد', 'ar')).toEqual([]);
    expect(ids('مدت الولايات المتحدة يد العون للاجئين، ووقف الجمهور خلف الفريق', 'ar')).not.toContain('ar.cause.plotted-abroad');
    expect(ids('أعلن تجمع المعارضة السورية موقفه، وبني تجمع سكني جديد', 'ar')).not.toContain('ar.event.opposition-rally');
  });
});
