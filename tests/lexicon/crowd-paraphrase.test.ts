import {describe} from 'vitest';
import {runCases, runCounters, type Case, type Counter} from './paraphrase-cases.js';

/*
 * New names for the crowd and those who call it out (issue 9, paraphrase
 * breadth): the forces / people of evil (ar.actors.forces-of-evil), miscreants
 * and anti-social elements in South Asian English (en.actors.miscreants).
 * Real sentences of stored pages on other events than the devset's held-out ones.
 */

const cases: Case[] = [
  // Egypt: calls to protest online
  ['https://muhamialqahirah.com/jraaem-altthzahr/', 'ar', 'لجوء قوى الشر للتظاهر عبر الانترنت مفاده عدم الثقه بأجهزة الدوله', 'ar.actors.forces-of-evil=قوى الشر'],
  ['https://www.masress.com/almesryoon/992951', 'ar', 'وأضاف، أن هناك من يدفع ويحاول النيل من المؤسسات المصرية، مضيفًا "قوى الشر لن تستطيع الوقوف أمامنا ما دمنا كتلة واحدة"', 'ar.actors.forces-of-evil=قوى الشر'],
  ['https://www.masress.com/almesryoon/992951', 'ar', 'الناس مش هتسيبنا كل ما هننجح أكتر كل ما أهل الشر هيدبروا مكايد أكتر ويعملوا تخطيط أكتر', 'ar.actors.forces-of-evil=أهل الشر'],
  // India: the anti-CAA protests in Delhi (2019), the Agnipath protests (2022), the Maratha quota agitation (2018)
  ['https://www.freepressjournal.in/india/caa-protest-6-arrested-3-cases-registered-for-arson-in-northeast-delhi', 'en', 'The officer further pointed out that they have identified more than two dozen miscreants who indulged in violence and torching public properties.', 'en.actors.miscreants=miscreants'],
  ['https://www.hindustantimes.com/cities/lucknow-news/agnipath-stir-in-uttar-pradesh-police-blame-anti-social-elements-101655491825047.html', 'en', 'Additional director general of police (Agra zone) Rajeev Krishna blamed anti-social elements for violence in Jattari area of Aligarh district, where a police outpost along with a vehicle, was torched by protesters on Friday.', 'en.actors.miscreants=anti-social elements'],
  ['https://www.news18.com/news/india/anti-social-elements-infiltrated-maratha-quota-agitation-police-1828643.html', 'en', 'Police suspect that some miscreants from the adjoining areas and districts could have joined the peaceful protests to disrupt them, he said.', 'en.actors.miscreants=miscreants'],
];

const counters: Counter[] = [
  // "certain elements" a students' body blames: bare elements is not the label
  ['https://thehindubusinessline.com/news/national/protest-turns-violent-in-delhi/article30313565.ece/amp', 'en', 'But a students’ body later said they had nothing to do with the violence and arson, alleging that “certain elements” joined and “disrupted” the demonstration.', 'en.actors.miscreants'],
];

describe('new names for the crowd and its instigators (paraphrase breadth)', () => {
  runCases(cases);
  runCounters(counters);
});
