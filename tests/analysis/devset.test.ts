import {existsSync, readdirSync} from 'node:fs';
import {basename, join, sep} from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {analyzeCorpus} from '../../src/analyze.js';
import {loadCorpus} from '../../src/corpus/load.js';
import type {Analysis} from '../../src/types.js';
import {scoreMentions, type MentionScore} from '../support/score-mentions.js';
import {HELD_OUT, NEW_OUTLETS, UNSEEN_EVENTS} from '../support/held-out.js';

/*
 * The development set: real coverage of thirty-six protest and intervention events by outlets of
 * opposite lines, in Arabic and English (tests/fixtures/devset/README.md).
 * The event folders are analysed in one run (mentions are found source by
 * source, so this equals analysing each folder alone, with the lexicons
 * compiled once) and each event is scored against its hand-made gold.yaml
 * with the seeds' scorer.
 *
 * Some events are held out: their misses were never read while lexicon
 * entries were added from the misses of the others, so their figures are
 * the estimate for an event the lexicons have not seen. Their misses are
 * printed only with FRAMELENS_DEVSET_SHOW_HELD_OUT=1 (or =folder,folder for
 * only those). Lebanon 2019 and
 * Chile 2019 were added later and measured before any rule or entry was
 * grown from them (README: recall 0.700, precision 0.940, voice 0.929
 * pooled); they are grown-on events now. France 2018–19 and Egypt 2011
 * came last, their gold annotated before the tool ran on them and never
 * used to grow a rule or an entry (README: first runs recall 0.811 and
 * 0.857, precision 1.000 and 0.971, voice 0.922 and 0.955): they are held
 * out too, so that their figures stay those of events no rule was grown on.
 * Bahrain 2011 and Sri Lanka 2022 were gathered fresh after that, their gold
 * also committed before the tool ran on them, and are held out the same way.
 * belarus-2020-new and hong-kong-2019-new are two grown-on events told by
 * outlets no rule was grown on (known events, new outlets), gathered and
 * annotated the same way and held out too; they get a pooled line of their
 * own, so that the held-out pooled line still means unseen events only.
 * Ukraine 2013–14 (Euromaidan) came last, its gold committed before the tool
 * ran on it, measured once (README: recall 0.778, precision 0.975, voice
 * 0.896) and then grown on: it is a grown-on event.
 * Yemen 2015 (foreign troops: the Saudi-led intervention) was gathered and
 * annotated blind the same way, measured once (recall 0.456, precision
 * 0.867, voice 0.846), then used to grow the intervention entries: it is a
 * grown-on event.
 * sudan-2019-new and lebanon-2019-new tell two grown-on events through ten new outlets each, gold
 * annotated blind and scored once before any entry was grown from them (README: first pass recall
 * 0.819 and 0.778, precision 0.974 and 0.897, voice 0.894 and 0.986, the travel measure for known events
 * told by new outlets); the lexicons were then grown on them, so they are grown-on folders.
 * iraq-2019-new tells Iraq's October 2019 (Tishreen) protests through ten new outlets the same way (the
 * militia and Iranian line: the Joker, agents, US-Saudi sedition; independent and wire copy: excessive
 * force, tear gas fired to kill), gold annotated blind and scored once before any entry was grown from it
 * (README: first pass recall 0.739, precision 0.891, voice 0.963); then grown on: a grown-on folder.
 * ukraine-2014-new does the same for the Euromaidan (RT Arabic, Press TV, Voice of Russia, a Lavrov digest:
 * a coup funded from abroad, militants, neo-Nazis; Kyiv Post, Global Voices, El-Watan, Al-Fadjr: batons,
 * excessive force, police beating protesters), gold annotated blind and scored once before any entry was
 * grown from it (README: first pass recall 0.757, precision 0.931, voice 0.926): a grown-on folder.
 * chile-2019-new tells Chile's October 2019 estallido through ten new outlets the same way (Alif Post, RT, Liberation
 * News, ROAR: the neoliberal regime, repression, brutal force; Bloomberg, USA Today, the Gulf papers: rioting, looting,
 * vandalism, the president's "powerful enemy" and "criminal organization"), gold annotated blind and scored once
 * before any entry was grown from it (README: first pass recall 0.783, precision 0.968, voice 0.900); then grown on
 * (vandalism, force, hardship and the enemy in new words): a grown-on folder.
 * venezuela-2019-new tells Venezuela's 2019 crisis through ten new outlets the same way (SANA, Tasnim, Xinhua via Nhan
 * Dan, APS, Al-Hadf, WSWS: US interference, destabilisation, a puppet, a regime-change operation, a coup; Al-Bilad,
 * Barlamane, AP, The National: shortages of food and medicine, tear gas, a coup plot in Maduro's words), gold annotated
 * blind and scored once before any entry was grown from it (README: first pass recall 0.482, precision 0.794, voice
 * 0.852 on the corrected gold); then grown on (foreign blame and hardship in new words): a grown-on folder.
 * United States 2020 (the George Floyd protests) was gathered and annotated
 * blind the same way, measured once (recall 0.778, precision 0.890, voice
 * 0.895 on the corrected gold), then grown on: it is a grown-on event.
 * Libya 2011 (an armed rising and a NATO air campaign) was gathered and annotated blind the same way,
 * measured once (recall 0.606, precision 0.930, voice 0.950), then grown on: it is a grown-on event.
 * Venezuela 2019 (Guaidó's bid, the aid convoys, the Russian military specialists, the 30 April uprising: a
 * coup attempt, US intervention and "specialists" from opposite lines) was gathered and annotated blind the
 * same way, measured once (recall 0.525, precision 0.762, voice 0.844 on the corrected gold), then grown
 * on (coup, usurpation and foreign-military-personnel wording): it is a grown-on event.
 * Georgia 2023–24 (the protests against the "foreign agents" law: a colour revolution orchestrated from overseas,
 * a coup, riots and foreign instructors from the Russian and Georgian government line; tear gas, rubber bullets and
 * a "Russian law" from wire and independent copy) was gathered and annotated blind the same way, measured once
 * (recall 0.717, precision 0.764, voice 0.852; no span left out), then grown on (the contested law as the grievance,
 * plotting and paying from abroad, the pro-Western opposition): it is a grown-on event.
 * Kyrgyzstan 2020 (the unrest after the October election: the president's "attempt to illegally seize power" and
 * "coup attempt", riots, "people who drink alcohol and try to disturb public order", a colour revolution and the West's
 * will to interfere from the Russian and government line; tear gas, stun grenades and vote-buying from wire and
 * independent copy) was gathered and annotated blind the same way, measured once (recall 0.732, precision 0.910, voice
 * 0.986 on the corrected gold), then grown on (the contested election results and vote buying as the grievance, an
 * illegal seizure of state power, breaching public order): it is a grown-on event.
 * libya-2011-new tells Libya's 2011 rising and NATO's air campaign through ten new outlets the same way (Al-Gomhoriah,
 * El Djoumhouria, Xinhua, CBC carrying Gaddafi: NATO's aggression, an armed rebellion serving those who covet the oil,
 * al-Qaeda and Western powers as the masterminds, drugs and "offenders"; Mehr, Press TV, Elaph, Al-Ittihad Al-Ichtiraki,
 * AP, CS Monitor: revolutionaries, a bloody crackdown, snipers, the funeral "massacre", protecting civilians), gold
 * annotated blind and scored once before any entry was grown from it (README: first pass recall 0.625, precision 0.714,
 * voice 1.000 on the corrected gold); then grown on (aggression on a named country, greed for its wealth, the unrest
 * blamed on terrorism or drugs, violence against the crowd): a grown-on folder.
 * georgia-2024-new tells Georgia's 2024 protests (the foreign-agents law, the October election, the pause of the EU
 * accession talks) through ten outlets absent from georgia-2024 the same way (RT Arabic, Tasnim, Al-Gomhuria, Agenda.ge,
 * Izvestia, EIR: a colour revolution, the Maidan scenario, attempts of revolution financed from outside, the radical
 * opposition's violent groups, the West's sleeper cells; MTV Lebanon, dpa, Novaya Gazeta Europe, Media Coalition with
 * Amnesty's briefing: the suspended talks and stolen votes as the grievance, police brutality, a violent crackdown), gold
 * annotated blind and scored once before any entry was grown from it (README: first pass recall 0.642, precision 0.843,
 * voice 0.914 on the corrected gold); then grown on (revolution attempts, the Maidan scenario, the suspended accession
 * talks and stolen votes as the grievance, the government's own coup): a grown-on folder.
 * kyrgyzstan-2020-new tells Kyrgyzstan's October 2020 unrest through ten outlets absent from kyrgyzstan-2020 the same way
 * (SANA, Al-Waght, Soyuz, the Chinese foreign ministry: large-scale riots, chaos, the crowd's "aggression", violators of
 * public order, external forces' interference; Al Ain, Veto Gate, Al-Mashhad Al-Yemeni Al-Awwal, 24.kg, DW, The Daily
 * Telegraph: the election results and vote-rigging as the grievance, a violent crackdown, rubber bullets, riots), gold
 * annotated blind and scored once before any entry was grown from it (README: first pass recall 0.899, precision 0.969,
 * voice 0.919 on the corrected gold); then grown on (a decree's label for the crowd, smashed windows, the election results
 * opposed in more wordings): a grown-on folder.
 * usa-2020-new tells the George Floyd protests (May–June 2020) through ten outlets absent from usa-2020 the same way (Xinhua
 * via Khabar Press, Sputnik, Zakharova via El-Watan, Iran Press Arabic, China.org.cn: police brutality, racial
 * discrimination, "الوحشية تجاه الشعب", chaos sown abroad reaped at home; Okaz, Anfaspress, ZeroHedge, The Week, Reuters via
 * Daily FT: Russia "may be behind the violence", chaotic protests, "همجية البوليس", riots, looting, "bludgeoned", "violently
 * purged"), gold annotated blind and scored once before any entry was grown from it (README: first pass recall 0.757,
 * precision 0.976, voice 0.988 on the corrected gold); then grown on (a police killing protested, abuses against a minority,
 * police violence in more words, chaotic protests, a named power behind the violence): a grown-on folder.
 * yemen-2015-new tells the Saudi-led intervention's first weeks (26 March – April 2015) through ten outlets absent from
 * yemen-2015 the same way (El-Badil reporting al-Houthi: «العدوان على اليمن», «وحشية العدوان», «لا شرعية له»; Al-Mashhad
 * Al-Yemeni reporting Lavrov: «لا اساس لها قانونيا»; RT, The Irish Times (Reuters): Khamenei's "genocide" and "aggression";
 * Antiwar.com: "the Saudi attack has no legal justification"; Bokra, Elaph, The Daily Star, The Long War Journal: Houthi
 * militias, "Iranian-backed" rebels, restoring "legitimacy"; Veto Gate after Sputnik), gold annotated blind and scored
 * once before any entry was grown from it (README: first pass recall 0.295, precision 0.565, voice 0.923 on the
 * corrected gold); then grown on (troops named by their wrong: genocide, a state's attack on a country, its aggression, no
 * legal basis or UN mandate; a coalition led by a state in more words; armed groups backed by a foreign state): a grown-on
 * folder.
 * belarus-2020-more tells Belarus's 2020 protests through a third set of ten outlets, absent from belarus-2020 and the
 * held-out belarus-2020-new, the same way (Al-Alam carrying Lavrov and Makei: destabilisation carried out from Ukraine,
 * "external challenges", a colour revolution "planned from abroad"; Al-Mehwar's column: an "American-made" colour
 * revolution, NGOs paid by USAID and the NED stirring the street; CGTN: foreign interference, attempts to destabilise; EIR:
 * "regime-change operators in the West"; Al-Dostor, Arabi Post, Algeria Today, DW, The Times, Euromaidan Press: tear gas and
 * rubber bullets, "electoral fraud and brutal repression", ballot-rigging, police brutality at Okrestina), gold annotated
 * blind and scored once before any entry was grown from it (README: first pass recall 0.750, precision 0.969, voice 0.968
 * on the corrected gold); then grown on (a revolution made in a named state, destabilisation from a neighbour's territory,
 * a foreign intelligence service's agents, regime change and another country's scenario as threats, fraud told with a
 * pronoun, ballot-rigging, detainees tortured and beaten): a grown-on folder.
 * belarus-2020-fourth tells Belarus's 2020 protests through a fourth set of ten outlets, absent from belarus-2020,
 * belarus-2020-more and the held-out belarus-2020-new, mostly English, the same way (Al-Ahram's Moscow letter: the ghost of
 * the colour revolutions, Ukrainian and Western plots, an opposition backed by Western circles; Al-Wafd carrying RIA
 * Novosti: Western governments sending money to back the riots; Pars Today carrying Lavrov: Western "interfering", "dirty
 * methods of so-called color revolutions"; The Express Tribune's column: the West backing regime change; Euronews Arabic,
 * Elaph, Meduza, The Washington Post, the LRB Blog, UAWire: suspicions of massive fraud, an election "widely seen as
 * stolen", tear gas and rubber bullets, police violence, torture, the president's 'sheep' and shadowy foreign powers),
 * gold annotated blind and scored once before any entry was grown from it (README: first pass recall 0.781, precision
 * 0.965, voice 0.976 on the corrected gold; 0.781 / 0.891 / 0.963 as first annotated); then grown on (Western forces
 * interfering, backing regime change, the methods of colour revolutions used by a named power, support for anti-government
 * forces, plots of named states, money sent to back the riots; fraud suspected, claimed or "seen as stolen", the re-election
 * denounced; strikes at the workplaces; force used to disperse; the crowd called sheep): a grown-on folder.
 * belarus-2020-fifth tells Belarus's 2020 protests through a fifth set of ten outlets, absent from the four other Belarus
 * folders, the same way (a RIA Novosti copy on the Russia–Islamic World group's site: state TV's «منسقي أعمال شغب جماعية»;
 * Viory, RT's video agency: Lukashenko's «الفوضى» and "there will be no Maidan"; News Front: "those pathetic couple of
 * hundreds" who "behaved aggressively"; Popular Resistance reposting Moon of Alabama: "This Color Revolution Is Already
 * Dead", the US "fomenting unrest"; Al-Araby Al-Jadeed, Independent Arabia, Aldana News, Belsat, Viasna via News Kitchen,
 * RFE/RL via IMI: stun grenades, «بالهروات», a vote «زُوِّرت», Okrestina beatings, strikes), gold annotated blind and scored
 * once before any entry was grown from it (README: first pass recall 0.822, precision 0.949, voice 1.000 on the corrected
 * gold); then grown on (the crowd that behaved aggressively, a named power interfering in a country or fomenting unrest,
 * detainees beaten, strikes beside demonstrations; a vote rigged in the passive or called a sham, the official results
 * protested, punches at the crowd; an organisation named after torture and a broadcaster named with its funder excluded):
 * a grown-on folder.
 * belarus-2020-sixth tells Belarus's 2020 protests through a sixth set of nine outlets, absent from the five other Belarus
 * folders, leaning Arabic (Dar Al-Hilal carrying the interior ministry's «أعمال الشغب»; Roayah News: the movement called
 * «”المؤامرة”», the coup plot after the «الثورات الملونة» scenario; Al-Rai Al-Hor carrying Sputnik: the police's «عدم
 * الخضوع للاستفزازات»; F. William Engdahl's column: a "West-led Color Revolution", protests "manufactured by the usual
 * Western NGOs"; Youm7, Al-Yaum and Al-Rai Al-Masry, The Seattle Times and BuzzFeed News: stun grenades, tear gas on
 * peaceful protesters, «عنف الشرطة», a vote «لم تكن حرة أو نزيهة», "fraud-tainted", torture in custody), gold annotated
 * blind and scored once before any entry was grown from it (README: first pass recall 0.870, precision 0.984, voice
 * 0.967 on the nine texts kept, corrected gold); then grown on (a revolution led by a power, protests made by foreign NGOs, provocations not to yield to, a vote not free or fair or rejected as fraudulent, abuse by police,
 * light-and-noise grenades; the "as" of "what began as" opening no label, "the first confirmed death" an adjective,
 * «وصفتها» a verb of describing): a grown-on folder.
 * hong-kong-2019-more tells Hong Kong's 2019 protests through a third set of ten outlets, absent from hong-kong-2019 and
 * hong-kong-2019-new, the same way (Al-Baath, the Chinese embassy via Al-Mal News, the Iranian foreign ministry via El
 * Nashra and Mehr, an RT column: the West fanning the protests, «إرهاب منظّم», extremist gangs, radical opposition forces,
 * interference in China's internal affairs, a 'color revolution'; The Guardian, ITV News, Taipei Times, Al-Jarida, Saba:
 * "black hands" in Beijing's words, tear gas and rubber bullets, the extradition bill and the erosion of civil liberties
 * as the grievance), gold annotated blind and scored once before any entry was grown from it (README: first pass recall
 * 0.750, precision 0.873, voice 0.855 on the corrected gold); then grown on (black hands, a foreign state's officials
 * behind the unrest, intervention in internal affairs, a power accused of seeking to bring a country down; liberties
 * eroded and a bill protested as the grievance; signs of terrorism): a grown-on folder.
 * Saudi Arabia 2011–12 (the Eastern Province protests in Qatif and Awamiyah, from the October 2011 clashes to the arrest of
 * Nimr al-Nimr in July 2012: instigators of sedition acting at the behest of a foreign country, mercenaries and the misled,
 * foreign masters, riots and sedition from the interior ministry's statements carried by SPA, Arab News, Al-Yaum and
 * Al-Hayat; martyrs, peaceful marches, security forces' bullets, Saudi troops in Bahrain as an invading army from Al-Alam
 * and Press TV; Al Jazeera English, France 24, El Khabar and El-Badil between them) was gathered and annotated blind the
 * same way, measured once (recall 0.643, precision 0.720, voice 0.792 as first annotated; 0.646 / 0.849 / 0.795 on the
 * corrected gold), then grown on (a security ministry's words — sedition-mongers, the misled, acts breaching security,
 * a foreign state's behest or orders, interference in sovereignty, "dealt with" — and the other line's martyrs, the
 * peaceful unarmed, killings by the forces' bullets, an invading army, a siege, an arrest protested, discrimination
 * against a sect: 0.920 / 0.945 / 0.808): it is a grown-on event.
 * Belarus 2010 (the protests after the presidential election of 19 December 2010, "Ploshcha": a coup planned by the
 * opposition under foreign special services, paymasters, the attack on the Government House, mass riots, "banditry" and
 * «مشاغبون» from BelTA, SB. Belarus Today and Lukashenko's words; beatings with batons, stun grenades, a crackdown,
 * vote-rigging and the re-election protested from Reuters, RFE/RL, News24 and the Arab papers' AFP and Reuters copy), a
 * fresh post-Soviet event, was gathered and annotated blind the same way, measured once (recall 0.598, precision 0.897,
 * voice 0.923 as first annotated; 0.598 / 0.929 / 0.923 on the corrected gold), then grown on (the fraud told with its verb,
 * protested, feared or marring the vote, the vote called illegitimate or a farce, the re-election protested, mass riots,
 * the peace disturbed, unauthorised actions, people subjected to beating; the seat of government stormed, urging to seize
 * power, foreign special services, paymasters, beaten by police: 0.839 / 0.948 / 0.877): it is a grown-on event.
 * Oman 2011 (the Sohar protests: the clashes at the Globe Roundabout, the sit-ins, the army's clearing of 29 March, the
 * shooting of 1 April: riots, destruction of property, "this group of wreckers" and police that had to defend themselves
 * from the state news agency's account carried by Emarat Al Youm, Al-Ahram, Gulf News and Muscat Daily; tear gas, rubber
 * bullets, beatings, the army commander's threat and "the government crackdown" from Taghrib News, Akhbar El Yaoum, Youm7,
 * The National, Al Jazeera English and the Los Angeles Times) was gathered and annotated blind the same way, measured once
 * (recall 0.861, precision 0.890, voice 0.952 as first annotated; 0.864 / 0.947 / 0.972 on the corrected gold), then
 * grown on (destruction of property beside the riots, a riot unit's «تصدت», the police defending themselves, a group of
 * wreckers, trouble makers, storming a sit-in, smoke bombs, beating marks, protesters shot at, rising living costs, an end
 * to corruption as a demand: 0.976 / 0.992 / 0.975): it is a grown-on event.
 * Turkey 2013 (the Gezi Park protests of May–June 2013: the premier's "looters", «حفنة من المخربين», a plot against the
 * country with partners abroad, the international media and an "interest-rate lobby" behind the protests, from Anadolu's
 * copy, El-Bilad, The Irish Times and Reuters; the police storming Taksim Square and raiding Gezi Park with tear gas and
 * water cannon, "police brutality", the park's demolition as the grievance, from Tasnim, the Syrian Telegraph, Press TV,
 * RT, Al-Hayat and the SCMP) was gathered and annotated blind the same way, measured once (recall 0.824, precision 0.907,
 * voice 0.957 as first annotated; 0.826 / 0.952 / 0.966 on the corrected gold), then grown on (the police storming the
 * square, a plot against the country and its partners abroad, the media, a lobby and unnamed foreign forces blamed, a
 * park's demolition and an authoritarian bent as the grievance: 1.000 / 0.986 / 0.979): it is a grown-on event.
 * Armenia 2008 (the protests after the presidential election of 19 February 2008 and the crackdown of 1 March: the police
 * statement's weapons "to be distributed to the strikers", "mass disorders", "lawbreakers" and "inciters", Kocharyan's
 * "massive disorders", "criminal revolution" and "provokers", the army that "brings order" and «بتدبير انقلاب» from the
 * Armenian state, Hayots Ashkhar, RT and RT Arabic; the forcible break-up of a peaceful demonstration, truncheons and
 * electric-shock devices, "a bloody end" and the results protested from RFE/RL, the Eurasia Daily Monitor, Al Jazeera,
 * Emarat Al Youm, Al-Hayat and Armenpress) was gathered and annotated blind the same way, measured once (recall 0.542,
 * precision 0.900, voice 0.867 as first annotated; 0.549 / 0.957 / 0.867 on the corrected gold), then grown on (the
 * disorders named by their people, the army bringing order, a bloody end, the use of force on the crowd, the coup charged
 * as plotted, the vote opposed in more words, a speech withheld: 0.756 / 0.969 / 0.871): it is a grown-on event.
 * Iran 2017–18 (the protests from Mashhad of 28 December 2017 to early January 2018: the enemies blamed, a triangle of
 * enemies, an operations room of the US, Israel and Saudi Arabia, foreign media inciting, "foreign-backed seditionist"
 * and «مثيري الشغب» from SANA, Asr Iran's copy of Fars, Alwaght and Press TV's copies; tear gas, water cannon, «الآلة
 * القمعية», prices, corruption and the weak economy from Reuters, AFP, AP and Al-Weeam) was gathered and annotated blind
 * the same way, measured once (recall 0.748, precision 0.870, voice 0.938 as first annotated; 0.752 / 0.943 / 1.000 on
 * the corrected gold), then grown on (the enemies blamed, their triangle, tools and stirring, foreign support for the
 * unrest, the American-Zionist axis, an operations room to stir the unrest, foreign media inciting, the cost borne by a
 * named state, the repression machine, the weak economy, attacks on public property, lackeys: 0.890 / 0.951 / 0.990):
 * it is a grown-on event.
 * Morocco 2016–17 (the Rif Hirak: elements "backed by foreign parties" spreading separatist ideas with money from abroad,
 * the prosecutor's «المس بوحدة المملكة» and "receiving funds from abroad", the coalition's "separatism" and "outside
 * agitators" from Alhakika24, Masrawy's DPA copy of MAP, The North Africa Post and Morocco World News; the neglected Rif
 * region, jobs and development demanded, «يقمعون», police that "cracked down" from Al Jazeera, Al Hadath Press, Press
 * Tetouan, AFP and The Progressive) was gathered and annotated blind the same way, measured once (recall 0.802, precision
 * 0.810, voice 0.963 as first annotated; 0.802 / 0.900 / 0.963 on the corrected gold), then grown on (a region's neglect,
 * development and jobs demanded, separatism and the unity harmed, money received from abroad, a death in a garbage
 * truck kept out of the force, "sit-ins": 0.970 / 0.951 / 0.959): it is a grown-on event.
 * Iran 2009–10 (the Green Movement after the election of 12 June 2009: Khamenei's sermon on the enemies and foreign
 * interference, the mass trial of the "rioters" («اعمال الشغب», «مثيري الشغب»), the "fitna (seditious) movement", agents
 * and elements of the sedition, detainees "hired by the US intelligence agency", the Zionist media from Asr Iran (twice),
 * the Tehran Times and an Iranian state report via Al-Darb; «قمعت», beatings, clubs, tear gas, the "theft" of the vote,
 * fraud and a foreign-backed attempt as the authorities portray it from Akhbar Al-Youm, Al-Jazirah, Misr El-Gedida, The
 * Guardian, The Washington Post and Business Recorder's wire copy) was gathered and annotated blind the same way,
 * measured once (recall 0.702, precision 0.805, voice 0.879 as first annotated; 0.716 / 0.861 / 0.882 on the corrected
 * gold), then grown on (the sedition movement and its leaders, hirelings of a state's intelligence agency, hostile and
 * Zionist media, a named state's interference, the enemies who target the state, the vote's theft and fraud, the Basij
 * militia excluded; "were confirmed dead" and "reporting from" open no report: 0.884 / 0.966 / 0.929): it is a
 * grown-on event.
 * Egypt 2013 (the Muslim Brotherhood's sit-ins at Rabaa and Nahda, their dispersal on 14 August 2013 and the Ramses Square
 * "Friday of Rage": «جماعة الإخوان الإرهابية», «الاعتصام المسلح», weapons found, the "safe exit" and «باتخاذ الإجراءات
 * اللازمة» from Okaz, Al-Ahram Gate, the interior minister via Moheet, Ahram Online and Emirates Voice; the "Rab'a
 * massacre", «الانقلاب العسكري», snipers, tear gas and birdshot from Reuters, Arabi21, McClatchy and Human Rights Watch) was
 * gathered and annotated blind the same way, measured once (recall 0.780, precision 0.923, voice 0.938 as first annotated;
 * 0.780 / 0.932 / 0.938 on the corrected gold), then grown on (the Brotherhood labelled terrorist, the armed sit-in, the
 * necessary measures taken against the sit-ins, the least amount of force and praised restraint, mass killing, sniping,
 * lethal attacks on protesters, the coup rejected or protested; a quoted name after "dubbed" ends the report: 0.862 /
 * 0.955 / 0.943): it is a grown-on event.
 */

