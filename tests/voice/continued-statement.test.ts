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

describe('what does not carry a statement on', () => {
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
