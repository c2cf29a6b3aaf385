import {matchKey} from '../text/normalize.js';

/*
 * What a toll counts and of whom: keyword prefixes compared with match keys
 * after a leading و/ف/ب/ل and ال are stripped (extract.ts), Arabic and
 * English side by side. Words are written as spelled and keyed through
 * matchKey (ة→ه, أ→ا, ى→ي, ئ→ء), so the tables read as Arabic.
 */

const keys = (words: readonly string[]): readonly string[] => words.map(matchKey);

export const MEASURES: readonly {measure: string; keys: readonly string[]}[] = [
  {measure: 'hospitalized', keys: keys(['مستشفى', 'مستشفيات', 'hospital'])},
  {
    measure: 'killed',
    keys: keys([
      'قتل', 'قتلى', 'قتيل', 'مقتل', 'حتفه', 'حتفهم', 'جثة', 'جثث', 'مصرع', 'وفاة', 'توفي',
      // "القضاء على عشرات المتطرفين": a euphemism for killing them.
      'قضاء',
      'killed', 'dead', 'died', 'death', 'deaths', 'kill', 'bodies', 'toll',
    ]),
  },
  {measure: 'injured', keys: keys(['أصيب', 'إصابة', 'إصابات', 'مصاب', 'جرح', 'جرحى', 'جروح', 'جريح', 'injured', 'wounded', 'hurt', 'injuries'])},
  {
    measure: 'arrested',
    keys: keys(['قبض', 'اعتقل', 'اعتقال', 'معتقل', 'أوقف', 'توقيف', 'موقوف', 'احتجز', 'احتجاز', 'محتجز', 'arrested', 'detained', 'detention', 'arrest', 'detain', 'custody']),
  },
];

export const GROUPS: readonly {group: string; keys: readonly string[]}[] = [
  {
    group: 'security',
    keys: keys(['شرطة', 'أمن', 'ضباط', 'ضابط', 'عسكري', 'عسكريين', 'جندي', 'جنود', 'شرطي', 'police', 'policemen', 'officer', 'officers', 'security', 'soldier', 'soldiers', 'servicemen', 'troops']),
  },
  {group: 'protesters', keys: keys(['متظاهر', 'محتج', 'protester', 'protesters', 'demonstrator', 'demonstrators'])},
  {
    group: 'attackers',
    keys: keys(['متطرف', 'مهاجم', 'إرهابي', 'مسلح', 'عصاب', 'مخرب', 'militant', 'militants', 'attacker', 'attackers', 'rioter', 'rioters', 'terrorist', 'terrorists', 'gunmen', 'bandits', 'extremists']),
  },
  {group: 'people', keys: keys(['شخص', 'أشخاص', 'مدني', 'مواطن', 'person', 'people', 'civilian', 'civilians', 'persons'])},
];

/** Toll nouns that can follow a number directly ("2000 قتيل"): what makes a year-like number a count. */
export const COUNTED_TOLL_NOUNS = new Set(
  keys(['قتيل', 'قتيلا', 'قتلى', 'جريح', 'جريحا', 'جرحى', 'مصاب', 'مصابا', 'معتقل', 'معتقلا', 'موقوف', 'موقوفا', 'dead', 'deaths', 'injured', 'wounded', 'arrests', 'detainees']),
);

/** "آخرون" / "others": the group of the claim before it in the sentence. */
export const OTHERS = new Set(keys(['آخرون', 'آخرين', 'others', 'other']));

/** English month names, May apart ("as many as 50 may have died"), and their abbreviations in datelines ("ALMATY, Jan 9 -"). */
const ENGLISH_MONTHS = ['january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'];

/** Nouns after a number that make it a date, an age, a duration, a price or a share, not a toll. */
export const NOT_A_TOLL = new Set(
  keys([
    'سنة', 'سنوات', 'عام', 'عاما', 'أعوام', 'ساعة', 'ساعات', 'يوم', 'يوما', 'أيام', 'دقيقة', 'دقائق', 'أسبوع', 'أسابيع', 'شهر', 'أشهر', 'مرة', 'مرات',
    'يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر',
    'كانون', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين',
    'دولار', 'دولارات', 'يورو', 'روبل', 'تنغي', 'بالمئة', 'بالمائة', 'كيلومتر', 'كلم', 'متر', 'لتر', 'طن', 'دولة', 'دول', 'مدينة', 'مدن',
    'year', 'years', 'hour', 'hours', 'day', 'days', 'minute', 'minutes', 'week', 'weeks', 'month', 'months', 'time', 'times', 'percent', 'dollars', 'km', 'countries', 'cities',
    ...ENGLISH_MONTHS,
  ]),
);

