import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * 'نقلت وكالة "فارس" الإيرانية تقريرا مصورا عن إضراب …' (carried a filmed
 * report about a strike): after a carried item — a report, pictures,
 * footage, news — the عن of نقل names what the item is about, not a source
 * whose words follow. Read as "relayed from", it made the strike the
 * speaker and the rest of the sentence its words.
 */

// https://sarabic.ae/20180625/%D9%85%D8%B8%D8%A7%D9%87%D8%B1%D8%A7%D8%AA-%D8%B7%D9%87%D8%B1%D8%A7%D9%86-%D8%A7%D8%AD%D8%AA%D8%AC%D8%A7%D8%AC-%D8%A7%D9%84%D8%B9%D9%85%D9%84%D8%A9-%D8%A7%D9%84%D9%88%D8%B7%D9%86%D9%8A%D8%A9-1033325342.html
// (Sputnik Arabic, Tehran's bazaar, 25 June 2018; voice probe 22)
const SPUTNIK =
  'فيما نقلت وكالة "فارس" الإيرانية تقريرا مصورا عن إضراب شبه كامل للمحلات التجارية، في بازار طهران، والذي يعتبر العصب التجاري في إيران، وشمل الإضراب كل من أسواق المجوهرات، وسوق الصاغة، وسوق" باجنار"، وسوق منتجي الأحذية في "جهار سوق الكبير"، وسوق" الكيلو"، و"سبزه ميدان"، و"سراي ملي"، و"سراي بوعلي"، و"15 خرداد".';

// https://djazairess.com/echorouk/1330610 (Echorouk, Khorramshahr, 1 July 2018; voice probe 22)
const ECHOROUK =
  'نقل عدد من ناشطي وسائل التواصل الاجتماعي في إيران، مساء السبت، أنباء عن وقوع إصابات بين المتظاهرين الغاضبين في مدينة خرمشهر غربي إيران بعد إطلاق قوات الأمن النار خلال تفريق احتجاجات خرجت اعتراضاً على شح المياه في منطقتهم.';

// Counter-example: نقل with عن and the source's words still relays. https://thawra.sy/?p=226585 (Al-Thawra, Belarus 2020; development set, belarus-2020)
const THAWRA =
  'ونقلت وكالة الأنباء البيلاروسية “بيلتا” عن لوكاشينكو قوله اليوم “لقد أقاموا مركزاً خاصاً في ضواحي العاصمة البولندية وارسو لهذا الهدف.. ونحن نراقب ونعلم ما يقومون به هناك” مشيراً إلى أنه ليس من قبيل المصادفة تحرك الدبابات وتحليق الطائرات بالقرب من بيلاروس.';

describe('نقل with a carried item before عن', () => {
  it('names the item\'s topic, not a speaker', () => {
    const strike = voiceOf(SPUTNIK, 'وشمل الإضراب');
    expect(strike.voice).toBe('outlet');
    expect(strike.speaker).toBeNull();
    expect(voiceOf(ECHOROUK, 'المتظاهرين الغاضبين').speaker).toBeNull();
  });

  it('but نقل عن its source still relays', () => {
    const v = voiceOf(THAWRA, 'تحرك الدبابات');
    expect(v.voice).toBe('attributed');
    expect(v.speaker).toBe('لوكاشينكو');
  });
});

describe('أنباء in an agency\'s name is no carried item', () => {
  it('"ونقلت وكالة أنباء «نوفوستي» الروسية عن الرئيس …" relays the president (Al-Hayat via Sauress, Moldova 2009; development set)', () => {
    // https://sauress.com/alhayat/5949 — the excerpt as kept in the development set: the agency relays Voronin, then "وأضاف أن …" goes on with him.
    const text = readFileSync(new URL('../fixtures/devset/moldova-2009/003-alhayat-sauress-moldova2009.txt', import.meta.url), 'utf8').split('\n---\n')[1]!;
    const v = voiceOf(text, 'ممولي');
    expect(v.voice).toBe('attributed');
    expect(v.speaker).toContain('فلاديمير فورونين');
  });
});
