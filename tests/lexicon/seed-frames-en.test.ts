import {describe} from 'vitest';
import {runCases, runCounters, type Case, type Counter} from './paraphrase-cases.js';

/*
 * The seeds' frames in other English words (issue 9: a known event told by new
 * outlets). The seeds tell an unrest as terrorist gangs trained abroad, a coup
 * attempt, a foreign-inspired attempt by internal and external forces, put down
 * by the police, against a protest movement shot at and arrested in thousands.
 * Each entry here was found by writing paraphrases of those frames into a probe
 * (docs/evaluation.md, "Seed frames in other words (English)") and is confirmed
 * on real sentences of stored pages on OTHER events (never the seeds' event,
 * never a held-out devset folder); the counter-examples are real sentences with
 * the same words that must not fire.
 */

const cases: Case[] = [
  // en.cause.outsiders-stirring — Iran, 2018: the interior ministry on the protests over the rial
  ['https://kayhan.ir/en/news/56006/foreign-parties-instigating-unrest-official', 'en', 'TEHRAN – A government official says foreign sources are inciting people to stage violent rallies under the guise of protests against economic woes.', 'en.cause.outsiders-stirring=foreign sources'],
  ['https://archive.siasat.com/news/iran-blames-outsiders-inciting-unrest-1389125/', 'en', 'Tehran: Iran’s Interior Ministry has blamed foreign sources for the anti-government unrest in the country, affecting its economic situation, Press TV reported on Monday.', 'en.cause.outsiders-stirring=foreign sources'],
  ['https://archive.siasat.com/news/iran-blames-outsiders-inciting-unrest-1389125/', 'en', 'Iran blames outsiders for inciting unrest', 'en.cause.outsiders-stirring=outsiders'],
  ['https://irannewsgazette.com/interior-ministry-recent-protest-masterminded-by-foreigners/', 'en', 'Tehran, Spokesman of the Interior Ministry Salman Sameti said on Sunday that foreigners have masterminded the recent chaotic situation in the country in protest to inflation, deplorable status of living standards being spread by cyberspace.', 'en.cause.outsiders-stirring=foreigners'],
  ['https://irannewsgazette.com/interior-ministry-recent-protest-masterminded-by-foreigners/', 'en', 'Interior Ministry: Recent protest masterminded by foreigners', 'en.cause.outsiders-stirring=foreigners'],
  // Mozambique, 2024: a newsletter on the police's line about the election protests
  ['https://zitamar.com/when-all-else-fails-blame-foreigners', 'en', 'It is an old tactic of the Mozambican state to blame outsiders for stirring up trouble, which has been used in the past in response to criticism of the environmental impact of big projects.', 'en.cause.outsiders-stirring=outsiders'],
  // Belarus, 2021: the interior minister (TASS) on the protest movement
  ['https://tass.com/crisis-in-belarus/1294311', 'en', 'At the same time, situation monitoring shows that, against this background, the attention of foreign coordinators is shifting to preserving the opposition sentiment, consolidating radical elements in the Internet environment and work among social groups, on messengers and social networks,” he said.', 'en.cause.outsiders-stirring=foreign coordinators'],

  // en.cause.foreign-spies-accused — Belarus, 2017: Lukashenka on the protests against the "parasites" tax
  ['https://rferl.org/amp/belarusian-leader-lukashenka-accuses-west-using-fifth-column-fuel-unrest/28381549.html', 'en', 'Belarusian President Alyaksandr Lukashenka on March 21 accused Western intelligence agencies of backing a "fifth column" in the country that is causing unrest and threatening stability.', 'en.cause.foreign-spies-accused=Western intelligence agencies'],
  ['https://rferl.org/amp/belarusian-leader-lukashenka-accuses-west-using-fifth-column-fuel-unrest/28381549.html', 'en', 'Lukashenka said that "Western funds under the direction of Western security services" are trying to "inflame the situation in Belarus" by backing "hoodlums" who are stirring up the unrest, Belarusian news agencies reported.', 'en.cause.foreign-spies-accused=Western security services'],

  // en.cause.proxy-war-on-people — Iran, 2018: the security council secretary on the protests
  ['https://rudaw.net/english/middleeast/iran/020120182-amp', 'en', 'Secretary of the Supreme National Security Council, Ali Shamkhani described the protests as “a proxy war against the Iranian people,” adding that “hashtags and messages about the situation in Iran come from the United States, Britain and Saudi Arabia.”', 'en.cause.proxy-war-on-people=proxy war'],

  // en.event.acts-of-terror — United States, 2020: the president on the protests
  ['https://sulionjaka.blogspot.com/2020/06/president-calls-acts-of-protest-crimes.html', 'en', '"These are not acts of peaceful protests. These are acts of domestic terror. The destruction of innocent life, and the spilling of innocent blood, is an offense to humanity, and a crime against God," Trump said in remarks that lasted less than seven minutes.', 'en.event.acts-of-terror=acts of domestic terror'],

  // en.event.violent-change-of-order — Serbia, 2023: charges against the election protesters
  ['https://360ua.news/en/vlada_serbiyi_zvynuvatyla_protestuvalnykiv_u_sprobi_zminyty_konstytuczijnyj_lad', 'en', "In Serbia, the High Prosecutor's Office in Belgrade has charged citizens who participated in protests against the results of parliamentary and local elections with the crime of violently changing the constitutional order.", 'en.event.violent-change-of-order=violently changing the constitutional order'],
  ['https://newsukraine.rbc.ua/news/in-serbia-protesters-are-accused-of-changing-1703727318.html', 'en', "The Higher Prosecutor's Office in Belgrade (Serbia) charges citizens arrested during protests against the results of parliamentary and local elections with a crime of violent change of the constitutional order, reports Balkan Insight.", 'en.event.violent-change-of-order=violent change of the constitutional order'],

  // en.actors.terror-group — India (Assam), 2022: the police on the mob attack on a police station
  ['https://www.republicworld.com/india-news/law-and-order/assam-violence-al-qaeda-links-suspected-in-batadrava-police-station-attack-says-minister-articleshow.html', 'en', 'A jihadi terror group may have engineered the mob attack on the Batadrava police station in Assam, allegedly over a custodial death case, the state police said today.', 'en.actors.terror-group=terror group'],
  ['https://manipurfact.com/assam-police-to-investigate-islamic-terror-groups-involvement-in-the-attack-on-batadrava-police-station/', 'en', '“We have received information that the Islamic terror groups have been trying to mobilize some people in this area (Batadrava, Dhing) also.', 'en.actors.terror-group=terror groups'],

  // en.force.indiscriminate-fire — Egypt, January 2013: the second anniversary of the revolution
  ['http://en.aswatmasriya.com/news/view.aspx?id=00a50260-91d1-4727-9274-0bd010924c56', 'en', 'An eyewitness told Aswat Masriya on Monday that the security forces fired indiscriminately at protesters, injuring dozens.', 'en.force.indiscriminate-fire=fired indiscriminately'],
  ['http://en.aswatmasriya.com/news/view.aspx?id=00a50260-91d1-4727-9274-0bd010924c56', 'en', 'Security forces shoot indiscriminately at protesters in Cairo', 'en.force.indiscriminate-fire=shoot indiscriminately'],

  // en.force.police-beat-crowd — Spain, 2012: the student protests in Valencia
  ['http://www.signalfire.org/2012/02/20/riot-police-beat-students-in-spain-protest-witnesses/', 'en', 'Baton-wielding riot police charged and beat demonstrators at a student protest against spending cuts in the Spanish city of Valencia Monday and arrested several, reporters at the scene said.', 'en.force.police-beat-crowd=beat'],

  // en.force.counted-detentions — Russia, 2007 and 2019: the opposition marches and the Moscow council protests
  ['https://www.document.no/2007/11/21/opposisjonen_er_hyener/', 'en', 'Police have forcefully dispersed several previous marches and demonstrations, beating and detaining scores of protesters.', 'en.force.counted-detentions=detaining'],
  ['https://www.tvnz.co.nz/one-news/world/hundreds-people-arrested-protesting-in-russia', 'en', 'Russian police cracked down hard Saturday (overnight NZT) on demonstrators in central Moscow, beating some people and arresting hundreds of others protesting the exclusion of opposition candidates from the ballot for Moscow city council.', 'en.force.counted-detentions=arresting'],
  // India, December 2019: the protests against the Citizenship Amendment Act
  ['https://www.thequint.com/news/india/rights-if-youre-detained-by-police-over-caa-protests', 'en', 'In the national capital New Delhi and Bengaluru, hundreds of protesters were detained by the police for allegedly defying Section 144 that has been imposed in these areas.', 'en.force.counted-detentions=detained'],
  // en.cause.power-backed-coup — Bolivia, 2019 (an interview with Morales, 2022) and Venezuela, January 2019 (the foreign minister at the UN)
  ['https://www.indybay.org/newsitems/2022/08/06/18851425.php', 'en', 'In 2019, a U.S.-launched coup threw him out of office.', 'en.cause.power-backed-coup=U.S.-launched'],
  ['https://www.efe.com/efe/english/world/venezuela-claims-at-the-un-that-maduro-is-facing-an-attempted-coup/50000262-3869661?utm_source=wwwefecom&utm_medium=rss&utm_campaign=rss', 'en', 'The Venezuelan Foreign Minister claimed on Wednesday, whilst visiting the United Nations in New York, that the Government of Nicolas Maduro is facing an attempted coup backed by the United States.', 'en.cause.power-backed-coup=backed by the United States'],
  // en.cause.foreign-spies-accused — Belarus, 2021: the coup plot Lukashenko announced (TASS)
  ['https://tass.com/world/1293063', 'en', 'Lukashenko blamed the plot on US intelligence services and the US authorities.', 'en.cause.foreign-spies-accused=US intelligence services'],
  // en.force.forces-killed-crowd — Myanmar, September 2007: the crackdown on the monks' protests
  ['https://www.indybay.org/newsitems/2007/09/29/18450494.php', 'en', "Yet, despite the regime's best efforts, a day after security forces killed at least nine demonstrators – dissident groups say the total could be as high as 200 – hundreds again risked their lives to defy the government in small but angry protests across Burma's main city.", 'en.force.forces-killed-crowd=security forces killed'],
];

