import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * A verb of saying in the perfect closing its sentence ("…, the country's
 * premier has announced.", "…, police have said.") closes a report as the
 * simple past does: the auxiliary is no word of the speaker, so it neither
 * uses up the few words a speaker may take before the verb nor stays in
 * the speaker's name. A perfect that opens a report ("Lai Mohammed, has
 * warned that …") or names a thing ("has declared a night curfew …")
 * is read as before. Grown on the nineteenth voice probe
 * (tests/fixtures/voice-probe19/), where Anadolu's copy on Yeni Şafak
 * closed its lead with "the country's premier has announced".
 */

describe('a perfect verb of saying closing its sentence', () => {
  it('"… has been "attacked" by mercenaries, the country\'s premier has announced." (Yeni Şafak, Anadolu, Ethiopia 2019, in the nineteenth probe)', () => {
    // https://www.yenisafak.com/en/news/ethiopian-defense-forces-chief-of-staff-attacked-3495198
    const s = 'Ethiopian Defense Forces Chief of Staff General Sea\'re Mekonnen has been "attacked" by mercenaries, the country\'s premier has announced.';
    const mercenaries = voiceOf(s, 'mercenaries', 'en');
    expect(mercenaries.voice).toBe('attributed');
    expect(mercenaries.speaker).toBe("the country's premier");
    expect(voiceOf(s, 'attacked', 'en').voice).toBe('quoted');
  });

  it('"…, police have said." names the police, not "police have" (acoten, Solomon Islands 2021, in the ninth probe)', () => {
    // http://acoten.com/solomon-islands-chinatown-riots-lead-to-three-burned-bodies/
    const s = 'Three charred bodies have been found in a village in Solomon Islands’ Chinatown area after weeks of unrest and violence, police have said.';
    expect(voiceOf(s, 'Three charred bodies', 'en').speaker).toBe('police');
  });
});

describe('a perfect that opens a report or names a thing', () => {
  it('"Minister of Information and Culture, Lai Mohammed, has warned that …" reports what follows (AJC, AP, Nigeria 2020)', () => {
    // https://www.ajc.com/news/nation-world/nigerias-anti-police-protesters-storm-prison-free-inmates/WW3QNM6XFBF4JIQOO7NFMT4WLI/
    const s = 'Minister of Information and Culture, Lai Mohammed, has warned that the government will not fold its arms and allow the country to descend into anarchy.';
    expect(voiceOf(s, 'descend into anarchy', 'en').voice).toBe('attributed');
    expect(voiceOf(s, 'Minister of Information and Culture', 'en').voice).toBe('outlet');
  });

  it('"Tunisia’s government has declared a night curfew across the country after protests persisted" (CGTN Africa, Tunisia 2016)', () => {
    // https://africa.cgtn.com/2016/01/22/tunisia-imposes-curfew-after-protests-persist/
    const s = 'Tunisia’s government has declared a night curfew across the country after protests persisted, with the demonstrators demanding to get employment.';
    expect(voiceOf(s, 'protests persisted', 'en').voice).toBe('outlet');
  });
});
