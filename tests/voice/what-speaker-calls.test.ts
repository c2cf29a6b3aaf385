import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * "what" (those, whom), a speaker of one to four words and a verb of naming in any form ("calls", "called",
 * "termed"), a few words before a short quotation in the same clause, give the quoted label to that speaker, set off:
 * 'rallied against what authoritarian President Alyaksandr Lukashenka calls a tax on "social parasites."'. The listed
 * markers ("what he called") already did so within ten words; any speaker and the present tense now do too. Not
 * "what he called for" (an appeal), and not across a clause's end. Grown on tests/fixtures/voice-probe28.
 */

/** RFE/RL, http://www.rferl.org/a/28378700.html (voice-probe28). */
const RFERL = 'Viktar Marchyk, a politician with the opposition Belarusian Popular Front (BPF), was detained in the western city of Slonim, where several hundred protesters rallied against what authoritarian President Alyaksandr Lukashenka calls a tax on "social parasites."';

/** Miami Herald via Yahoo News, https://news.yahoo.com/feelings-dissatisfaction-cuba-leader-blames-152839889.html (voice-probe2): a listed marker, unchanged. */
const LISTED = "The Cuban leader said the U.S. and what he called members of the “Cuban mafia in Miami” were deploying the same tools of “non-conventional war” that they used against the Nicolas Maduro’s regime in Venezuela, especially the “manipulation of feelings” through social media. He mentioned that Maduro called him Sunday to express his “solidarity.”";

/** Counter-example: Euroradio, https://euro.radio.fm/en/protest-against-social-parasites-tax-minsk-pictures (voice-probe28): no "what" clause, the tax's name in marks. */
const EURORADIO = "On March 15, an unathorized rally took place in Minsk to express protest against Decree No 3 also known as the 'social parasites tax.' Nearly 2500 people participated.";

describe('"what X calls" a few words before a quotation sets it off as X\'s label', () => {
  it('the president\'s "social parasites" (RFE/RL)', () => {
    const v = voiceOf(RFERL, 'social parasites', 'en');
    expect(v.voice).toBe('quoted');
    expect(v.distanced).toBe(true);
  });

  it('a listed marker still sets its label off', () => {
    expect(voiceOf(LISTED, 'Cuban mafia in Miami', 'en').distanced).toBe(true);
  });

  it('no "what" clause: the name in marks is not set off', () => {
    expect(voiceOf(EURORADIO, 'social parasites tax', 'en').distanced).toBe(false);
  });
});