const DEVSET = join(import.meta.dirname, '..', 'fixtures', 'devset');
/** `1` lists the misses of every held-out folder; a comma-separated list of folders lists only theirs. */
const SHOW = process.env.FRAMELENS_DEVSET_SHOW_HELD_OUT ?? '';
const shown = (event: string): boolean => SHOW === '1' || SHOW.split(',').includes(event);

/** Floors just below the measured figures (recall, precision, voice, distanced). */
const FLOORS: Record<string, {recall: number; precision: number; voice: number; distanced: number}> = {
  // VICE's caption "Protesters in Belarus demonstrating against the re-election of President Alexander Lukashenko" counts
  // against precision since the re-election protested is listed (belarus-2010): this folder's gold leaves it unannotated,
  // belarus-2020-fourth's rule makes it the grievance.
  'belarus-2020': {recall: 0.94, precision: 0.97, voice: 0.99, distanced: 0.94},
  'hong-kong-2019': {recall: 0.98, precision: 0.99, voice: 0.98, distanced: 0.98},
  'iraq-2019': {recall: 0.91, precision: 0.98, voice: 0.96, distanced: 0.98},
  // One unannotated "the march" (gather again for the march) counts against precision since
  // bare "march" after a determiner is listed; the headline's annotated "in march" is still missed.
  'sudan-2019': {recall: 0.98, precision: 0.97, voice: 0.99, distanced: 0.99},
  // Held out: one more false positive each in Iran, France and Egypt after the Ukraine 2013–14 entries (never looked at).
  // Held out: the Arabic troops-by-state / fuel-price / counted-terrorists entries found one more gold mention
  // (recall 0.907 → 0.918, precision up) whose voice the gold reads otherwise (voice 0.875 → 0.865; never looked at).
  'iran-2019': {recall: 0.91, precision: 0.91, voice: 0.86, distanced: 0.99},
  // Held out: one more false positive after the general lexicon additions (never looked at).
  'syria-2011': {recall: 0.94, precision: 0.84, voice: 0.79, distanced: 0.99},
  'lebanon-2019': {recall: 0.96, precision: 0.98, voice: 0.99, distanced: 0.99},
  'chile-2019': {recall: 0.92, precision: 0.98, voice: 0.99, distanced: 0.99},
  // Added unseen: no rule or entry grown from them (README). Measured first with the lexicons
  // grown on misses (France 0.811 / 1.000 / 0.922, Egypt 0.857 / 0.971 / 0.955), then with the
  // lexicons widened by concept and pole, which were written without looking at either.
  'france-2018': {recall: 0.83, precision: 0.97, voice: 0.91, distanced: 0.98},
  'egypt-2011': {recall: 0.90, precision: 0.92, voice: 0.95, distanced: 0.99},
  // Fresh events, gathered and annotated blind after the lexicons were widened, never used to grow a
  // rule or an entry (README: measured 0.663 / 0.937 / 0.898 and 0.827 / 0.948 / 0.890 on corrected gold).
  'bahrain-2011': {recall: 0.65, precision: 0.92, voice: 0.94, distanced: 0.99},
  'sri-lanka-2022': {recall: 0.81, precision: 0.93, voice: 0.87, distanced: 0.99},
  // Known events, new outlets: Belarus 2020 and Hong Kong 2019 told by ten outlets each that no rule was
  // grown on, gold annotated blind (README: first pass 0.700 / 0.933 / 0.875 and 0.879 / 0.908 / 0.942;
  // corrected gold 0.704 / 0.950 / 0.877 and 0.880 / 0.921 / 0.942).
  // After the Ukraine 2013–14 entries: 0.741 / 0.952 / 0.850 (three more mentions found, two of them, by the
  // printed counts, in a voice the tool gets wrong; never looked at).
  'belarus-2020-new': {recall: 0.69, precision: 0.94, voice: 0.84, distanced: 0.97},
  'hong-kong-2019-new': {recall: 0.87, precision: 0.91, voice: 0.95, distanced: 0.99},
  // Grown on (README): first pass 0.778 / 0.975 / 0.896 on the corrected gold, then the lexicons grown on it.
  // Its lower voice is the tool's (quotations inside a statement, "In his opinion, …", a rubric headline).
  'ukraine-2014': {recall: 0.96, precision: 0.98, voice: 0.87, distanced: 0.99},
  // Foreign troops (the Saudi-led intervention, March–April 2015), gold annotated blind, then grown on
  // (README: first pass 0.456 / 0.867 / 0.846; the remaining false findings are "fighters", which its gold leaves out).
  'yemen-2015': {recall: 0.86, precision: 0.91, voice: 0.9, distanced: 0.99},
  // Known events, new outlets, grown on (not held out): Sudan 2018–19 and Lebanon 2019 told by ten outlets each
  // absent from sudan-2019 and lebanon-2019, gold annotated blind. First pass, the travel measure (README):
  // 0.819 / 0.974 / 0.894 and 0.778 / 0.897 / 0.986 on the corrected gold; then the lexicons were grown on them.
  // Sudan's lower voice is the tool's (headline datelines "قوش: …" read as the outlet's, cues read too far).
  'sudan-2019-new': {recall: 0.97, precision: 0.98, voice: 0.88, distanced: 0.96},
  // Lebanon's voice: a quoted slogan (“أنا ممول الثورة”) is read as the outlet's scare quotes.
  'lebanon-2019-new': {recall: 0.93, precision: 0.93, voice: 0.96, distanced: 0.96},
  // Iraq 2019 (Tishreen) told by ten outlets absent from iraq-2019, gold annotated blind; first pass, the travel
  // measure (README): 0.739 / 0.891 / 0.963 on the corrected gold; then grown on (0.955 / 0.930 / 0.944). Its voice
  // is the tool's: a speaker's "stated" inside a news agency's closing "reported" read as the informant rule,
  // "هذه التطورات تؤكد" read as a report, "pointed fingers at" read as the outlet's.
  'iraq-2019-new': {recall: 0.95, precision: 0.92, voice: 0.94, distanced: 0.99},
  // Ukraine 2013–14 (Euromaidan) told by ten outlets absent from ukraine-2014, gold annotated blind; first pass
  // (README): 0.757 / 0.931 / 0.926 on the corrected gold; then grown on (0.925 / 0.952 / 0.919). Its voice is the
  // tool's: Peskov's words after "بأنها" read as the outlet's, "تُوضح" (an essay's "shows") read as a report.
  'ukraine-2014-new': {recall: 0.92, precision: 0.95, voice: 0.91, distanced: 0.98},
  // Chile 2019 (estallido social) told by ten outlets absent from chile-2019, gold annotated blind; first pass (README):
  // 0.783 / 0.968 / 0.900 on the corrected gold; then grown on (0.904 / 0.981 / 0.913). Its voice is the tool's: "has
  // declared … as it struggles to contain violence" read as a report, the marchers' demand ("calling for … the end of
  // neoliberal policies") read as a speaker's. Left: the president's "criminal organization", "represent evil", "serious
  // incidents" and «هجمات خطيرة ومتكررة», "deaths in the hands of the … armed forces" (armed forces is an exclusion).
  'chile-2019-new': {recall: 0.9, precision: 0.97, voice: 0.91, distanced: 0.99},
  // United States 2020 (the George Floyd protests), gold annotated blind, then grown on (README: first pass
  // 0.778 / 0.890 / 0.895 on the corrected gold). Left: Barr's "hijacked peaceful protest" read as the foreign
  // cause, "at the hands of police" read as force beside the grievance, "The attack", "these murders".
  'usa-2020': {recall: 0.95, precision: 0.95, voice: 0.96, distanced: 0.96},
  // Libya 2011 (the uprising, Gaddafi's and Saif al-Islam's speeches, the NATO air campaign), gold annotated blind,
  // then grown on (README: first pass 0.606 / 0.930 / 0.950 on the corrected gold; the misses left are strikes on
  // civilians told without a foreign word, "تدمر طرابلس تحت القنابل", "الجنون الإمبريالي", and a negated "لن يسمح بالفوضى").
  // Its voice rose 0.881 → 0.932 once two apostrophes ('') quote as one mark (An-Nasr's Saif al-Islam).
  'libya-2011': {recall: 0.87, precision: 0.97, voice: 0.92, distanced: 0.96},
  // Venezuela 2019 (Guaidó's bid, the aid convoys, the Russian specialists, the 30 April uprising), gold annotated
  // blind (README: first pass 0.525 / 0.762 / 0.844 on the corrected gold), then grown on. Left: the Syrian paper's
  // US "war", sanctions and sabotage (the gold's foreign cause; the tool reads the aggression as foreign troops), Russia's
  // and Washington's missions in plain words, "leading the coup", and a ramming told across a comma.
  'venezuela-2019': {recall: 0.75, precision: 0.88, voice: 0.89, distanced: 0.97},
  // Venezuela 2019 told by ten outlets absent from venezuela-2019, gold annotated blind; first pass (README):
  // 0.482 / 0.794 / 0.852 on the corrected gold; then grown on (0.679 / 0.927 / 0.868). Left: the puppets (the gold makes them
  // the foreign cause, the lexicon a label), "military coup" (an exclusion keeps an army's own coup out), "U.S.-led" (the dots
  // stop a pattern), SANA's destabilisation and plain sanctions. Its voice is the tool's: a rally "during" which Guaidó
  // "declared himself" read as his words, "Maduro, who considers the aid part of a coup plot" read as the outlet's.
  'venezuela-2019-new': {recall: 0.67, precision: 0.92, voice: 0.86, distanced: 0.97},
  // Georgia 2023–24 (the "foreign agents" law protests), gold annotated blind (README: first pass 0.717 / 0.764 /
  // 0.852, the bill's name "foreign agents" read as a label and its foreign funding as the foreign cause), then grown
  // on (0.930 / 0.862 / 0.849). Left: the law named where nobody protests it (its withdrawal, Russia's own law, the
  // government's defence) read as the grievance, the law's foreign funding read as the foreign cause, and voice and
  // distance in a TASS report and a bulleted briefing the tool reads as the outlet's.
  'georgia-2024': {recall: 0.92, precision: 0.86, voice: 0.93, distanced: 0.95},
  // Kyrgyzstan 2020 (the unrest after the October election), gold annotated blind (README: first pass 0.732 / 0.910 /
  // 0.986 on the corrected gold: the election results and vote-buying as the grievance, the illegal seizure of power
  // and the protesters' violence in the president's words missed), then grown on (0.959 / 0.979 / 0.989). Left: "انتهكوا
  // الحياة الآمنة", beating doctors, stones thrown at the police, "aggressively marched"; the ex-president's past
  // repression (بقمعه) and the opposition council's "restore stability" read as force.
  'kyrgyzstan-2020': {recall: 0.95, precision: 0.97, voice: 0.98, distanced: 0.97},
  // Libya 2011 told by ten outlets absent from libya-2011, gold annotated blind; first pass (README): 0.625 / 0.714 /
  // 1.000 on the corrected gold; then grown on (0.819 / 0.843 / 1.000). Left: Xinhua's Western powers and al Qaida as the
  // "behind-the-curtain masterminds" and regime change "to grab rich oil", bare «العدوان», strikes on civilian areas and a
  // university told without a foreign word, "at the hands of government troops", Gaddafi's "the offenders".
  'libya-2011-new': {recall: 0.81, precision: 0.84, voice: 0.99, distanced: 0.96},
  // Georgia 2024 told by ten outlets absent from georgia-2024 (the foreign-agents law, the October election, the pause of the
  // EU talks), gold annotated blind; first pass (README): 0.642 / 0.843 / 0.914 on the corrected gold; then grown on
  // (0.917 / 0.943 / 0.910). Left: stones thrown (other folders' golds leave them out), Dpa's irregularities with no
  // election word beside them, "attack democratic institutions", "the Maidan [scenario]", "damaged dozens of offices".
  // Its voice is the tool's: «بحسب قوله» and «ووفقا لوزارة الداخلية» not reaching back over their sentences, a quotation
  // opened without a mark, Izvestia's "This was stated by …" after the claims it closes.
  'georgia-2024-new': {recall: 0.91, precision: 0.94, voice: 0.9, distanced: 0.99},
  // Kyrgyzstan 2020 told by ten outlets absent from kyrgyzstan-2020, gold annotated blind; first pass (README): 0.899 / 0.969 /
  // 0.919 on the corrected gold; then grown on (0.942 / 0.970 / 0.923). Left: the president's "aggression" (a word the lexicon
  // keeps for foreign troops), stones thrown at the police (other golds leave them out), "the vote, …, was rigged" (a comma
  // stops a pattern); the army sent in "to protect civilians" read as peacekeeping, China's "restore stability" as force.
  // Its voice is the tool's: an accusation (اتهم … بمحاولة) read as the outlet's, "وقال أحد المتظاهرين" read as attributed.
  'kyrgyzstan-2020-new': {recall: 0.94, precision: 0.96, voice: 0.92, distanced: 0.98},
  // The George Floyd protests told by ten outlets absent from usa-2020, gold annotated blind; first pass (README): 0.757 / 0.976 /
  // 0.988 on the corrected gold; then grown on (0.953 / 0.990 / 0.990). Left: a killing told by a verb with its date between
  // (قتل في 25 مايو الماضي مواطنا), "attacks on law enforcement" and bare "law-and-order" (other golds leave them out), "violently
  // disrupting order", the pandemic as what "triggered the escalated protests"; "calm had been restored" read as force. Its voice
  // is the tool's: «الاحتجاجات» inside the ministry's «أعلنت أن …» read as the outlet's.
  'usa-2020-new': {recall: 0.95, precision: 0.98, voice: 0.98, distanced: 0.99},
  // The Saudi-led intervention in Yemen (26 March – April 2015) told by ten outlets absent from yemen-2015, gold annotated
  // blind; first pass (README): 0.295 / 0.565 / 0.923 on the corrected gold (the troops named by their wrong — aggression,
  // genocide, no legal basis —, a coalition led by a state in a relative clause, Iranian backing of the Houthis, missed;
  // "fighters" and "مقاتلين", which its gold leaves out by rule, read as labels); then grown on (0.659 / 0.744 / 0.931).
  // Left: bare «العدوان» (×3, out on purpose), «وحشية العدوان», «الحملة العسكرية الوحشية», «لا اساس لها قانونيا» (the
  // operation's noun nine words before), genocide far from the strikes, "the Saudi war", a relative clause after a comma; its false findings are
  // the labels above, "suppressing the rebels" read as force and "shortages" in a war read as the grievance.
  'yemen-2015-new': {recall: 0.65, precision: 0.74, voice: 0.93, distanced: 0.99},
  // Belarus 2020 told by a third set of ten outlets, absent from belarus-2020 and belarus-2020-new, gold annotated blind;
  // first pass (README): 0.750 / 0.969 / 0.968 on the corrected gold (0.750 / 0.926 / 0.968 as first annotated); then grown
  // on (0.917 / 0.975 / 0.974). Left: Makei's «تحديات خارجية» (the cause after a comma), NGOs stirring the street and USAID's
  // money (the agency also funds aid projects), "training cadres", Putin's countries that "destabilize the political
  // situation" ten words on, "a blatant lie", a detainee choked. Its voice is the tool's: "He referred to the demonstrations
  // as a “color revolution” being orchestrated from outside the country" read as the outlet's and the label as scare quotes.
  'belarus-2020-more': {recall: 0.91, precision: 0.97, voice: 0.97, distanced: 0.98},
  // Hong Kong 2019 told by a third set of ten outlets (absent from hong-kong-2019 and hong-kong-2019-new), gold annotated
  // blind; first pass (README): 0.750 / 0.873 / 0.855 on the corrected gold; then grown on (0.870 / 0.930 / 0.838: the
  // mentions found since carry the tool's voice). Its voice is the tool's: «أكد “لي دونج” … أن» read as the outlet's,
  // "condemning the protesters" / "blamed the protests on" read as a report, a stray quote mark in Saba and in the SOTT
  // copy read as an open quotation, a speaker's quoted fragment («“إرهاب منظّم”», 'nonconstructive intervention') read as
  // the outlet's scare quotes. Left: «قوى المعارضة الراديكالية», the West «انتهزت الفرصة لإشعال نار المظاهرات», "the US has
  // encouraged it", "they want to bring chaos", "the support from US diplomats", a controversial bill with no protest word
  // (georgia-2024's gold leaves the bill described unannotated), «تآكل استقلالية النظام القضائي», "Violent incidents".
  'hong-kong-2019-more': {recall: 0.86, precision: 0.92, voice: 0.83, distanced: 0.96},
  // Belarus 2020 told by a fourth set of ten outlets (absent from the three other Belarus folders), gold annotated blind;
  // first pass (README): 0.781 / 0.965 / 0.976 on the corrected gold; grown on (0.952 / 0.971 / 0.980). Its voice is the
  // tool's: «في انتخابات اعتبرت مزورة» read as a report (cue اعتبرت), Pars Today's "lambasted the Western countries for
  // “interfering” in …" read as the outlet's scare quotes. Left: "oppression of the opposition", "peaceful citizens", "the
  // contested election result", "three demonstrators were killed" (the set's golds leave tolls in the passive out of force),
  // «جمع الأموال وإرسالها إلى بيلاروسيا» (charities collect money and send it abroad in the same words).
  'belarus-2020-fourth': {recall: 0.95, precision: 0.97, voice: 0.98, distanced: 0.96},
  // Belarus 2020 told by a fifth set of ten outlets (absent from the four other Belarus folders), gold annotated blind;
  // first pass (README): 0.822 / 0.914 / 1.000 as first annotated, 0.822 / 0.949 / 1.000 on the corrected gold (three
  // «ولاية سادسة», the re-election as a date, made optional by belarus-2020-fourth's rule); grown on (0.944 / 0.988 /
  // 1.000). Its distanced figure is the tool's: «ووصفتها المعارضة … الانتخابات “بالصورية”» read as scare quotes where the
  // gold reads the opposition's quoted word. Left: News Front's "pathetic couple of hundreds", "the United States is
  // intervening in Belarus" (intervening stays the troops' word), Lukashenko's "aggression against Belarus", "The riot
  // police broke his arm" (the riot-police exclusion blocks the span), "we were beaten again"; "peace activists" (the
  // editor's own voice) read as the crowd.
  'belarus-2020-fifth': {recall: 0.94, precision: 0.98, voice: 0.99, distanced: 0.98},
  // Belarus 2020 told by a sixth set of outlets (absent from the five other Belarus folders; six Arabic, three English
  // after Heart of Asia's possible TASS copy was taken out), gold annotated blind; first pass (README): 0.831 / 0.908 /
  // 0.966 on ten texts as first annotated; 0.870 / 0.984 / 0.967 on the nine kept, corrected gold (Youm7's «المسيرة» and
  // Engdahl's two "protests" left out; three optional spans by rules misapplied); grown on (1.000 / 0.986 / 1.000).
  // Left: «الرجال الملثمين» of the interior ministry and the army read as the crowd's masked men.
  'belarus-2020-sixth': {recall: 0.99, precision: 0.98, voice: 0.99, distanced: 0.99},
  // Saudi Arabia 2011–12 (the Eastern Province protests, Qatif and Awamiyah), a fresh Gulf event, gold annotated blind;
  // first pass (README): 0.643 / 0.720 / 0.792 as first annotated, 0.646 / 0.849 / 0.795 on the corrected gold; then grown on
  // (0.920 / 0.945 / 0.808; voice 0.904 once two apostrophes ('') quote as one mark). Left: "criminal actions", "brutal
  // measures", the elders "taken hostage", a verbal "march to demand", «الأجراء» (hired men: also wage workers), «قتل
  // الشباب» and bare «الشهداء» (a security force's fallen are its martyrs too), the arrest that «خلف … موجة من الاحتجاجات»,
  // «صدها»; "exchange of gunfire" read as force. Its voice is the tool's: Al-Alam's «وذكّر المتظاهرون» read as a report,
  // Press TV's "They also condemned" carried to the outlet's own words after it, the SPA statement's later sentences read
  // as the outlet's.
  'saudi-arabia-2011': {recall: 0.91, precision: 0.94, voice: 0.89, distanced: 0.97},
  // Belarus 2010 (the December 2010 election protests in Minsk), a fresh post-Soviet event, gold annotated blind; first
  // pass (README): 0.598 / 0.897 / 0.923 as first annotated, 0.598 / 0.929 / 0.923 on the corrected gold (fraud told in
  // Arabic without the election beside it, the re-election protested, the state line's storming, seizing power, foreign
  // special forces and paymasters, «اضطرابات واسعة النطاق», beatings told with new verbs, missed); then grown on (0.839 /
  // 0.948 / 0.877). Its voice is the tool's: BelTA's quotation with a “coup” in nested marks closes early (the foreign
  // special forces and the paymasters after it read as the outlet's), "urged" inside a quotation read as a report, "after
  // police broke up mass protests against his re-election" governed by "vowed", "كشف … عن" read as a report, "an official
  // read out charges that he organized mass disorder" read as the outlet's. Left: the SB paper's "extensive financing"
  // and "financial and methodological assistance" (no foreign word beside them), bare «اضطرابات واسعة النطاق» (also plain
  // widespread unrest), "criminality", "violating public order" (a charge's name, left out on purpose), "Those beaten",
  // boots "stomping ferociously", «التحرّك», «التجمع», "brave few hundred".
  'belarus-2010': {recall: 0.83, precision: 0.94, voice: 0.87, distanced: 0.97},
  // Oman 2011 (the Sohar protests), a fresh Gulf event, gold annotated blind; first pass (README): 0.861 / 0.890 / 0.952 as
  // first annotated, 0.864 / 0.947 / 0.972 on the corrected gold (destruction of property, the police "confronted" and
  // "defending themselves", the state agency's "wreckers", "trouble makers", smoke bombs, storming the sit-in and beatings
  // missed; "riot" inside "anti-riot" and «القضاء علي الفساد» read as force). Its voice is the tool's: "Sultan Qaboos bin
  // Said" read as a reporting verb, "blamed on security forces since … demonstrations began" read as a report. Grown on
  // (0.976 / 0.992 / 0.975). Left: ‘outsiders' (blamed outsiders are the foreign cause in en.cause.outsiders-stirring),
  // "violent trouble", "peace march"; "to prevent any possible violence" read as the event.
  'oman-2011': {recall: 0.97, precision: 0.99, voice: 0.97, distanced: 0.99},
  // Tunisia 2010–11 (Sidi Bouzid to Ben Ali's flight, Ben Ali's speeches), a fresh event, gold annotated blind; first
  // pass (README): 0.914 / 0.941 / 0.906 as first annotated, 0.914 / 0.970 / 0.906 on the corrected gold (the police's
  // «التصدي» and «دفاع شرعي عن النفس», Ben Ali's «قلة من المناوئين» / "a minority of detractors", parties «تسيرها من
  // الخارج», "foreign television channels" missed; APS's spaced straight quotes, Doualia's ” opening a quotation and
  // the address carried after "Here is the full text of the address:" voiced wrong). Grown on (1.000 / 0.986 / 1.000).
  // Left: "al Qaeda militants" (an armed group, not the crowd) read as a label; distanced 0.971: «وصفهم ب» distances the
  // cause quoted with the label (gold: not), and a ministry's «"عنف وشغب"» inside its reported speech reads as a scare
  // quote.
  'tunisia-2010': {recall: 0.99, precision: 0.98, voice: 0.99, distanced: 0.97},
  // Russia 2011–12 (the Bolotnaya and Sakharov protests after the Duma election), a fresh post-Soviet event, gold annotated
  // blind; first pass (README): 0.664 / 0.962 / 0.867 as first annotated, 0.664 / 0.974 / 0.893 on the corrected gold (the
  // state line's foreign hand — the signal, foreign backing and money, a power "behind" or "encouraging" the protests —
  // fraud and the results protested, «التجمع», «التحرك» missed; «تصدت» and «تظاهرة غير مرخص» read as force and threat).
  // Grown on: the foreign signal, backing and money and the vote that saw fraud (0.814 / 0.979 / 0.913; distanced 0.978:
  // «بدعم» with its own quotation marks read as distancing, and a quoted «"عملية التزوير"» read as quoted, not distanced);
  // then the speaker of an opening «وحسب X فإن» and of a second «…، حسب X» read as the outlet's (voice 0.935), and
  // "dismissed X as Y" read as a label (0.946). Left: Putin's charge with Clinton's name as its subject ("accuses Hillary
  // Clinton of encouraging …", "gave a 'signal'"), «تجمع» / «التحرك» for the rally, the misspelt batons «الهري»; «اتهم …
  // بتدبير المظاهرات» read as the outlet's, relative clauses after "accused" / "blamed" read as reported.
  'russia-2011': {recall: 0.81, precision: 0.97, voice: 0.94, distanced: 0.97},
  // Turkey 2013 (the Gezi Park protests), a fresh event, gold annotated blind; first pass (README): 0.824 / 0.907 / 0.957
  // as first annotated, 0.826 / 0.952 / 0.966 on the corrected gold (the AKP's own rallies left out, two "protests"): the
  // police storming and raiding the square and the park, the park's demolition as the grievance, the premier's plot
  // against the country, its partners abroad, the media and the "interest-rate lobby" blamed, missed; then grown on
  // (1.000 / 0.986 / 0.979). Left: «المحتشدين» beside «المتظاهرين» read as a second actors mention, "a champion of
  // democratic reform" read as the grievance; voice: a speaker with a relative clause between commas before "claims"
  // not found, "as he faces growing protests" after "claims" read as reported; distanced 0.938: single quotes in a headline
  // ("condemns protesters as ‘looters’", "blames ‘foreign conspiracy’", "‘interest-rate lobby’") read as quotation marks
  // where the gold reads scare quotes, «يصف … بـ”…”» in the headline and "what critics call" not read as distancing.
  'turkey-2013': {recall: 0.99, precision: 0.98, voice: 0.97, distanced: 0.93},
  // Moldova 2009 (the "Twitter revolution" of 6-7 April in Chisinau, Voronin's coup charge and Romania blamed), a fresh
  // post-Soviet event, gold annotated blind; first pass (README): 0.658 / 0.962 / 0.907 as first annotated, 0.658 / 0.962
  // / 0.920 on the corrected gold (Romania blamed, the coup told with «القيام ب» / «قلب النظام» / «الاستيلاء على الحكم»,
  // Voronin's fascists, the ministry's «مفتعلي الشغب», the election victory protested missed; "Wrap:" read as a speaker).
  // Grown on: a neighbour blamed and a named state accused of involvement, the coup in more words, the riots' financiers
  // and makers, a handful of fascists, the victory and the results protested, beatings in custody; "Wrap:" a rubric, the
  // rigged-vote label after "as" voiced alone (0.939 / 0.991 / 0.935, distanced 0.972). Left: «لعبت دوراً» with the state
  // named long before, «هؤلاء المستفزين», "well arranged … and paid for", "They killed him"; "poverty-racked" read as a
  // grievance; "blames Romania for riots" and «اتهم رومانيا بالتورّط» read as the outlet's; "what they said were rigged
  // results" (the gold distances it; tests/voice/what-they-called.test.ts keeps "what they said was" unmarked) lends its
  // "said" to the protestors before it.
  'moldova-2009': {recall: 0.93, precision: 0.99, voice: 0.93, distanced: 0.97},
  // Nicaragua 2018 (the protests against the social-security reform, the Mother's Day march, the clearing of Masaya), a
  // fresh event, gold annotated blind; first pass (README): 0.692 / 0.667 / 0.981 as first annotated, 0.700 / 0.727 /
  // 0.964 on the corrected gold (the pension reform as the grievance in both languages, the US-backed factions, the
  // putschist plot, the police's «دفاعا مشروعا», the government's «"مجموعات ضئيلة"», «"إجراميين"» and «"أشخاص لهم أجندات
  // سياسية"», "forcibly detained", "Mother’s Day march" missed). Grown on (0.925 / 0.841 / 0.973; distanced 0.959: the
  // government's three quoted words inside its reported blame are found but not read as distancing). Left: «مُستهدفة …
  // من قبل الولايات المتحدة», "vampires demanding blood", the misspelt "imperalist aggression", "killed by the … Sandinista
  // regime", the mail archive's hard-wrapped "working with the United States to / put in place …" (paragraphs were
  // lines; found since the loader joins wrapped lines: recall 0.938); words inside URLs, the Somoza-era «عملاء واشنطن» and "dictatorship", bare «العنف» read as findings; the
  // newsletter rubric "NicaNotes:" read as a speaker, "calling on … to resign in the latest … protest" read as reported.
  'nicaragua-2018': {recall: 0.93, precision: 0.84, voice: 0.97, distanced: 0.95},
  // Armenia 2008 (the protests after the presidential election of February 2008 and the crackdown of 1 March), gold
  // annotated blind; first pass (README): 0.542 / 0.900 / 0.867 as first annotated, 0.549 / 0.957 / 0.867 on the corrected
  // gold (two spans left out, both optional: a vowed «رداٍ حازما», a bare "violence"; "illegal demonstrations" made the
  // optional threat the set reads it as). Grown on: the disorders named by their people, provokers, the army bringing
  // order, a forcible break-up, a bloody end, the use of force or firepower on the crowd, «بتدبير انقلاب», the vote opposed
  // in more words; a speech withheld reports nothing (0.756 / 0.969 / 0.871). Left: three of its pages are hard-wrapped
  // wire copy (a line is a paragraph, so "mass\ndisorders" and a quotation across lines were lost; since joined by the
  // loader, 0.793 / 0.970 / 0.892; the police statement's quotation, opened and never closed, read as a block quotation
  // over its paragraphs in the sixteenth round, 0.793 / 0.970 / 0.985); the opposition's «محاولة للاستيلاء على السلطة»
  // (the vote as the ruling team's power grab) read as the coup charge; "criminal revolution" read as the protest.
  'armenia-2008': {recall: 0.79, precision: 0.96, voice: 0.98, distanced: 0.99},
  // Algeria 2019 (the Hirak, February–December 2019), a fresh event, gold annotated blind; first pass (README): 0.806 /
  // 0.921 / 0.983 as first annotated, 0.806 / 0.935 / 1.000 on the corrected gold (a rally inside what the army chief
  // "warned against" made reported, "Hirak" before "protesters" added as optional); then grown on (0.944 / 0.944 /
  // 0.985): the ruler's bid for another term, the marches said to be infiltrated, the law enforced firmly, a repressive
  // approach. Left: «الأيادي الخارجيةكما وصفها» (glued to the next word), the army chief's «عناصر خارجية» in the marches
  // read as a label (gold: the foreign cause), "the trail of Israeli-American agents", "decision to stand in the April 18
  // election"; «العصابة» (the old regime's clan, not the crowd) read as a label ×3; «مؤكدا أن" تعليمات …» (an opening
  // mark glued to أن) read as reported, not quoted.
  'algeria-2019': {recall: 0.94, precision: 0.94, voice: 0.98, distanced: 0.99},
  // Russia 2021 (the protests after Navalny's arrest: the rallies of 23 and 31 January), a fresh post-Soviet event, gold
  // annotated blind; first pass (README): 0.854 / 0.916 / 0.987 as first annotated, 0.856 / 0.987 / 0.987 on the corrected
  // gold (activists, the verb "to rally", slogans against the authorities, one "rally" left out of the draft): the state
  // line's «الفعاليات الاحتجاجية», «التجمعات غير المصرح بها», the police «لاعتداءات», the West «تتحمل مسؤولية التحريض», the
  // jailing protested, and the wires' "dragged off", "used force to break up", "detained and beaten", "harsh tactics"
  // missed; "helmeted riot officers" read as a riot. Grown on (0.956 / 1.000 / 0.988). Left: «تجمعات ومظاهرات» and «دعوات
  // إلى التجمع» (each pattern tried gave a false finding elsewhere), «إن الاحتجاجات غير قانونية» (a predicate read as the
  // unlawful-assembly term), "procession"; TASS's "It is noted that" read as a report.
  'russia-2021': {recall: 0.95, precision: 0.99, voice: 0.98, distanced: 0.99},
  // Kyrgyzstan 2010 (the April uprising in Talas and Bishkek, Bakiyev's flight), a fresh event, gold annotated blind;
  // first pass (README): 0.886 / 0.897 / 0.900 as first annotated, 0.887 / 0.934 / 0.930 on the corrected gold (AP's
  // headline "revolt", a demand and "against the president" left out; the Daily Mail's "There were reports tonight …"
  // made reported). Grown on: the police's "special means" (ar, en), fire opened told with النيران, a hike in power
  // prices (0.925 / 0.937 / 0.932). Left: Euronews' headline «الانقلاب» (bare انقلاب stays out), MBC's headline «ثورة في
  // قرغيزستان» (bare ثورة stays out), "The violent uprising" read as the threat, Bakiyev's "armed people"; voice: the
  // outlet citing its own bulletin («ووفقا للتقرير الذي عرضته نشرة … MBC1», «وفقا لما أفادته وکالة … ابنا») and «الواقع
  // على الأرض يؤكد أن» read as reported.
  'kyrgyzstan-2010': {recall: 0.92, precision: 0.93, voice: 0.93, distanced: 1.0},
  // Iran 2017–18 (the protests from Mashhad of 28 December 2017 to early January 2018 and the pro-government rallies of
  // 3–5 January), a fresh event, gold annotated blind; first pass (README): 0.748 / 0.870 / 0.938 as first annotated,
  // 0.752 / 0.943 / 1.000 on the corrected gold (the state line's foreign hand — the enemies blamed, their triangle and
  // tools, the American-Zionist axis, the operations room, foreign media inciting, Saudi money, foreign support for the
  // unrest, riots backed by the US president — the weak economy, attacks on public property and «الآلة القمعية»
  // missed). Grown on (0.890 / 0.951 / 0.990). Left: the US planner and the operations room "of three sides" with the
  // states far from its noun, "linked to the Americans and Zionists", "hatching the plot", Gulf money, "violent melee",
  // "certain elements", "vicious acts", «بقتل قوات الأمن»; "lackeys" after "…, Ayatollah Khamenei added, …" read as the
  // outlet's; «والفوضى» in «مثيري الشغب والفوضى», the CIA as a planner's employer, Alwaght's "fire at the crowd" (rioters
  // firing) and "Over a dozen people were killed" read as findings.
  'iran-2017': {recall: 0.88, precision: 0.95, voice: 0.98, distanced: 0.99},
  // Morocco 2016–17 (the Rif Hirak: Fikri's death, the marches, Zefzafi's arrest, the separatism and foreign-money charges),
  // a fresh event, gold annotated blind; first pass (README): 0.802 / 0.810 / 0.963 as first annotated, 0.802 / 0.900 /
  // 0.963 on the corrected gold (the verbal protest, the Hirak's name, "protest leader" and Fikri's death as the trigger
  // left out of the draft; a term alone in quotation marks distanced): the region's neglect, development and jobs demanded,
  // separatism, the kingdom's unity harmed and money received from abroad missed, the fishmonger "crushed" in a garbage
  // truck read as force. Grown on (0.970 / 0.951 / 0.959, "sit-ins" included). Left: "attempted to disperse", "broke up
  // the gathering" (a bare dispersal, optional elsewhere in the set), "receive aid from outside sources"; "repression" in
  // "against corruption, repression and unemployment" read as force, «سحقا» before a truck cut off by the excerpt, the
  // party name "National Rally of Independents" read as a rally; "vowed to continue protests" and "criticizing the Imam
  // for likening the protests" read as reported, "against “agitators”" read as the outlet's.
  'morocco-2017': {recall: 0.96, precision: 0.95, voice: 0.95, distanced: 0.96},
  // Iran 2009–10 (the Green Movement: the June marches, the sermon, the trials, Ashura, the arrests up to February 2010),
  // a fresh event, gold annotated blind; first pass (README): 0.702 / 0.805 / 0.879 as first annotated, 0.716 / 0.861 /
  // 0.882 on the corrected gold (the state line's foreign hand — enemies targeting the state, hostile and Zionist media,
  // the CIA's hirelings, American interference — the sedition as a movement and its agents, the vote's theft and fraud
  // missed; the Basij read as militias, journalists "reporting from" the streets and "were confirmed dead" read as
  // reports). Grown on (0.884 / 0.966 / 0.929). Left: «خروقات وتزوير فيها», the US-based satellite channel, "leading a
  // psychological war", "openly supported by U.S. President Barack Obama" (groups, not the unrest, as subject), "riots"
  // inside "those who incite riots" (the actors mention is longer), "desecration of Ashura", an attack on students,
  // "beat people", "rigged" after a comma, the US-backed radio station, training in Istanbul and Dubai; «الميليشيا» and
  // «والميليشيات الإسلامية» for the Basij and Khamenei's "dictatorship" read as findings; "portrayed … as" and «صورت …
  // على أنها» neither attributed nor distanced, "a force dubbed" and "were reported before" read as reports.
  'iran-2009': {recall: 0.88, precision: 0.96, voice: 0.92, distanced: 0.95},
  // Syria, Suwayda 2022–24 (the protest of 4 December 2022, the Karama Square protests from 17 August 2023), a fresh
  // event, gold annotated blind; first pass (README): 0.808 / 0.860 / 0.975 as first annotated, 0.808 / 0.899 / 0.975 on
  // the corrected gold (a list item, two activists named as sources and the currency's fall left out as optional): the
  // American blockade and sanctions blamed for the hardship, the regime's bullets, «تفتح النار», "killed by
  // pro-government forces", «بالاقتصاد المتردي», "protests over the living situation" missed, and AFP's «"السويداء 24″»
  // (a double prime closing the site's name) left open over the paragraph. Grown on (0.909 / 0.909 / 1.000). Left: the
  // Western exploitation («استغلال الواقع الاقتصادي», "foreign exploitation"), the "New American Plan" and the "US
  // initiative to partition and weaken Syria", "stifling western unilateral economic sanctions", «غوغائية» (read as the
  // crowd), «فتح رجال الأمن … النار» split by a long subject, "wounding"; «بـ«المرتزقة»» twelve words after «وصفت» not
  // distanced; related links' "ringleader" and "Fighters", "a 1963 coup", "the war on Syria" read as findings.
  'syria-suwayda-2023': {recall: 0.9, precision: 0.9, voice: 0.99, distanced: 0.98},
  // Egypt 2013 (the Rabaa and Nahda sit-ins, their dispersal of 14 August 2013, Ramses Square), a fresh event, gold annotated
  // blind; first pass (README): 0.780 / 0.923 / 0.938 as first annotated, 0.780 / 0.932 / 0.938 on the corrected gold ("He
  // banned future sit-ins" added, optional). Grown on (0.862 / 0.955 / 0.943). Left: the state line's destruction and
  // crimes («الدمار الهائل», «بحرق معالم المنطقة», «بالجرائم»), bare «تجمع» and «قناصة», killings with their agent set off by a
  // comma, "crimes against humanity"; «تمرُّد» (Tamarod's name), «بتعذيب» (the sit-in's torture) and two policemen "shot
  // dead" read as findings; voice: a headline source after its colon (": Brotherhood"), the subject of «وصف» read as
  // reported, HRW's ", which do not justify …" read as what it "was able to confirm".
  'egypt-2013': {recall: 0.86, precision: 0.95, voice: 0.94, distanced: 0.99},
};

