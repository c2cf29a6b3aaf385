import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * A short quotation whose opening mark follows a colon ("chanting:
 * “Civil war, now!”", 'تحمل عبارات مثل: "جيلنا ما يسكتش"') is words someone
 * says, set out as such — a chant, a slogan, a line — not the outlet's
 * scare quote, even when no verb of saying the cues know governs it. A
 * short quotation with no colon before it and nobody quoted stays a scare
 * quote. Grown on the fifth voice probe (tests/fixtures/voice-probe5/).
 */

describe('a short quotation after a colon is someone\'s words', () => {
  it('تحمل عبارات مثل: "جيلنا ما يسكتش" (Vetogate, in the fifth probe)', () => {
    const s = 'ومنتصف سبتمبر 2025، بدأت حسابات شبابية في المغرب على منصّتَي تيك توك وإنستغرام نشر مقاطع قصيرة تحمل عبارات مثل: "جيلنا ما يسكتش"، مرفقة بصور مولَّدة بالذكاء الاصطناعي تُظهر جموعًا من الشباب يرفعون لافتات رقمية.';
    const v = voiceOf(s, 'جيلنا ما يسكتش');
    expect(v.voice).toBe('quoted');
    expect(v.distanced).toBe(false);
  });

  it('"chanting: “Civil war, now!”" (Sun, AP copy, in the fourth probe)', () => {
    const s = 'Angry demonstrators and relatives of the victims gathered at the site of the shootings, chanting: “Civil war, now!”';
    expect(voiceOf(s, 'Civil war, now!', 'en').voice).toBe('quoted');
  });

  it('"chanting: “Revolution!” and “Thieves!”" (Taipei Times, AP copy, Lebanon 2019)', () => {
    const s = 'People gathered near the government headquarters and parliament building where riot police were deployed, chanting: “Revolution!” and “Thieves!” — the latter a reference to widespread corruption in a country that has one of the highest debt loads in the world.';
    expect(voiceOf(s, 'Revolution', 'en').voice).toBe('quoted');
  });
});

describe('without the colon, a short quotation nobody says is still a scare quote', () => {
  it('"Another “color revolution,” orchestrated from overseas, is sweeping Tbilisi." (Geofor, Georgia 2024)', () => {
    const v = voiceOf('Another "color revolution," orchestrated from overseas, is sweeping Tbilisi.', 'color revolution', 'en');
    expect(v.voice).toBe('outlet');
    expect(v.distanced).toBe(true);
  });
});
