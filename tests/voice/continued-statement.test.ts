import {describe, expect, it} from 'vitest';
import {namesSameStatement} from '../../src/voice/continued-statement.js';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * A statement carried on over a sentence with no cue of its own: an
 * English sentence between two paraphrased reports that close their
 * sentences, the second naming the same statement back ("…, the release
 * said", "…, he added", "…, the statement said"), is that statement's.
 * The narrator's next sentence is far commoner, so nothing else carries a
 * statement on: not a sentence between two quotations ("“…,” he said. Yet
 * Erdogan defied … . “…,” he said."), not one between reports of two
 * speakers, not an informant's, not one after the last report. Grown on
 * the nineteenth voice probe (tests/fixtures/voice-probe19/), where the
 * Ethiopian News Agency relayed a regional press release over five
 * paragraphs.
 */

describe('a sentence between two reports of one statement is the statement\'s', () => {
  it('the Ethiopian News Agency on the Amhara coup attempt (Ethiopia 2019, in the nineteenth probe)', () => {
    // https://www.ena.et/en/?p=8398
    const s = [
      'Addis  Ababa July 23/2019    Amhara regional government chief administrator, Dr Ambachew Mewkonen and his advisor Ezez Wase were killed in a coup d’état attempt last night, the regional administration said.',
      'The chief administrator and his advisor were attacked in the middle of a meeting with regional high level officials by a group led by General Asaminew Tsige, head of the regional security.',
      'The group has also wounded the attorney general of the regional government, Migbaru Kebede, according to the press release sent to ENA.',
      'The attack, which was carried out yesterday around 5pm, is part of the failed coup d’état attempt.',
      'Most of the individuals who were involved in the attacks are apprehended and the regional special force is working to arrest the remaining perpetrators, the release said.',
    ].join('\n');
    const attacked = voiceOf(s, 'were attacked in the middle of a meeting', 'en');
    expect(attacked.voice).toBe('attributed');
    expect(attacked.speaker).toBe('the press release sent to ENA');
    expect(voiceOf(s, 'a group led by General Asaminew Tsige', 'en').voice).toBe('attributed');
    const failed = voiceOf(s, 'the failed coup d’état attempt', 'en');
    expect(failed.voice).toBe('attributed');
    expect(failed.speaker).toBe('the release');
  });

  it('"…, according to a statement from the office of Prime Minister Abiy Ahmed. In a separate attack … . The two attacks were linked, the statement said" (1News, Ethiopia 2019, in the nineteenth probe)', () => {
    // https://www.tvnz.co.nz/one-news/world/failed-coup-sees-four-shot-dead-in-ethiopia
    const s = [
      "Amhara state president Ambachew Mekonnen and his adviser were shot dead and the state's attorney general was wounded in Amhara's capital of Bahir Dar last night, according to a statement from the office of Prime Minister Abiy Ahmed.",
      "In a separate attack the same night, Ethiopia's army Chief of Staff Seare Mekonnen and another retired general were shot dead in Seare's home in Addis Ababa by his bodyguard. The two attacks were linked, the statement said, without giving details.",
    ].join('\n');
    expect(voiceOf(s, 'In a separate attack', 'en').voice).toBe('attributed');
  });

  it('a quotation the page opened a paragraph early, closed with "…”, he added" (Agenda.ge, Georgia 2024)', () => {
    // https://agenda.ge/en/news/2024/41862
    const s = [
      'You know what the Maidan brought to Ukraine at that time. The war broke out in five days. The country ultimately lost 20 percent of its territories, the Ukrainian economy collapsed, the Maidan scenario cannot be carried out in Georgia”, Kobakhidze noted.',
      'Yesterday, It was not a [protest] rally [...], as soon as the violent groups gathered, they immediately started violence against police [officers]. As for the leaders of the radical opposition, they were there, although they were hiding from cameras so that the sincere protesters would not disperse”, he added.',
    ].join('\n');
    expect(voiceOf(s, 'violent groups', 'en').voice).not.toBe('outlet');
    expect(voiceOf(s, 'violence against police', 'en').voice).not.toBe('outlet');
  });
});

describe('a sentence that opens by adding to a report goes on with it', () => {
  it('"According to the Twitter statement, … . Furthermore, the TLP workers also …" (INCPak, Pakistan 2021, in the nineteenth probe)', () => {
    // https://incpak.com/?p=114495
    const s = [
      'According to the Twitter statement, the workers of the banned religious party TLP attacked the Nawankot Police Station and kidnapped DSP Mohammad Umer Farooq.',
      'Furthermore, the TLP workers also took control of an oil tanker with 50,000 liters of petrol and attacked the policemen and rangers trapped in the police station with petrol bombs.',
    ].join('\n');
    const attacked = voiceOf(s, 'attacked the policemen and rangers', 'en');
    expect(attacked.voice).toBe('attributed');
    expect(attacked.speaker).toBe('the Twitter statement');
  });

  it('"It is noted that … . In addition, the organizers of the protests in Tbilisi receive money from abroad …" (Report.az, TASS, Georgia 2024)', () => {
    // https://report.az/en/amp/region/georgia-s-state-security-service-riots-being-prepared-at-rallies-with-participation-of-ukrainians-in-tbilisi/
    const s = [
      'Riots are being prepared at rallies with the participation of volunteers from Ukraine against the bill on foreign agents in Tbilisi, according to the State Security Service of Georgia, Report informs referring to TASS.',
      'It is noted that the participants in protest rallies are trained by foreign instructors.',
      'In addition, the organizers of the protests in Tbilisi receive money from abroad in the form of cryptocurrency. Their goal is to seize power by force, the intelligence service noted.',
    ].join('\n');
    expect(voiceOf(s, 'receive money from abroad', 'en').voice).toBe('attributed');
  });
});

describe('what does not carry a statement on', () => {
  it('"In addition, …" after an informant\'s report (Babel, Moldova 2023, in the eleventh probe)', () => {
    // https://babel.ua/en/news/91056-the-shor-party-which-is-accused-of-ties-to-the-russian-federation-is-holding-a-mass-protest
    const s =
      'Demonstrators gathered in the city center for the action and blocked the road. For a long time, the police did not allow them to the place of the action, so clashes broke out between law enforcement officers and protesters. Journalists from the scene report that the first arrests have already taken place.\nIn addition, the police blocked a number of buses north of Chisinau, which people used to travel to the protest.';
    expect(voiceOf(s, 'blocked a number of buses', 'en').voice).toBe('outlet');
  });


  it('a sentence between the reports of two speakers (National Post, Venezuela 2019)', () => {
    // https://nationalpost.com/news/world/armed-soldiers-and-venezuelans-are-taking-to-the-streets-after-juan-guaido-called-for-an-uprising
    const s =
      'By early afternoon, dozens of people had been injured by rubber bullets and tear gas, according to officials at local hospitals. An armored vehicle had run into a crowd of Guaidó supporters in Caracas. And a colonel loyal to Maduro had been shot in the neck, though the extent of his injuries was unclear, according to the Venezuela defense minister.';
    expect(voiceOf(s, 'run into a crowd', 'en').voice).toBe('outlet');
  });

  it('the narrator between two quotations of one speaker (World Bulletin, Turkey 2013, in the third probe)', () => {
    // https://worldbulletin.dunyabulteni.net/politics/turkish-pm-president-respond-to-taksim-protests-h110326.html
    const s = '“I am requesting the protestors to immediately end these demonstrations,” he said.\nYet Erdogan defied calls to withdraw police from Taksim. “Police were there, are there and will be there in Taksim,” he said.';
    expect(voiceOf(s, 'defied calls to withdraw police', 'en').voice).toBe('outlet');
  });

  it('the sentence after a statement\'s last report (The Daily Beast, Ethiopia 2019, in the nineteenth probe)', () => {
    // https://www.thedailybeast.com/ethiopian-government-thwarts-coup-military-chief-killed
    const s =
      'A spokesman for the government told the A.P. that the coup attempt was led by a renegade brigadier who had just been pardoned by the prime minister. Several of those involved in the coup have been jailed.';
    expect(voiceOf(s, 'those involved in the coup', 'en').voice).toBe('outlet');
  });

  it('who names the same statement back', () => {
    expect(namesSameStatement('the release', 'the press release sent to ENA')).toBe(true);
    expect(namesSameStatement('he', 'Kobakhidze')).toBe(true);
    expect(namesSameStatement('the intelligence service', 'the State Security Service of Georgia')).toBe(true);
    expect(namesSameStatement('the Venezuela defense minister', 'officials at local hospitals')).toBe(false);
    expect(namesSameStatement('Reuters', 'the regional administration')).toBe(false);
  });
});