const counters: Counter[] = [
  // a gang's attack on worshippers is not the force against a crowd
  ['https://www.aljazeera.com/news/2015/11/deadly-attack-shia-mosque-bangladesh-151126195219476.html', 'en', 'Witnesses said three young attackers stormed the mosque and shot at worshipers indiscriminately [AP]', 'en.force.indiscriminate-fire'],
  ['https://www.aljazeera.com/news/2015/11/deadly-attack-shia-mosque-bangladesh-151126195219476.html', 'en', 'Three masked attackers entered the Imam Khomeini mosque in Haripur village and began shooting indiscriminately before escaping, witnesses told Al Jazeera.', 'en.force.indiscriminate-fire'],
  ['https://theguildng.com/gunmen-kill-13-worshippers-in-katsina-mosque-attack/?utm_source=rss&utm_medium=rss&utm_campaign=gunmen-kill-13-worshippers-in-katsina-mosque-attack', 'en', 'The attackers, armed with sophisticated weapons, reportedly fired indiscriminately at the faithful who had gathered for early morning prayers.', 'en.force.indiscriminate-fire'],
  ['https://paknworldnews.com/nigeria-15-worshipers-martyred-in-an-attack-on-a-mosque-by-gunmen/', 'en', 'Abuja: In Nigeria, a group of armed men entered a mosque and opened fire indiscriminately, killing 15 worshipers and injuring many others.', 'en.force.indiscriminate-fire'],
  // police beaten by protesters: the police are not the ones beating
  ['https://tnp.straitstimes.com/news/world/several-hk-cops-beaten-pro-democracy-protesters', 'en', 'Several police officers were beaten by pro-democracy protesters in Hong Kong yesterday as violence erupted at a rally calling for greater democratic freedoms in the heart of the city.', 'en.force.police-beat-crowd'],
  // a plain count of arrests, not a mass detention
  ['https://www.business-standard.com/amp/article/pti-stories/police-moves-in-hong-kong-protests-spark-outrage-114101600002_1.html', 'en', 'Police arrested 45 demonstrators in the clashes, and said five officers were injured.', 'en.force.counted-detentions'],
  // a state's spy agencies reporting their findings, not accused of the unrest
  ['https://www.rollcall.com/2020/04/21/senate-report-kremlin-support-for-trump-in-2016-is-accurate/', 'en', 'U.S. intelligence agencies’ conclusion that Russia interfered in the 2016 election to back Donald Trump’s campaign over that of rival Hillary Clinton was based on sound intelligence-gathering processes and analysis, the Senate Intelligence Committee said in a report released Tuesday.', 'en.cause.foreign-spies-accused'],
  ['https://csglobe.com/cia-concludes-russia-interfered-help-trump-win-election-say-reports/', 'en', 'CIA concludes Russia interfered to help Trump win electionUS intelligence agencies have concluded that Russia interfered in last month’s presidential election to boost Donald Trump’s bid for the White House, according to reports.', 'en.cause.foreign-spies-accused'],
  // a proxy war between two powers elsewhere, not the unrest as a war on the people
  ['https://michiganboergoat.org/currently-internal-political-divisions-in-the-country-to-destabilize/', 'en', 'Currently, Yemen is serving an ever more growing interest to both of these nations where  an Iranian official stated to Reuters on March 22, 2017: “Yemen is where the real proxy war is going on, and winning the battle in Yemen will help define the balance of power in the Middle East.”', 'en.cause.proxy-war-on-people'],
  // terrorism laws used against protests: not the protests called acts of terror
  ['https://supreme.findlaw.com/legal-commentary/terrorizing-social-protest.html', 'en', 'A disturbing trend is afoot. In the past couple of months, in two countries, governments have relied on broadly-worded terrorism laws to put down social protests.', 'en.event.acts-of-terror'],
  // the coup stays the event: a US-backed opposition accused of a coup is not a coup backed by a power
  ['https://www.sott.net/article/412128-Venezuelan-FM-Jorge-Arreaza-Guaido-coup-attempt-was-directly-planned-in-Washington', 'en', "The Venezuelan foreign minister has accused the US-backed opposition of planning Tuesday's coup attempt in Washington, and said the government would work to keep the peace.", 'en.cause.power-backed-coup'],
  // police beating back a crowd push it away; they do not beat it
  ['https://www.interbasket.net/forums/archive/index.php/t-13012.html?s=aa04cf57ca56f9203060d095d50c366e', 'en', 'Bakiyev declared a state of emergency as riot police firing tear gas and flash grenades beat back the crowds.', 'en.force.police-beat-crowd'],
  // security forces killing militants in a border clash are not the force against protesters
  ['https://www.startribune.com/3-pakistani-security-personnel-killed-in-raid-on-a-militant-hideout/601342738', 'en', 'Last week, Pakistani security forces killed 71 militants when they attempted to cross into the country from Afghanistan, according to the military.', 'en.force.forces-killed-crowd'],
];

describe('the seeds’ frames in other English words: real sentences of other events', () => {
  runCases(cases);
});

describe('the same words where they do not frame', () => {
  runCounters(counters);
});
