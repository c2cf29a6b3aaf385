import {describe, expect, it} from 'vitest';
import {carriedText} from '../../src/voice/carried-text.js';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * A government's or an office's release that opens "Following are the opening remarks by …" or "The following is a
 * near-verbatim transcript of … by …" carries the speaker's words whole after that line, as "Here is the full text of
 * the address:" does (carried-text.test.ts): the paragraphs after it are attributed, though no verb governs each
 * sentence. The line may be long (the speaker, the office, the occasion) and end with a full stop as well as a colon.
 * Grown on tests/fixtures/voice-probe21 (the Hong Kong police's opening remarks of 19 October 2014).
 */

/** info.gov.hk, http://www.info.gov.hk/gia/general/201410/19/P201410190867_print.htm (voice-probe21). */
const REMARKS_19_OCTOBER = [
  'Opening remarks by Police Chief Superintendent at press conference',
  'Following are the opening remarks by the Chief Superintendent of Police Public Relations Branch, Mr Hui Chun-tak, at the press conference today (October 19).',
  'First of all, I will talk about the confrontations that took place in Mong Kok earlier this morning. At about mid-night, people illegally occupying Nathan Road near Argyle Street suddenly pulled away the mill barriers there and charged the Police cordon, trying to occupy the road junction. Repeated warnings were issued to the radical protesters to stop charging the Police cordon. However, they were all ignored.',
  'To prevent worsening of the situation and harm to members of the public, onlookers and Police officers, Police took decisive actions to push back the protesters with pepper spray and baton. After resetting the mill barriers, Police retreated to the cordon line without taking any clearance action.',
].join('\n');

/** info.gov.hk, https://hanweb.kanhan.com/TuniS/www.info.gov.hk/gia/general/201411/06/P201411060978_print.htm (the remarks of 6 November 2014). */
const REMARKS_6_NOVEMBER = [
  'Following are the opening remarks by the Chief Superintendent of Police Public Relations Branch, Mr Hui Chun-tak, at the press conference today (November 6):',
  'First of all, I would like to talk about a few incidents on Hong Kong Island which took place between the previous evening to this early morning. Protestors wearing masks took part in processions in Causeway Bay, Admiralty and Central areas and even dashed out onto the roads.',
  'In this early morning, more than a hundred masked protestors gathered on Lung Wo Road, Admiralty. During the incident, about 20 protestors dashed onto the eastbound carriageway and intercepted the moving vehicles there.',
].join('\n');

/** United Nations, https://www.un.org/press/en/2008/db081212.doc.htm (the noon briefing of 12 December 2008). */
const NOON_BRIEFING = [
  'Spokesperson\'s Noon Briefing',
  'The following is a near-verbatim transcript of today’s noon briefing by Farhan Haq, Associate Spokesperson for the Secretary-General.',
  'Good afternoon.',
  'We expect to have some time later in the briefing Serge Brammertz, the Prosecutor of the International Criminal Tribunal for the Former Yugoslavia, and Hassan Jallow, Prosecutor of the International Criminal Tribunal for Rwanda.',
].join('\n');

/** Counter-example: HXEN (Xinhua copy), http://hxen.net/englishnews/world/2009-06-16/79487.html (voice-probe21). */
const FOLLOWING_THE_PROTESTS = [
  'Following the violent protests against the alleged "fraud" results of the country\'s presidential elections in the past two days, the backers of Mousavi were "staging a calm and peaceful demonstration," the local satellite Press TV reporter said.',
  'Mehdi Karroubi, another defeated candidate, also defiant to the announcements released by both the Interior Ministry and the Police Chief, were seen along with Mousavi to join the mass rally that has been declared "illegal" by authorities, the report by Press TV said.',
].join('\n');

/** Counter-example: Reuters, https://www.reuters.com/article/us-mideast-protests/factbox-protests-in-middle-east-north-africa-idUSTRE72U4XB20110331 (a factbox's own lead). */
const FACTBOX = [
  '(Reuters) - Here are details of some of the rebellions, protests and rallies against authoritarian leaders in the Middle East and North Africa.',
  '— Libyan rebels retreated from the superior firepower and tactics of Muammar Gaddafi’s troops on Wednesday, highlighting their weakness without Western air strikes to tip the scales in their favor.',
].join('\n');

/** Paragraphs of a text whose lines are English paragraphs. */
function paragraphs(text: string) {
  let at = 0;
  return text.split('\n').map((line) => {
    const p = {start: at, end: at + line.length, language: 'en' as const};
    at += line.length + 1;
    return p;
  });
}

describe('the words after "Following are the remarks by …" are the speaker\'s', () => {
  it('the police\'s remarks of 19 October after a line ending with a full stop (info.gov.hk)', () => {
    const carried = carriedText(REMARKS_19_OCTOBER, paragraphs(REMARKS_19_OCTOBER));
    expect(carried?.start).toBe(REMARKS_19_OCTOBER.indexOf('First of all'));
    for (const term of ['the confrontations', 'people illegally occupying Nathan Road', 'the radical protesters', 'push back the protesters']) {
      expect(voiceOf(REMARKS_19_OCTOBER, term, 'en').voice, term).toBe('attributed');
    }
  });

  it('the remarks of 6 November after a long line ending with a colon (info.gov.hk)', () => {
    expect(carriedText(REMARKS_6_NOVEMBER, paragraphs(REMARKS_6_NOVEMBER))?.start).toBe(REMARKS_6_NOVEMBER.indexOf('First of all'));
    expect(voiceOf(REMARKS_6_NOVEMBER, 'masked protestors', 'en').voice).toBe('attributed');
  });

  it('a transcript announced by "The following is a near-verbatim transcript of …" (United Nations)', () => {
    expect(carriedText(NOON_BRIEFING, paragraphs(NOON_BRIEFING))?.start).toBe(NOON_BRIEFING.indexOf('Good afternoon.'));
  });

  it('not "Following the violent protests …, …" (no "is / are"): the report after it stays as its own cues make it', () => {
    expect(carriedText(FOLLOWING_THE_PROTESTS, paragraphs(FOLLOWING_THE_PROTESTS))).toBeNull();
    expect(voiceOf(FOLLOWING_THE_PROTESTS, 'Mehdi Karroubi', 'en').voice).toBe('attributed');
  });

  it('not a factbox\'s own lead ("Here are details of …"): what follows is the outlet\'s', () => {
    expect(carriedText(FACTBOX, paragraphs(FACTBOX))).toBeNull();
    expect(voiceOf(FACTBOX, 'Libyan rebels retreated', 'en').voice).toBe('outlet');
  });
});
