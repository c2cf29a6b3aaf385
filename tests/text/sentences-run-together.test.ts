import {describe, expect, it} from 'vitest';
import {splitSentences} from '../../src/text/sentences.js';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * Pages copied from the web often lose the space after a full stop
 * ("… two police officers.According to the TV channel, …"). A sentence that
 * runs into the next hides a report's start, and its cue is then read as
 * the middle of the sentence before.
 */

const sentencesOf = (text: string): string[] =>
  splitSentences(text, [{start: 0, end: text.length, language: 'en'}]).map((s) => text.slice(s.start, s.end));

// https://sputniknews.com/20220218/canada-key-freedom-convoy-protest-organiser-arrested-in-ottawa---media-1093131898.html (Sputnik, Canada 2022)
const SPUTNIK =
  'Ottawa police have detained one of the key organisers of the Freedom Convoy anti-COVID protests, Chris Barber, according to the CBC.Barber was seen not far from Parliament Hill in handcuffs with two police officers.According to the TV channel, the detainee is in the police station, it is expected that he will face criminal charges. Barber and two others, Tamara Lich and Benjamin Dichter, are the main organisers of the demonstrations in a class-action lawsuit that was previously filed in the Superior Court of Ontario over the noise from car horns flooding downtown Ottawa.According to CTV, in addition to Barber, the police detained several other protesters.The wave of protests across Canada began in mid-January';

describe('splitSentences: a stop with no space after it, between two words', () => {
  it('ends the sentence before a capitalised word, after a word or an acronym', () => {
    expect(sentencesOf(SPUTNIK)).toEqual([
      'Ottawa police have detained one of the key organisers of the Freedom Convoy anti-COVID protests, Chris Barber, according to the CBC.',
      'Barber was seen not far from Parliament Hill in handcuffs with two police officers.',
      'According to the TV channel, the detainee is in the police station, it is expected that he will face criminal charges.',
      'Barber and two others, Tamara Lich and Benjamin Dichter, are the main organisers of the demonstrations in a class-action lawsuit that was previously filed in the Superior Court of Ontario over the noise from car horns flooding downtown Ottawa.',
      'According to CTV, in addition to Barber, the police detained several other protesters.',
      'The wave of protests across Canada began in mid-January',
    ]);
  });

  it('ends it after a quotation that closes at the stop, too', () => {
    // https://www.sott.net/article/418447-Hong-Kong-The-world-is-watching-as-another-US-made-color-revolution-unfolds (RT via SOTT)
    const text = 'none of which has stopped the chorus of US media from calling the protesters "pro-democracy."There is even nationalism, albeit of a xeno variety: some protesters have brandished flags of Hong Kong\'s former colonial master, the UK.';
    expect(sentencesOf(text)).toHaveLength(2);
    // "calling" labels the protesters of its own sentence only: the next sentence's protesters are the outlet's word.
    expect(voiceOf(text, 'protesters', 'en', 1).voice).toBe('outlet');
  });

  it('ends it after a closing quotation mark before the stop, in Arabic too', () => {
    // https://ksa.ksa2day.com/Home/NewsDetails3?CityID=69&NewsID=14326411 (Colombia 2019)
    const ar = 'حيث أصيب ثلاثة ضباط شرطة على الأقل ومتظاهر واحد بجروح في تلك الاشتباكات ، وفق ما ذكرته قناة "سيتي تي في" ومحطة إذاعة "آر سي إن".وتم إغلاق الطرق وتعطلت حركة الحافلات في بعض المناطق';
    expect(splitSentences(ar, [{start: 0, end: ar.length, language: 'ar'}]).map((s) => ar.slice(s.start, s.end))).toEqual([
      'حيث أصيب ثلاثة ضباط شرطة على الأقل ومتظاهر واحد بجروح في تلك الاشتباكات ، وفق ما ذكرته قناة "سيتي تي في" ومحطة إذاعة "آر سي إن".',
      'وتم إغلاق الطرق وتعطلت حركة الحافلات في بعض المناطق',
    ]);
  });

  it('keeps a site\'s domain, a file name and titles inside their sentence', () => {
    // https://news.az/news/turkey-marks-first-anniversary-of-failed-july-15-coup-attempt (News.Az, APA copy)
    expect(sentencesOf('Turkish President Recep Tayyip Erdogan told News.Az that the putschists failed.')).toHaveLength(1);
    expect(sentencesOf('Lenta.Ru reported it first, and Mr.Smith of St.Petersburg and Gen.Milley agreed.')).toHaveLength(1);
    expect(sentencesOf('see www.example.com/er-police-intervention.Bk6D165TA.html for more')).toHaveLength(1);
    expect(sentencesOf('the U.S.Army said')).toHaveLength(1);
  });

  it('keeps a report that follows a run-together stop from reaching back over the sentence before', () => {
    // "…with two police officers.According to the TV channel, …": the handcuffs are the outlet's narrative, and so is
    // the lawsuit's noise of car horns before "Ottawa.According to CTV, …".
    expect(voiceOf(SPUTNIK, 'in handcuffs with two police officers', 'en').voice).toBe('outlet');
    expect(voiceOf(SPUTNIK, 'the noise from car horns flooding downtown Ottawa', 'en').voice).toBe('outlet');
    expect(voiceOf(SPUTNIK, 'the police detained several other protesters', 'en').voice).toBe('attributed');
  });
});