interface EventResult {
  event: string;
  heldOut: boolean;
  score: MentionScore;
  articles: {ar: number; en: number};
}

function events(): string[] {
  return readdirSync(DEVSET, {withFileTypes: true})
    .filter((entry) => entry.isDirectory() && existsSync(join(DEVSET, entry.name, 'gold.yaml')))
    .map((entry) => entry.name)
    .sort();
}

function scoreEvent(event: string, analysis: Analysis): EventResult {
  const dir = join(DEVSET, event);
  const sources = analysis.sources.filter((s) => s.file.startsWith(dir + sep));
  const ar = sources.filter((s) => s.language === 'ar').length;
  return {event, heldOut: HELD_OUT.has(event), score: scoreMentions(join(dir, 'gold.yaml'), analysis), articles: {ar, en: sources.length - ar}};
}

/** Recall, precision and voice over several events, from their counts. */
function pooled(results: readonly EventResult[]): {recall: number; precision: number; voice: number; required: number} {
  let required = 0;
  let found = 0;
  let correct = 0;
  let scored = 0;
  let voiceRight = 0;
  for (const {score} of results) {
    required += score.required;
    found += score.found;
    correct += score.found;
    scored += score.found + score.falsePositives.length;
    voiceRight += score.voiceAccuracy * score.found;
  }
  return {recall: found / required, precision: correct / scored, voice: voiceRight / found, required};
}

