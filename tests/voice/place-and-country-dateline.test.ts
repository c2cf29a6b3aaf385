import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * A line that opens with a town and its country before a colon ("VIDEO |
 * Kathmandu, Nepal: Protesters vandalise …") is a dateline in mixed case —
 * where the item happened — not a "Speaker: claim" headline, as a dateline
 * in capitals ("KHARTOUM:") or a country alone ("Burundi: …") is not. A
 * rubric and a bar may stand before it. An office before the comma
 * ("Interior Minister, Kenya:") still names a speaker. Grown on the
 * fifteenth voice probe (tests/fixtures/voice-probe15/), where the place
 * was taken for the speaker.
 */

describe('a town and its country before a colon are a dateline', () => {
  it('"VIDEO | Kathmandu, Nepal: Protesters vandalise …" (LatestLY, Nepal 2025, in the fifteenth probe)', () => {
    // https://www.latestly.com/socially/world/nepal-gen-z-protest-demonstrators-torch-nepali-congress-office-in-kathmandu-video-surfaces-7101606.html
    const s = "Protesters Torch Congress Party Office in Kathmandu\nVIDEO | Kathmandu, Nepal: Protesters vandalise and put the ruling Nepali Congress party's office on fire.";
    const v = voiceOf(s, "Protesters vandalise and put the ruling Nepali Congress party's office on fire", 'en');
    expect(v.voice).toBe('outlet');
    expect(v.speaker).toBeNull();
  });
});

describe('a speaker before a colon still speaks', () => {
  it('"Erdogan: Coup Failed" (Lragir.am, Turkey 2016, in the fourth probe)', () => {
    // http://www.lragir.am/index/eng/0/politics/view/36012
    const v = voiceOf('Erdogan: Coup Failed', 'Coup Failed', 'en');
    expect(v.voice).toBe('attributed');
    expect(v.speaker).toBe('Erdogan');
  });

  it('"Hutch Hendesa: Ethiopian activist and singer killed in mass protests": a name, not a town and a country (Short Article, Ethiopia 2020, in the ninth probe)', () => {
    // https://www.shortarticle.co/2020/07/hutch-hendesa-ethiopian-activist-and.html
    const v = voiceOf('Hutch Hendesa: Ethiopian activist and singer killed in mass protests', 'singer killed in mass protests', 'en');
    expect(v.speaker).toBe('Hutch Hendesa');
  });
});
