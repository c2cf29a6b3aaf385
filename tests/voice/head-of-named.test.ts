import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * A lower-case subject "the prosecutor general of Tehran" — a determiner, a head of one or two words, "of" or "for"
 * and what it heads — closes the report before its comma also when what it heads is named: capitals (and a
 * possessive) may stand after the joiner, never before it. A name before the comma still makes the phrase its
 * apposition, and a word that opens a clause ("but") still opens a report of its own. Grown on the twenty-third voice
 * probe (tests/fixtures/voice-probe23/), where Tasnim's copy on The Iran Project closed its lead with "the
 * prosecutor general of Tehran said".
 */

describe('"…, the prosecutor general of Tehran said." closes the report before it', () => {
  it('who incited turmoil and forced the bazaar shut is the prosecutor\'s account (The Iran Project, Tasnim, Iran 2018, in the twenty-third probe)', () => {
    // https://www.theiranproject.com/en/news/310321/print/elements-behind-tehran-bazaar-chaos-arrested-prosecutor
    const s =
      'Tasnim– A number of people who incited turmoil in downtown Tehran and forced the closure of the grand bazaar on Monday have been arrested, the prosecutor general of Tehran said.';
    for (const term of ['incited turmoil in downtown Tehran', 'forced the closure of the grand bazaar']) {
      const v = voiceOf(s, term, 'en');
      expect(v.voice, term).toBe('attributed');
      expect(v.speaker, term).toBe('the prosecutor general of Tehran');
    }
  });

});

describe('not after a name, nor a clause of its own; titles read as before', () => {
  it('"…, a lawyer for Navalny’s Anti-Corruption Foundation told Sputnik." still names the lawyer, whose title the capitalised reach already took (Sputnik, Russia 2017, in the twenty-first probe)', () => {
    // https://sputniknews.com/russia/201703261051978174-russia-navalny-protest-detention/
    const s =
      'MOSCOW (Sputnik) – Russian opposition figure Alexey Navalny was detained Sunday in the center of Moscow during an unauthorized protest against corruption, a lawyer for Navalny’s Anti-Corruption Foundation told Sputnik.';
    expect(voiceOf(s, 'was detained Sunday', 'en').speaker).toBe('a lawyer for Navalny’s Anti-Corruption Foundation');
  });
  it('"…, Ahmed al-Hawary, a spokesman for the revolutionary forces said": after a name the phrase is its apposition (Press TV on IRDiplomacy, Libya 2011, in the development set)', () => {
    // http://irdiplomacy.ir/en/news/13691/deadly-nato-raid-hits-libyan-university (libya-2011-new)
    const s = 'At least 15 revolutionaries and more than 100 Gaddafi forces were killed in the fighting in the western city of Zawiya, about 50 km (30 miles) from Tripoli, Ahmed al-Hawary, a spokesman for the revolutionary forces said';
    expect(voiceOf(s, 'revolutionaries', 'en').voice).toBe('outlet');
  });

  it('"…, the head of the Tbilisi Police Patrol told RFE/RL.": a capitalised title still reads as before (RFE/RL, Georgia 2024, in the development set)', () => {
    // https://rferl.org/amp/foreign-agents-law-rubber-bullets-georgia-protests/32931648.html
    const s = 'At least one person was detained near the hotel for allegedly “insulting” police officers, the head of the Tbilisi Police Patrol told RFE/RL.';
    expect(voiceOf(s, 'insulting', 'en').voice).toBe('quoted');
    expect(voiceOf(s, 'detained near the hotel', 'en').speaker).toBe('the head of the Tbilisi Police Patrol');
  });
});
