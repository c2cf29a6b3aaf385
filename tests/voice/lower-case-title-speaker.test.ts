import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * Wire copy names an official who closes a sentence with a lower-case title
 * before the name ("…, youth minister Mohamed Orman Bangura said.", "…,
 * police inspector general William Fayia Sellu told Reuters."). A title of
 * up to three lower-case words before a name of two or more capitalised
 * words still reaches back to the comma that ends the reported clause, as a
 * capitalised title did. Not when a word that opens a clause or a
 * preposition stands in it. Grown on the fifteenth voice probe
 * (tests/fixtures/voice-probe15/), where the report was left to the outlet
 * and a quoted word in it read as a scare quote.
 */

describe('a lower-case title and a name close the report', () => {
  it('"…, youth minister Mohamed Orman Bangura said." (FBC News, Sierra Leone 2022, in the fifteenth probe)', () => {
    // https://www.fbcnews.com.fj/world/at-least-21-protesters-killed-during-anti-government-protests-in-sierra-leone/
    const s = 'The officers, six men and two women were “brutalized” and killed in the area where the protests were held on Wednesday, youth minister Mohamed Orman Bangura said.';
    const killed = voiceOf(s, 'killed in the area where the protests were held', 'en');
    expect(killed.voice).toBe('attributed');
    expect(killed.speaker).toBe('youth minister Mohamed Orman Bangura');
    const brutalized = voiceOf(s, 'brutalized', 'en');
    expect(brutalized.voice).toBe('quoted');
    expect(brutalized.distanced).toBe(false);
  });

  it('"…, police inspector general William Fayia Sellu told Reuters." (Devdiscourse, Sierra Leone 2022, in the fifteenth probe)', () => {
    // https://www.devdiscourse.com/article/law-order/2140715-six-police-officers-killed-in-sierra-leone-protests
    const s = 'Two officers were killed in the capital, Freetown, three in the northern town of Kamakwie and one in the northern city of Makeni, police inspector general William Fayia Sellu told Reuters.';
    const v = voiceOf(s, 'Two officers were killed', 'en');
    expect(v.voice).toBe('attributed');
    expect(v.speaker).toBe('police inspector general William Fayia Sellu');
  });

  it('"…, the head of the Tbilisi Police Patrol told RFE/RL." (RFE/RL, Georgia 2024, in the development set)', () => {
    // https://rferl.org/amp/foreign-agents-law-rubber-bullets-georgia-protests/32931648.html
    const s = 'At least one person was detained near the hotel for allegedly “insulting” police officers, the head of the Tbilisi Police Patrol told RFE/RL.';
    const v = voiceOf(s, 'was detained near the hotel', 'en');
    expect(v.voice).toBe('attributed');
    expect(v.speaker).toBe('the head of the Tbilisi Police Patrol');
  });
});

describe('where no lower-case title closes the sentence, nothing changes', () => {
  it('"…, while the Internal Security Forces said in a tweet 60 police suffered injuries." (Civil Society Centre, Lebanon 2019, in the development set)', () => {
    // https://civilsociety-centre.org/collective/protests-erupt-nation-wide-over-new-taxes
    const s = 'The Red Cross said it rushed 22 people to hospitals and treated 70 on the scene, while the Internal Security Forces said in a tweet 60 police suffered injuries.';
    const v = voiceOf(s, 'treated 70 on the scene', 'en');
    expect(v.speaker).toBe('The Red Cross');
  });

  it('"…, protesting inflation and the rising cost of living in the West African country." (FBC News, Sierra Leone 2022): no report, the outlet\'s', () => {
    // https://www.fbcnews.com.fj/world/at-least-21-protesters-killed-during-anti-government-protests-in-sierra-leone/
    const s = 'Hundreds of protesters took to the streets of the capital Freetown on Wednesday, protesting inflation and the rising cost of living in the West African country.';
    expect(voiceOf(s, 'Hundreds of protesters took to the streets', 'en').voice).toBe('outlet');
  });
});
