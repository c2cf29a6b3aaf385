import {matchKey} from '../text/normalize.js';
import {firstTokenAfter, type SentenceView} from './sentence-view.js';

// An Arabic headline headed by a country files the item under a place when
// what follows the colon is an event or a count: "تركيا: تصاعُد الاحتجاجات
// واعتقال العشرات …", "الجزائر: مظاهرات عارمة بالعاصمة …", "المغرب:5 قتلى في
// الاضطرابات …". Nobody speaks. A claim in words of its own ("أمريكا: الحكومة
// الكوبية لا تسمع صوت الشعب") is the country's government speaking, as
// "روسيا: …" so often is, and stays a "Speaker: claim" headline.

/** Countries as Arabic headlines name them before a colon, as match keys (one space between words). */
const COUNTRIES = new Set(
  [
    'إيران', 'العراق', 'سوريا', 'سورية', 'لبنان', 'الأردن', 'مصر', 'السودان', 'ليبيا', 'تونس', 'الجزائر', 'المغرب', 'موريتانيا', 'اليمن', 'السعودية',
    'الكويت', 'قطر', 'الإمارات', 'عمان', 'سلطنة عمان', 'فلسطين', 'غزة', 'تركيا', 'روسيا', 'أوكرانيا', 'بيلاروس', 'بيلاروسيا', 'روسيا البيضاء', 'جورجيا',
    'أرمينيا', 'أذربيجان', 'مولدوفا', 'مولدافيا', 'قرغيزستان', 'قيرغيزستان', 'أوزبكستان', 'طاجيكستان', 'أفغانستان', 'باكستان', 'الهند', 'الصين',
    'هونغ كونغ', 'هونج كونج', 'ميانمار', 'تايلاند', 'إندونيسيا', 'الفلبين', 'بنغلاديش', 'نيبال', 'فرنسا', 'ألمانيا', 'بريطانيا', 'إسبانيا',
    'إيطاليا', 'اليونان', 'صربيا', 'بولندا', 'المجر', 'رومانيا', 'أمريكا', 'أميركا', 'الولايات المتحدة', 'كندا', 'المكسيك', 'فنزويلا', 'كولومبيا',
    'تشيلي', 'بيرو', 'الإكوادور', 'بوليفيا', 'البرازيل', 'الأرجنتين', 'كوبا', 'نيكاراغوا', 'نيكاراجوا', 'هايتي', 'نيجيريا', 'كينيا', 'إثيوبيا',
    'الصومال', 'تشاد', 'مالي', 'النيجر', 'غينيا', 'السنغال', 'زيمبابوي', 'أوغندا', 'الكونغو', 'بوركينا فاسو', 'مدغشقر', 'كوريا الجنوبية', 'اليابان',
  ].map((name) => name.split(' ').map(matchKey).join(' ')),
);

/**
 * Words an event or a count opens with after the colon: verbal nouns of unrest and force, and counts in words. Not
 * arrests (إلقاء القبض، اعتقال، توقيف): "إيران: إلقاء القبض على 16 عنصراً من مثيري الشغب" is the authorities'
 * announcement, in their words.
 */
const EVENT_OPENERS = new Set(
  [
    'مقتل', 'سقوط', 'احتجاجات', 'احتجاج', 'مظاهرات', 'مظاهرة', 'تظاهرات', 'تظاهرة', 'اشتباكات', 'إصابة', 'إصابات', 'قتلى', 'قتيل', 'جرحى',
    'انفجار', 'هجوم', 'حريق', 'مسيرات', 'مسيرة', 'إضراب', 'تجدد', 'استمرار', 'تصاعد', 'عشرات', 'آلاف', 'مئات', 'استهداف', 'اقتحام',
    'تفريق', 'قمع', 'غضب', 'اعتصام', 'حظر', 'فرض', 'إطلاق', 'اضطرابات', 'أعمال', 'مواجهات', 'احتقان', 'حراك', 'انتفاضة', 'عودة',
  ].map(matchKey),
);

/** Longest country name before the colon, in words ("روسيا البيضاء", "الولايات المتحدة"). */
const MAX_COUNTRY_WORDS = 2;

/** Is the Arabic headline's prefix (tokens view.first … lastBefore) a country, with an event or a count after the colon? */
export function countryRubric(view: SentenceView, lastBefore: number, colon: number): boolean {
  if (view.language !== 'ar' || lastBefore - view.first + 1 > MAX_COUNTRY_WORDS) return false;
  const name: string[] = [];
  for (let t = view.first; t <= lastBefore; t++) name.push(view.tokens[t]!.key);
  if (!COUNTRIES.has(name.join(' '))) return false;
  const rest = firstTokenAfter(view, colon);
  if (rest === null) return false;
  const opener = view.tokens[rest]!;
  return opener.isNumber || EVENT_OPENERS.has(opener.key.replace(/^و(?=..)/u, ''));
}