/** "5 في المئة": the word after في that makes a share. */
export const PERCENT_AFTER_IN = new Set(keys(['المئة', 'المائة']));

/** Words before a number that make it a label, an age, a year or a date: "المادة 2", "عام 2022", "aged 81", "January 5". */
export const NOT_A_TOLL_BEFORE = new Set(
  keys([
    'مادة', 'فقرة', 'بند', 'رقم', 'عمر', 'عمره', 'عمرها', 'سن', 'عام', 'سنة', 'صفحة', 'قرار',
    'article', 'section', 'paragraph', 'number', 'no', 'aged', 'age', 'page', 'resolution', 'year', 'route',
    'may',
    ...ENGLISH_MONTHS,
  ]),
);

/*
 * Qualifiers in front of the number, longest first. حتى is left out: before a
 * number it is more often "until" or "even" ("قتل حتى اليوم 13") than "up to".
 */
export const QUALIFIERS_BEFORE: readonly {words: readonly string[]; qualifier: 'about' | 'more-than' | 'less-than' | 'at-most' | 'at-least'}[] = (
  [
    [['ما', 'لا', 'يقل', 'عن'], 'at-least'],
    [['لا', 'يقل', 'عن'], 'at-least'],
    [['ما', 'لا', 'يتجاوز'], 'at-most'],
    [['لا', 'يتجاوز'], 'at-most'],
    [['ما', 'يصل', 'إلى'], 'at-most'],
    [['يصل', 'إلى'], 'at-most'],
    [['ما', 'لا', 'يزيد', 'على'], 'at-most'],
    [['ما', 'لا', 'يزيد', 'عن'], 'at-most'],
    [['لا', 'يزيد', 'على'], 'at-most'],
    [['لا', 'يزيد', 'عن'], 'at-most'],
    [['ما', 'يزيد', 'على'], 'more-than'],
    [['ما', 'يزيد', 'عن'], 'more-than'],
    [['ما', 'يربو', 'على'], 'more-than'],
    [['ما', 'يقارب'], 'about'],
    [['ما', 'يناهز'], 'about'],
    [['يناهز'], 'about'],
    [['أكثر', 'من'], 'more-than'],
    [['أزيد', 'من'], 'more-than'],
    [['أقل', 'من'], 'less-than'],
    [['اقترب', 'من'], 'about'],
    [['نحو'], 'about'],
    [['حوالي'], 'about'],
    [['حوالى'], 'about'],
    [['قرابة'], 'about'],
    [['زهاء'], 'about'],
    [['no', 'more', 'than'], 'at-most'],
    [['not', 'more', 'than'], 'at-most'],
    [['no', 'fewer', 'than'], 'at-least'],
    [['no', 'less', 'than'], 'at-least'],
    [['not', 'less', 'than'], 'at-least'],
    [['not', 'fewer', 'than'], 'at-least'],
    [['at', 'least'], 'at-least'],
    [['more', 'than'], 'more-than'],
    [['over'], 'more-than'],
    [['up', 'to'], 'at-most'],
    [['at', 'most'], 'at-most'],
    [['as', 'many', 'as'], 'about'],
    [['fewer', 'than'], 'less-than'],
    [['less', 'than'], 'less-than'],
    [['nearly'], 'about'],
    [['about'], 'about'],
    [['around'], 'about'],
    [['almost'], 'about'],
    [['roughly'], 'about'],
    [['some'], 'about'],
    [['approximately'], 'about'],
  ] as const
).map(([words, qualifier]) => ({words: keys(words), qualifier}));

/** "على الأقل" / "at least" after the counted noun. */
export const AT_LEAST_AFTER: readonly (readonly string[])[] = [keys(['على', 'أقل']), ['at', 'least']];
