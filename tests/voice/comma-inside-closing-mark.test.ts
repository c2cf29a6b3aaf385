import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * English puts a comma or a full stop inside the closing quotation mark
 * ('said police were “showing restraint,” while warning …'). A report that
 * ends at that comma still holds the quotation: what must lie inside the
 * report is the quotation's words, not its punctuation and closing mark.
 * Before, such a short quotation was read as nobody's (the outlet's scare
 * quote), and a longer one lost its speaker ('“…,” the White House said').
 * Grown on the fifth voice probe (tests/fixtures/voice-probe5/).
 */

describe('a quotation whose comma stands inside the closing mark is the speaker\'s', () => {
  it('"Vucic said police were “showing restraint,” while warning that …" (Newsday, AP copy, in the fifth probe)', () => {
    const s = 'Serbia’s autocratic President Aleksandar Vucic said police were “showing restraint,” while warning that “horrific, violent protests are underway.”';
    const v = voiceOf(s, 'showing restraint', 'en');
    expect(v.voice).toBe('quoted');
    expect(v.distanced).toBe(false);
    expect(v.speaker).toBe('Serbia’s autocratic President Aleksandar Vucic');
  });

  it('"“Reform or revolution,” one placard read." (Breaknlinks, Reuters copy, in the second probe)', () => {
    const s = 'Journalists from Reuters estimated that more than 10,000 protesters marched from central Bangkok\'s Democracy Monument. The police have placed the number at 7,000.\n"Reform or revolution," one placard read.';
    expect(voiceOf(s, 'Reform or revolution', 'en').voice).toBe('quoted');
  });

  it('"“The events in Ukraine seem more like a pogrom than a revolution,” Putin said" keeps its speaker (AFP via Yahoo, Ukraine 2014)', () => {
    const s = '"The events in Ukraine seem more like a pogrom than a revolution," Putin said during a visit to Armenia.';
    const v = voiceOf(s, 'a pogrom', 'en');
    expect(v.voice).toBe('quoted');
    expect(v.speaker).toBe('Putin');
  });
});

describe('a quotation nobody says stays a scare quote', () => {
  it('"Another “color revolution,” orchestrated from overseas, is sweeping Tbilisi." (Geofor, Georgia 2024)', () => {
    const v = voiceOf('Another "color revolution," orchestrated from overseas, is sweeping Tbilisi.', 'color revolution', 'en');
    expect(v.voice).toBe('outlet');
    expect(v.distanced).toBe(true);
  });
});
