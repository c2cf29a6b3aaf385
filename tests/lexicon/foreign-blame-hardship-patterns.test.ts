import {describe, expect, it} from 'vitest';
import {framingMatches} from './lexicon-matches.js';

/*
 * Entries for frames the lexicons knew, said in new words: the foreign hand as
 * meddling named by the meddling state's adjective, a foreign "gang", a coup
 * named by the state behind it or staged by a named state, a state's
 * regime-change operation, plans of hegemony and sanctions named by their
 * injustice; hardship as shortages of food, medicine and fuel. Grown on
 * Venezuela's 2019 crisis told by ten new outlets
 * (tests/fixtures/devset/venezuela-2019-new) and checked on sentences of other
 * pages: each real sentence must give the entry and the exact slice, and each
 * counter-example (ordinary wording with the same words) must not.
 */

const cases: [string, 'ar' | 'en', string, string][] = [
  // [source, language, sentence, expected entry id=slice]
  ['SANA', 'ar', 'وتتعرض فنزويلا لمحاولات التدخل الأميركي في شؤونها الداخلية وزعزعة استقرارها عبر تشديد العقوبات الاقتصادية والمالية', 'ar.cause.interference-by-state-adjective=التدخل الأميركي في شؤونها الداخلية'],
  ['Al-Hadf', 'ar', 'عن العصابة الأمريكية في فنزويلا: من هو خوان غوايدو؟', 'ar.cause.foreign-gang=العصابة الأمريكية'],
  ['Al-Hadf', 'ar', 'هذا التحقيق المطوّل يظهر من هي العصابة الأمريكية-الفنزويلية التي تحاول الاستيلاء على فنزويلا', 'ar.cause.foreign-gang=العصابة الأمريكية'],
  ['Al-Hadf', 'ar', 'قبل اليوم المشؤوم في 22 كانون أول/يناير، موعد الانقلاب الأمريكي في فنزويلا البوليفارية', 'ar.event.coup-of-a-state=الانقلاب'],
  ['Al-Hadf', 'ar', 'قبل اليوم المشؤوم في 22 كانون أول/يناير، موعد الانقلاب الأمريكي في فنزويلا البوليفارية', 'ar.cause.coup-by-a-state=الأمريكي'],
  ['SANA', 'ar', 'في محاولة مستميتة من واشنطن لإحياء مخططاتها للهيمنة على هذا البلد الذي يمتلك ثروات نفطية هائلة', 'ar.cause.hegemony-plot=مخططاتها للهيمنة'],
  ['Al-Thawra', 'ar', 'بدءاً من التهديد بالعدوان العسكري، مروراً بفرض العقوبات الاقتصادية الجائرة', 'ar.cause.unjust-sanctions=العقوبات الاقتصادية الجائرة'],
  ['Al-Bilad', 'ar', 'في إطار المرحلة الثانية من خطة إرسال مساعدات أميركية للحد من تفاقم النقص في المواد الغذائية والأدوية في فنزويلا.', 'ar.cause.shortage-of-staples=النقص في المواد الغذائية'],
  ['Barlamane', 'ar', 'من أجل مساعدة الشعب الفنزويلي الذي يعاني من شح الغذاء والدواء، رفض نيكولاس مادورو قبول المساعدات الدولية', 'ar.cause.shortage-of-staples=شح الغذاء والدواء'],
  ['Lebanonews', 'ar', 'أعلنت كاراكاس استعدادها لإرسال مساعدات إنسانية لأطفال بلدة كوكوتا الكولومبية، وذلك رغم ما تعانيه فنزويلا نفسها من نقص في المستلزمات الأساسية.', 'ar.cause.shortage-of-staples=نقص في المستلزمات الأساسية'],
  ['Tasnim', 'en', 'Iranian Foreign Ministry Spokesman Seyed Abbas Mousavi strongly slammed recent “attempts” by the US to stage a military coup in Venezuela', 'en.cause.state-stages-coup=by the US to stage'],
  ['Tasnim', 'en', '"The Islamic Republic of Iran condemns US attempts to conduct a coup or any kind of military action in Venezuela', 'en.cause.state-stages-coup=US attempts to conduct'],
  ['Press TV', 'en', 'Iran has condemned the recent attempts by the United States to stage a coup against the legitimate government of President Nicolas Maduro', 'en.cause.state-stages-coup=by the United States to stage'],
  ['news.am', 'en', 'Iranian Foreign Ministry has condemned “the attempts of the United States to stage a military coup” in Venezuela, Tasnim agency reported.', 'en.cause.state-stages-coup=of the United States to stage'],
  ['WSWS', 'en', 'Tuesday’s coup attempt took place amid flagging popular support for the right-wing opposition that has served as the political base for the US regime-change operation.', 'en.cause.regime-change-of-a-state=US'],
  ['Hürriyet Daily News (AP)', 'en', 'accusing its "fascist" government of serving as a staging ground for a U.S.-led effort to oust him from power and possibly a military invasion.', 'en.cause.state-stages-coup=U.S.-led effort to oust him'],
  ['21st Century Wire', 'en', 'UN and US/Israel/West’s Illegitimate Sanctions Kill Peoples of DPRKorea, Iran, Palestine, Venezuela, and Yemen', 'en.cause.unjust-sanctions=Illegitimate Sanctions'],
];

