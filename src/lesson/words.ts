import type {Voice} from '../types.js';

/*
 * The words of the classroom views in the interface language (--lang):
 * names of voices, measures and groups, and the bundled concepts' poles
 * and questions in Arabic. A concept or pole that is not listed (a
 * teacher's own lexicon) is shown by its id, which is what the lexicon
 * calls it.
 */

export type Lang = 'ar' | 'en';

const VOICE: Readonly<Record<Lang, Readonly<Record<Voice, string>>>> = {
  en: {outlet: 'its own words', quoted: 'a quotation', attributed: 'reported speech'},
  ar: {outlet: 'بكلماته هو', quoted: 'اقتباس', attributed: 'كلام منسوب إلى غيره'},
};

export function voiceName(voice: Voice, lang: Lang): string {
  return VOICE[lang][voice];
}

const AR_POLES: Readonly<Record<string, string>> = {
  delegitimizing: 'نازع للشرعية',
  legitimizing: 'مانح للشرعية',
  threat: 'تهديد',
  protest: 'احتجاج',
  neutral: 'محايد',
  foreign: 'يد خارجية',
  grievance: 'مظالم',
  peacekeeping: 'حفظ سلام',
  intervention: 'تدخل',
  euphemistic: 'ملطّف',
  explicit: 'صريح',
};

const EN_POLES: Readonly<Record<string, string>> = {
  delegitimizing: 'delegitimizing (makes them look illegitimate)',
  legitimizing: 'legitimizing (makes them look legitimate)',
  euphemistic: 'euphemistic (softens what happened)',
  explicit: 'explicit (says plainly what happened)',
};

export function poleName(pole: string, lang: Lang, long = false): string {
  if (lang === 'ar') return AR_POLES[pole] ?? pole;
  return long ? (EN_POLES[pole] ?? pole) : pole;
}

const AR_QUESTIONS: Readonly<Record<string, string>> = {
  actors: 'من هم الناس في الشوارع؟',
  event: 'ماذا يحدث؟',
  cause: 'لماذا حدث ذلك؟',
  intervention: 'ما هي القوات الأجنبية؟',
  force: 'ماذا فعلت قوات الأمن؟',
};

const AR_CONCEPTS: Readonly<Record<string, string>> = {
  actors: 'الفاعلون',
  event: 'الحدث',
  cause: 'السبب',
  intervention: 'التدخل',
  force: 'القوة',
};

/** A bundled concept's short name in Arabic; its id otherwise (and in English). */
export function conceptName(id: string, lang: Lang): string {
  return lang === 'ar' ? AR_CONCEPTS[id] ?? id : id;
}

export function conceptQuestion(concept: {id: string; question: string}, lang: Lang): string {
  if (lang === 'ar') return AR_QUESTIONS[concept.id] ?? concept.question;
  return concept.question.charAt(0).toUpperCase() + concept.question.slice(1);
}

const MEASURES: Readonly<Record<Lang, Readonly<Record<string, string>>>> = {
  en: {killed: 'killed', injured: 'injured', arrested: 'arrested', hospitalized: 'in hospital'},
  ar: {killed: 'القتلى', injured: 'الجرحى', arrested: 'المعتقلين', hospitalized: 'من نُقلوا إلى المستشفيات'},
};
const GROUPS: Readonly<Record<Lang, Readonly<Record<string, string>>>> = {
  en: {security: 'security forces', protesters: 'protesters', attackers: 'attackers', people: 'people'},
  ar: {security: 'قوات الأمن', protesters: 'المحتجين', attackers: 'المهاجمين', people: 'الناس'},
};

/** "security forces killed" / "القتلى من قوات الأمن". */
export function measureName(measure: string, group: string, lang: Lang): string {
  const m = MEASURES[lang][measure] ?? measure;
  const g = GROUPS[lang][group] ?? group;
  return lang === 'ar' ? `${m} (${g})` : `${g} ${m}`;
}

const AR_APPROX: Readonly<Record<string, string>> = {
  dozens: 'عشرات',
  hundreds: 'مئات',
  thousands: 'آلاف',
  'tens of thousands': 'عشرات الآلاف',
  'hundreds of thousands': 'مئات الآلاف',
};

/** A vague quantity ("dozens", "tens of thousands", as the claims name it) in the interface language. */
export function approxName(approx: string, lang: Lang): string {
  return lang === 'ar' ? AR_APPROX[approx] ?? approx : approx;
}
