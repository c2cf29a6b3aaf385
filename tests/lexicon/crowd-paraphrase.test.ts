import {describe} from 'vitest';
import {runCases, runCounters, type Case, type Counter} from './paraphrase-cases.js';

/*
 * New names for the crowd and those who call it out (issue 9, paraphrase
 * breadth): the forces / people of evil (ar.actors.forces-of-evil), miscreants,
 * anti-social elements and stone pelters in South Asian English
 * (en.actors.miscreants, en.actors.stone-pelters), with the crowd's act and the
 * forms of protest named there (en.event.stone-pelting, en.event.south-asian-strike).
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
  // India: Meerut (2018), Prayagraj (2022), a nationwide shutdown (2012)
  ['https://thenews.com.pk/print/442290-150-shanties-burnt-vehicles-damaged-in-meerut-mob-violence', 'en', 'Agitated over the civic authorities actions, the miscreants resorted to stone pelting at officials and snatched a wireless set from a police man and a mobile phone from one of the Cantonment Board members.', 'en.event.stone-pelting=stone pelting'],
  ['https://www.indiatoday.in/india/story/prophet-row-anti-social-elements-used-kids-attack-pelt-stone-police-prayagraj-protests-1961118-2022-06-11', 'en', 'They said some of the miscreants pelted stones at the police personnel deployed on the main road and the situation escalated when more people joined the stone-pelters.', 'en.actors.stone-pelters=stone-pelters'],
  ['https://twocircles.net/?p=210357', 'en', 'Stray incidents of violence, road and rail blocks, stone-pelting of public and private vehicles forced large parts of the city and suburbs to close down.', 'en.event.stone-pelting=stone-pelting'],
  // India: the Maratha quota agitation (2018), the Bharat Bandh (2018, Xinhua), a hartal in Kerala (2017)
  ['https://www.news18.com/news/india/anti-social-elements-infiltrated-maratha-quota-agitation-police-1828643.html', 'en', 'Some Maratha organisations had given a call for a bandh today in Chakan, an industrial hub 40 kms from Pune city, and a rally was carried out.', 'en.event.south-asian-strike=bandh'],
  ['https://nsnewswire.com/country-wide-shutdown-called-by-opposition-hits-normal-life-in-india', 'en', 'The protest given the name Bharat Bandh (India Shutdown) was called by main opposition Congress party and supported by over 20 other parties.', 'en.event.south-asian-strike=Bharat Bandh'],
  ['https://www.thehindu.com/news/cities/Kochi/hartal-evokes-mixed-response-in-ernakulam-district/article18664025.ece', 'en', 'The dawn-to-dusk hartal called by the Muslim Ekopana Samiti, a joint organisation of different Muslim outfits, in protest against the alleged police action against its volunteers, evoked a mixed response in the district on Tuesday.', 'en.event.south-asian-strike=hartal'],
  ['http://www.publishyourarticles.net/knowledge-hub/essay/controversial-essay-on-police-brutality-lathi-charge-on-a-procession/4982/', 'en', 'It is a common feature in every democratic country to take out processions or stage dharna to express the resentment of the people against one thing or the other.', 'en.event.south-asian-strike=dharna'],
];

const counters: Counter[] = [
  // rocks thrown, not the compound of South Asian English
  ['http://bobsghetto.blogspot.com/2008/05/4-dead-in-ohio.html', 'en', "On May 2nd, arsonists lit fire to the ROTC building on campus, pelting firefighters fighting the blaze with rocks and destroying their equipment.", 'en.event.stone-pelting'],
  // a shutdown named without the word
  ['https://ummid.com/news/2012/September/20.09.2012/mixed_response_to_bandh.htm', 'en', "A shutdown called against the government's economic measures Thursday evoked a mixed response nationwide, with life badly hit in Uttar Pradesh, West Bengal, Bihar, Gujarat and Karnataka.", 'en.event.south-asian-strike'],
  // "certain elements" a students' body blames: bare elements is not the label
  ['https://thehindubusinessline.com/news/national/protest-turns-violent-in-delhi/article30313565.ece/amp', 'en', 'But a students’ body later said they had nothing to do with the violence and arson, alleging that “certain elements” joined and “disrupted” the demonstration.', 'en.actors.miscreants'],
];

describe('new names for the crowd and its instigators (paraphrase breadth)', () => {
  runCases(cases);
  runCounters(counters);
});
