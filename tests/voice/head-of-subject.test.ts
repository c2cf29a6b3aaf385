import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * A lower-case subject "the head of the regional government" — a determiner, a head of one or two words, "of" or
 * "for" and what it heads — before a verb closing its sentence is the speaker after the comma that ends the reported
 * clause, though it runs past the four words a plain subject may ("…, the head of the regional government said on
 * Monday."). A subject with a capital (a name, "the Tbilisi Police Patrol") is left to the titled-subject reach, and
 * one after a name and its comma ("…, Ahmed al-Hawary, a spokesman for …") is that name's apposition.
 * Grown on tests/fixtures/voice-probe21 (China.org.cn on the Lhasa riot).
 */

describe('"…, the head of the regional government said" closes the report before it', () => {
  it('the riot and what it did are the chairman\'s account (China.org.cn)', () => {
    // http://www.china.org.cn/china/local/2008-03/17/content_12834713.htm (voice-probe21)
    const s = 'The riot in Lhasa last Friday caused heavy losses of life and property, and seriously disturbed social order, the head of the regional government said on Monday.';
    for (const term of ['The riot in Lhasa', 'seriously disturbed social order']) {
      const v = voiceOf(s, term, 'en');
      expect(v.voice, term).toBe('attributed');
      expect(v.speaker, term).toBe('the head of the regional government');
    }
  });

  it('a short "the head of police" still closes it (Devdiscourse, in the fifteenth probe)', () => {
    // https://www.devdiscourse.com/article/law-order/2140715-six-police-officers-killed-in-sierra-leone-protests
    const s = 'Six police officers were killed in anti-government protests in northern and western Sierra Leone on Wednesday, the head of police said on Thursday.';
    expect(voiceOf(s, 'anti-government protests', 'en').speaker).toBe('the head of police');
  });
});

describe('not a subject with a capital or a clause of its own', () => {
  it('"…, the head of the Tbilisi Police Patrol told RFE/RL.": the quoted word stays the quotation\'s (RFE/RL, Georgia 2024, in the development set)', () => {
    // https://rferl.org/amp/foreign-agents-law-rubber-bullets-georgia-protests/32931648.html
    const s = 'At least one person was detained near the hotel for allegedly “insulting” police officers, the head of the Tbilisi Police Patrol told RFE/RL.';
    expect(voiceOf(s, 'insulting', 'en').voice).toBe('quoted');
  });

  it('"…, Ahmed al-Hawary, a spokesman for the revolutionary forces said": after a name the phrase is its apposition, and the clause before stays as the development set\'s gold reads it (Press TV on IRDiplomacy, Libya 2011)', () => {
    // http://irdiplomacy.ir/en/news/13691/deadly-nato-raid-hits-libyan-university (libya-2011-new)
    const s = 'At least 15 revolutionaries and more than 100 Gaddafi forces were killed in the fighting in the western city of Zawiya, about 50 km (30 miles) from Tripoli, Ahmed al-Hawary, a spokesman for the revolutionary forces said';
    expect(voiceOf(s, 'revolutionaries', 'en').voice).toBe('outlet');
  });

  it('"Reuters reported six dead, but the ministry said only two died.": "but" opens the ministry\'s own report (Gulf News, Oman 2011, in the development set)', () => {
    // http://gulfnews.com/news/gulf/oman/one-more-dead-as-looting-continues-in-sohar-1.769264
    const s = 'Reuters reported six dead, but the ministry said only two died.';
    expect(voiceOf(s, 'six dead', 'en').speaker).toBe('Reuters');
  });
});