describe('foreign blame and hardship said in new words (grown on a known event told by new outlets)', () => {
  for (const [source, language, sentence, expected] of cases) {
    it(`${expected} (${source})`, () => {
      const found = framingMatches(sentence, language);
      expect(found.map((m) => `${m.id}=${m.text}`)).toContain(expected);
      for (const m of found) expect(sentence.slice(m.start, m.end)).toBe(m.text);
    });
  }

  it('keeps the coup and the regime change their own mentions beside the state behind them', () => {
    const coup = framingMatches('condemns US attempts to conduct a coup or any kind of military action', 'en').map((m) => `${m.concept}/${m.pole}=${m.text}`);
    expect(coup).toEqual(expect.arrayContaining(['cause/foreign=US attempts to conduct', 'event/threat=coup']));
    const change = framingMatches('the political base for the US regime-change operation', 'en').map((m) => `${m.concept}/${m.pole}=${m.text}`);
    expect(change).toEqual(expect.arrayContaining(['cause/foreign=US', 'event/threat=regime-change operation']));
    const ar = framingMatches('موعد الانقلاب الأمريكي في فنزويلا', 'ar').map((m) => `${m.concept}/${m.pole}=${m.text}`);
    expect(ar).toEqual(['event/threat=الانقلاب', 'cause/foreign=الأمريكي']);
  });

  const ids = (text: string, language: 'ar' | 'en'): string[] => framingMatches(text, language).map((m) => m.id);

  it('stays out of ordinary wording with the same words (Arabic)', () => {
    // An invasion named without the affairs, a criminal gang, a vehicle overturning, a city plan,
    // sanctions in plain and UN wording, immunodeficiency, a few protesters, a staff shortage.
    expect(ids('بدأ التدخل الأمريكي في العراق عام 2003 بغزو واسع', 'ar')).not.toContain('ar.cause.interference-by-state-adjective');
    expect(ids('اعتقلت الشرطة عصابة إجرامية تسرق السيارات', 'ar')).not.toContain('ar.cause.foreign-gang');
    expect(ids('أصيب ثلاثة في انقلاب سيارة تابعة للسفارة الأمريكية', 'ar')).not.toContain('ar.cause.coup-by-a-state');
    expect(ids('أصيب ثلاثة في انقلاب سيارة تابعة للسفارة الأمريكية', 'ar')).not.toContain('ar.event.coup-of-a-state');
    expect(ids('أقر المجلس مخطط المدينة العمراني الجديد', 'ar')).not.toContain('ar.cause.hegemony-plot');
    expect(ids('فرضت الولايات المتحدة عقوبات على مسؤولين فنزويليين', 'ar')).not.toContain('ar.cause.unjust-sanctions');
    expect(ids('قدرة إيران على الاستجابة للفيروس تعيقها بشكل كبير عقوبات اقتصادية أحادية الجانب', 'ar')).not.toContain('ar.cause.unjust-sanctions');
    expect(ids('الأشخاص المصابين بفيروس نقص المناعة البشرية', 'ar')).not.toContain('ar.cause.shortage-of-staples');
    expect(ids('شارك قلة من المتظاهرين في المسيرة', 'ar')).not.toContain('ar.cause.shortage-of-staples');
    expect(ids('تعاني المستشفيات من نقص في عدد الموظفين', 'ar')).not.toContain('ar.cause.shortage-of-staples');
  });

  it('stays out of ordinary wording with the same words (English)', () => {
    // An army's own coup, a concert, officials reporting attempts, regime change with no state named,
    // sanctions in plain, crushing and UN wording, illegal crossings.
    expect(ids('The army staged a coup in 1989 and ruled for three decades', 'en')).not.toContain('en.cause.state-stages-coup');
    expect(ids('The US embassy said it would stage a concert for the coup anniversary', 'en')).not.toContain('en.cause.state-stages-coup');
    expect(ids('US officials said attempts to stage a coup had failed', 'en')).not.toContain('en.cause.state-stages-coup');
    // Hürriyet Daily News (AP copy), the same page: a state's effort that ousts nobody.
    expect(ids('A U.S.-backed drive to deliver foreign aid to Venezuela met strong resistance as troops loyal to President Nicolas Maduro blocked the convoys at the border', 'en')).not.toContain('en.cause.state-stages-coup');
    expect(ids('The opposition called for regime change and new elections', 'en')).not.toContain('en.cause.regime-change-of-a-state');
    expect(ids('The EU imposed new sanctions on officials and crushing sanctions on the oil sector', 'en')).not.toContain('en.cause.unjust-sanctions');
    expect(ids('It is one of the most common reasons for introduction of unilateral sanctions', 'en')).not.toContain('en.cause.unjust-sanctions');
    expect(ids('Illegal border crossings rose in March', 'en')).not.toContain('en.cause.unjust-sanctions');
  });

  it('leaves a dictatorship already overthrown and soldiers turning against the government out of the grievance', () => {
    // The National (AFP caption) and Nhan Dan (Xinhua): history and a defection, not what the protests are against.
    const caption = 'in a protest against the government of President Nicolas Maduro on the anniversary of the 1958 uprising that overthrew the military dictatorship, in Caracas on January 23, 2019.';
    expect(framingMatches(caption, 'en').filter((m) => m.concept === 'cause').map((m) => m.text)).toEqual(['against the government']);
    const defection = 'releasing video footage of himself, accompanied by a group of soldiers who had presumably turned against the government, near the La Carlota base.';
    expect(framingMatches(defection, 'en').filter((m) => m.concept === 'cause')).toEqual([]);
    // The grievance itself stays: protests against the government and against a ruling dictatorship.
    expect(framingMatches('Protesters rallied against the government and the dictatorship of Maduro.', 'en').map((m) => `${m.concept}/${m.pole}=${m.text}`)).toEqual(expect.arrayContaining(['cause/grievance=against the government', 'cause/grievance=dictatorship']));
  });
});