const f3 = (x: number): string => x.toFixed(3);

function report(results: readonly EventResult[]): string {
  const rows = results.map(({event, heldOut, articles, score}) =>
    [
      (event + (heldOut ? ' (held out)' : '')).padEnd(30),
      `${articles.ar} ar + ${articles.en} en`.padEnd(12),
      String(score.required).padStart(4),
      f3(score.recall),
      f3(score.precision),
      f3(score.voiceAccuracy),
      f3(score.distancedAccuracy),
    ].join('  '),
  );
  const seen = pooled(results.filter((r) => !r.heldOut));
  const unseen = pooled(results.filter((r) => UNSEEN_EVENTS.has(r.event)));
  const known = pooled(results.filter((r) => NEW_OUTLETS.has(r.event)));
  const lines = [
    'event                       articles      gold  recall precision voice  distanced',
    ...rows,
    `pooled, grown-on events: recall ${f3(seen.recall)}, precision ${f3(seen.precision)}, voice ${f3(seen.voice)} (${seen.required} gold)`,
    `pooled, held-out events: recall ${f3(unseen.recall)}, precision ${f3(unseen.precision)}, voice ${f3(unseen.voice)} (${unseen.required} gold)`,
    `pooled, known events, new outlets: recall ${f3(known.recall)}, precision ${f3(known.precision)}, voice ${f3(known.voice)} (${known.required} gold)`,
  ];
  for (const {event, heldOut, score} of results) {
    if (heldOut && !shown(event)) {
      lines.push(`${event}: ${score.misses.length} misses, ${score.falsePositives.length} false positives, ${score.wrongVoice.length} wrong voices (held out: set FRAMELENS_DEVSET_SHOW_HELD_OUT=1, or =${event}, to list them)`);
      continue;
    }
    lines.push(
      `${event} misses:\n  ${score.misses.join('\n  ') || '-'}`,
      `${event} false positives:\n  ${score.falsePositives.join('\n  ') || '-'}`,
      `${event} wrong voice:\n  ${score.wrongVoice.join('\n  ') || '-'}`,
      `${event} wrong distanced:\n  ${score.wrongDistanced.join('\n  ') || '-'}`,
      `${event} negatives reported:\n  ${score.negativesReported.join('\n  ') || '-'}`,
    );
  }
  return lines.join('\n');
}

