/*
 * What a toll counts and of whom: keyword prefixes on match keys (after a
 * leading و/ف/ب/ل and ال are stripped), Arabic and English side by side.
 */

export const MEASURES: readonly {measure: string; keys: readonly string[]}[] = [
  {measure: 'hospitalized', keys: ['مستشفي', 'مستشفيات', 'hospital']},
  {measure: 'killed', keys: ['قتل', 'قتلي', 'قتيل', 'مقتل', 'حتفه', 'حتفهم', 'جثه', 'جثث', 'جثتين', 'مصرع', 'وفاه', 'توفي', 'قضاء', 'killed', 'dead', 'died', 'death', 'deaths', 'kill', 'bodies', 'toll']},
  {measure: 'injured', keys: ['اصيب', 'اصابه', 'اصابات', 'مصاب', 'جرح', 'جرحي', 'جروح', 'injured', 'wounded', 'hurt', 'injuries']},
  {measure: 'arrested', keys: ['قبض', 'اعتقل', 'اعتقال', 'معتقل', 'اوقف', 'توقيف', 'موقوف', 'احتجز', 'احتجاز', 'محتجز', 'arrested', 'detained', 'detention', 'arrest', 'detain', 'held']},
];

export const GROUPS: readonly {group: string; keys: readonly string[]}[] = [
  {group: 'security', keys: ['شرطه', 'امن', 'ضباط', 'ضابط', 'عسكري', 'عسكريين', 'جندي', 'جنود', 'شرطي', 'عناصر الامن', 'police', 'policemen', 'officer', 'officers', 'security', 'soldier', 'soldiers', 'servicemen', 'troops']},
  {group: 'protesters', keys: ['متظاهر', 'محتج', 'protester', 'protesters', 'demonstrator', 'demonstrators']},
  {group: 'attackers', keys: ['متطرف', 'مهاجم', 'ارهابي', 'مسلح', 'عصاب', 'مخرب', 'militant', 'militants', 'attacker', 'attackers', 'rioter', 'rioters', 'terrorist', 'terrorists', 'gunmen', 'bandits', 'extremists']},
  {group: 'people', keys: ['شخص', 'اشخاص', 'مدني', 'مواطن', 'person', 'people', 'civilian', 'civilians', 'persons']},
];

/** "آخرون" / "others": the group of the claim before it in the sentence. */
export const OTHERS = new Set(['اخرون', 'اخرين', 'others', 'other']);

/** Nouns after a number that make it a date, an age, a duration, a price or a share, not a toll. */
export const NOT_A_TOLL = new Set([
  'سنه', 'سنوات', 'عام', 'عاما', 'اعوام', 'ساعه', 'ساعات', 'يوم', 'يوما', 'ايام', 'دقيقه', 'دقائق', 'اسبوع', 'اسابيع', 'شهر', 'اشهر', 'مره', 'مرات',
  'يناير', 'فبراير', 'مارس', 'ابريل', 'مايو', 'يونيو', 'يوليو', 'اغسطس', 'سبتمبر', 'اكتوبر', 'نوفمبر', 'ديسمبر', 'كانون', 'شباط', 'اذار', 'نيسان', 'ايار', 'حزيران', 'تموز', 'اب', 'ايلول', 'تشرين',
  'دولار', 'دولارات', 'يورو', 'روبل', 'تنغي', 'بالمئه', 'بالمائه', 'في المئه', 'كيلومتر', 'كلم', 'متر', 'لتر', 'طن', 'دوله', 'دول', 'مدينه', 'مدن',
  'year', 'years', 'hour', 'hours', 'day', 'days', 'minute', 'minutes', 'week', 'weeks', 'month', 'months', 'time', 'times', 'percent', 'dollars', 'km', 'countries', 'cities',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);

export const QUALIFIERS_BEFORE: readonly {words: readonly string[]; qualifier: 'about' | 'more-than' | 'less-than' | 'at-least'}[] = [
  {words: ['ما', 'لا', 'يقل', 'عن'], qualifier: 'at-least'},
  {words: ['ما', 'يزيد', 'علي'], qualifier: 'more-than'},
  {words: ['ما', 'يزيد', 'عن'], qualifier: 'more-than'},
  {words: ['اكثر', 'من'], qualifier: 'more-than'},
  {words: ['ازيد', 'من'], qualifier: 'more-than'},
  {words: ['اقل', 'من'], qualifier: 'less-than'},
  {words: ['اقترب', 'من'], qualifier: 'about'},
  {words: ['نحو'], qualifier: 'about'},
  {words: ['حوالي'], qualifier: 'about'},
  {words: ['قرابه'], qualifier: 'about'},
  {words: ['زهاء'], qualifier: 'about'},
  {words: ['at', 'least'], qualifier: 'at-least'},
  {words: ['more', 'than'], qualifier: 'more-than'},
  {words: ['over'], qualifier: 'more-than'},
  {words: ['fewer', 'than'], qualifier: 'less-than'},
  {words: ['less', 'than'], qualifier: 'less-than'},
  {words: ['nearly'], qualifier: 'about'},
  {words: ['about'], qualifier: 'about'},
  {words: ['around'], qualifier: 'about'},
  {words: ['almost'], qualifier: 'about'},
  {words: ['roughly'], qualifier: 'about'},
  {words: ['some'], qualifier: 'about'},
  {words: ['approximately'], qualifier: 'about'},
];

/** "على الأقل" / "at least" after the counted noun. */
export const AT_LEAST_AFTER: readonly (readonly string[])[] = [['علي', 'اقل'], ['at', 'least']];
