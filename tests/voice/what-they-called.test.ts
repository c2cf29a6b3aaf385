import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * "what he called", "what officials called" and the like are listed
 * distancing markers that name a speaker; the same marker with any speaker
 * of one to three words ("what the organization calls", "what witnesses
 * called", "what critics have called") distances the words right after its
 * verb of naming (call, term, dub, label, brand; "described as"), an
 * article between, as the listed ones do. Grown on the eleventh voice
 * probe (tests/fixtures/voice-probe11/) and the development set's English
 * wrong distancing.
 */

describe('"what <speaker> calls" distances the words it names', () => {
  it('NATO condemns what the organization calls an attack (Earth Press News, Kosovo 2023, in the eleventh probe)', () => {
    // https://earthpressnews.com/at-least-20-nato-soldiers-injured-in-kosovo
    const s = 'Around 25 Kfor soldiers have been injured and NATO condemns what the organization calls an attack.';
    const v = voiceOf(s, 'an attack', 'en');
    expect(v.voice).toBe('attributed');
    expect(v.distanced).toBe(true);
  });

  it('in what witnesses called a "massacre." (The Christian Science Monitor, Libya 2011, in the development set)', () => {
    // https://www.csmonitor.com/World/terrorism-security/2011/0220/Libyan-protesters-return-to-street-after-Saturday-s-massacre
    const s = "Protesters are returning to the streets in Libya's second-largest city of Benghazi Sunday, despite violence the day before that left more than 20 people dead at the hands of government troops in what witnesses called a \"massacre.\"";
    const v = voiceOf(s, 'massacre', 'en');
    expect(v.voice).toBe('quoted');
    expect(v.distanced).toBe(true);
  });

  it('were met with what critics have called “unacceptable state violence” (VICE News, Belarus 2020, in the development set)', () => {
    // https://www.vice.com/en/article/z3egj3/protesters-met-with-state-violence-as-the-last-dictator-in-europe-re-elected
    const s = 'On Sunday, demonstrators in Minsk protested the results of the Belarusian presidential election before they had even been announced – and were met with what critics have called “unacceptable state violence”.';
    const v = voiceOf(s, 'unacceptable state violence', 'en');
    expect(v.voice).toBe('quoted');
    expect(v.distanced).toBe(true);
  });
});

describe('counter-examples: no marker', () => {
  it('to protest what they said was an unexpected pay cut: "said" names no label (Daily Tricks, Papua New Guinea 2024, in the ninth probe)', () => {
    // https://dailytricks.xyz/papua-new-guinea-declares-state-of-emergency-after-riots-looting/
    const s = 'The unrest began on Wednesday after police, defense officers and other public servants appeared to walk off their jobs to protest what they said was an unexpected pay cut.';
    expect(voiceOf(s, 'an unexpected pay cut', 'en').distanced).toBe(false);
  });

  it('allies called the nationwide dawn-to-dusk strike: "called" without "what" (Pravda.ru, Bangladesh)', () => {
    // https://english.pravda.ru/news/world/71356-n
    const s = "The opposition Awami League party and its 13 smaller allies called the nationwide dawn-to-dusk strike.";
    expect(voiceOf(s, 'the nationwide dawn-to-dusk strike', 'en').distanced).toBe(false);
  });

  it('“…” the Syrian Revolution 2011 opposition group said: a speaker named by "said", not a marker (Windows to Russia, after RIA Novosti)', () => {
    // https://news.windowstorussia.com/call-for-general-strike-falls-on-deaf-ears-in-syria.html
    const s = '“Wednesday will be a day of punishment for the regime by the revolutionaries and the people of a free will,” the Syrian Revolution 2011 opposition group said on its website.';
    const v = voiceOf(s, 'a day of punishment for the regime', 'en');
    expect(v.voice).toBe('quoted');
    expect(v.distanced).toBe(false);
  });
});