describe('framing mentions on the development set of thirty-six events (and eighteen folders of known events told by new outlets), scored against their gold', () => {
  let results: EventResult[];
  let analysis: Analysis;
  beforeAll(() => {
    analysis = analyzeCorpus(loadCorpus(events().map((event) => join(DEVSET, event))));
    results = events().map((event) => scoreEvent(event, analysis));
    console.log(report(results));
  }, 60_000);

  it('has every event of the set, with a floor for each', () => {
    expect(events()).toEqual(Object.keys(FLOORS).sort());
    expect(results.filter((r) => r.heldOut).map((r) => r.event)).toEqual([...HELD_OUT].sort());
  });

  it('holds at least 40 articles, at least 15 of them Arabic', () => {
    const ar = results.reduce((n, r) => n + r.articles.ar, 0);
    const en = results.reduce((n, r) => n + r.articles.en, 0);
    expect(ar + en).toBeGreaterThanOrEqual(40);
    expect(ar).toBeGreaterThanOrEqual(15);
  });

  for (const event of Object.keys(FLOORS)) {
    it(`${event}: recall, precision, voice and distanced stay at or above their floors`, () => {
      const {score} = results.find((r) => r.event === event)!;
      const floor = FLOORS[event]!;
      expect(score.recall).toBeGreaterThanOrEqual(floor.recall);
      expect(score.precision).toBeGreaterThanOrEqual(floor.precision);
      expect(score.voiceAccuracy).toBeGreaterThanOrEqual(floor.voice);
      expect(score.distancedAccuracy).toBeGreaterThanOrEqual(floor.distanced);
    });
  }

  it('reports none of the gold negatives (police units) on the events the lexicons were grown on, but for the Georgian night attackers and a law\'s name', () => {
    // RFE/RL's "what they called \"provocateurs\"" are men who attacked the protesters: the lexicon's provocateur
    // label cannot tell which side they are on. Al-Gomhuria's «العملاء الأجانب» is the law's name, a negative for the
    // label; the contested-law entry reads «قانون «العملاء الأجانب»» there as the grievance where the paper only
    // describes the law (measured; any other negative fails this test).
    // The Irish Times' "local militias" in Aden fight the Houthis: the militia label cannot tell which side they are on.
    // Taipei Times' "gang" and "mob" are the white-shirted men who attacked the protesters at Yuen Long: the labels cannot
    // tell which side they are on either. Nicaragua 2018's pro-government armed groups («ميليشيات» the Sandinista power
    // recruited, "masked gunmen", "pro-Sandinista mobs") likewise; its paramilitaries beside the police («ومسلحون شبه
    // عسكريين») and "armed civilian mobs" are excluded by name.
    expect(results.filter((r) => !r.heldOut).flatMap((r) => r.score.negativesReported)).toEqual(['010-rferl-tbilisi "provocateurs"', '003-algomhuria-rustaveli "العملاء الأجانب"', '008-taipeitimes-hk "mob"', '008-taipeitimes-hk "gang"', '005-elaph-masaya "ميليشيات"', '008-aljazeera-mothersday "masked gunmen"', '010-speroforum-masaya "pro-Sandinista mobs"', '009-irishtimes-reuters-yemen "local militias"']);
  });

  it('reports at most four gold negatives on the known events told by new outlets (measured: the Yuen Long mob, "thugs", "gangs", "الغوغاء", "للمهاجمين")', () => {
    expect(results.filter((r) => NEW_OUTLETS.has(r.event)).flatMap((r) => r.score.negativesReported).length).toBeLessThanOrEqual(4);
  });

  it('reports at most two gold negatives on the held-out events (measured: pro-government "gunmen" in Syria, "البلطجية" in Bahrain)', () => {
    expect(results.filter((r) => UNSEEN_EVENTS.has(r.event)).flatMap((r) => r.score.negativesReported).length).toBeLessThanOrEqual(2);
  });

  it('keeps every offset exact', () => {
    for (const m of analysis.mentions) expect(analysis.sources.find((s) => s.id === m.source)!.body.slice(m.start, m.end)).toBe(m.text);
  });

  it('keeps each article\'s file name as its id in the one run (no two events share a file name)', () => {
    for (const source of analysis.sources) expect(source.id).toBe(basename(source.file, '.txt'));
  });
});
