import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * "Oman's ruler, Sultan Qaboos bin Said, replaced six Cabinet members": a
 * capitalised Said after bin, ibn, Abu or Al ends an Arabic name; it is not
 * "said" closing the words before it as a report. Seen in the Oman 2011
 * development folder, where "The protests in Sohar … prompted Oman's leader,
 * Sultan Qaboos bin Said, to introduce …" gave the protests to the sultan.
 */

describe('Said in a name is no report', () => {
  it('The protests in Sohar … prompted Oman\'s leader, Sultan Qaboos bin Said, to introduce … (Al Jazeera English, Oman 2011)', () => {
    // https://www.aljazeera.com/news/middleeast/2011/02/2011227112850852905.html (tests/fixtures/devset/oman-2011)
    const s = "The protests in Sohar, 200km northwest of Muscat, prompted Oman's leader, Sultan Qaboos bin Said, to introduce swift appeasing measures - giving orders for the provision of 50,000 jobs.";
    expect(voiceOf(s, 'protests', 'en').voice).toBe('outlet');
  });

  it('Wary of the unrest rippling across the region, Oman‘s ruler, Sultan Qaboos bin Said, replaced six Cabinet members … (AP via The Washington Times)', () => {
    // https://www.washingtontimes.com/news/2011/feb/27/protesters-clash-police-oman-1-killed/
    const s = 'Wary of the unrest rippling across the region, Oman‘s ruler, Sultan Qaboos bin Said, replaced six Cabinet members on Saturday in a bid to defuse tensions in the country.';
    expect(voiceOf(s, 'unrest', 'en').voice).toBe('outlet');
  });
});

describe('counter-examples: "said" after a speaker still reports', () => {
  it("Oman's state-run news agency said protesters set fire to cars, houses, a police station and the governor's residence. (The Guardian)", () => {
    // https://www.theguardian.com/world/2011/feb/27/middle-east-protests-oman-bahrain
    const s = "Oman's state-run news agency said protesters set fire to cars, houses, a police station and the governor's residence.";
    expect(voiceOf(s, 'protesters', 'en').voice).toBe('attributed');
  });

  it('Omani security forces fired tear gas and rubber bullets at protesters …, police officials said. (AP via The Washington Times)', () => {
    // https://www.washingtontimes.com/news/2011/feb/27/protesters-clash-police-oman-1-killed/
    const s = 'Omani security forces fired tear gas and rubber bullets at protesters demanding political reforms on Sunday, killing at least one person in the strategic Gulf country, police officials said.';
    expect(voiceOf(s, 'protesters', 'en').voice).toBe('attributed');
  });
});
