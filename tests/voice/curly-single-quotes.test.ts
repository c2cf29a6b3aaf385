import {describe, expect, it} from 'vitest';
import {findQuotes} from '../../src/voice/quotes.js';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * Curly single quotation marks (‘…’), as headlines and British copy write
 * them, quote as the other marks do: ‘ opens before a letter, and ’ closes
 * only a ‘ still open, after a word and before a space or punctuation, so
 * the apostrophes written with the same ’ (Ortega’s, protesters’) quote
 * nothing. Like single straight marks, words in them that nobody is quoted
 * saying are judged as if unmarked (a headline's quotation marks, not the
 * outlet's scare quote), while marks around part of a term still set it
 * off, and "so-called" before them still distances. Grown on the eleventh
 * voice probe's round (tests/fixtures/voice-probe11/README.md) from the
 * ninth probe's and the development set's errors.
 */

const quoted = (s: string): string[] => findQuotes(s, {start: 0, end: s.length}).map((q) => s.slice(q.start, q.end));

describe('curly single marks quote', () => {
  it("officials say police ‘working’ at airport: the officials' word (C4Defence, Dagestan 2023, in the ninth probe)", () => {
    // https://www.c4defence.com/israel-palestinians-conflict-russia-dagestan-aviation/
    const s = 'Ekim 29, 2023Dagestan officials say police ‘working’ at airport stormed by mob';
    expect(quoted(s)).toEqual(['working']);
    expect(voiceOf(s, 'working', 'en').voice).toBe('quoted');
  });

  it("Maduro … Vows ‘Maximum Punishment’: what he vowed, in his words (The Epoch Times, Venezuela 2024, in the fifth probe)", () => {
    // https://theepochtimes.com/world/maduro-arrests-2000-venezuelan-protesters-vows-maximum-punishment-5699423
    const s = 'Maduro Arrests 2,000 Venezuelan Protesters, Vows ‘Maximum Punishment’';
    expect(voiceOf(s, 'Maximum Punishment', 'en').voice).toBe('quoted');
  });

  it('protest against so-called ‘Russian law’: distanced by "so-called" (Reuters, Georgia 2024, in the development set)', () => {
    // https://bbcnewswire.com/police-in-georgia-use-tear-gas-water-cannons-to-disperse-protest-against-so-called-russian-law
    const s = 'Police in Georgia use tear gas, water cannons to disperse protest against so-called ‘Russian law’';
    const v = voiceOf(s, 'Russian law', 'en');
    expect(v.voice).toBe('outlet');
    expect(v.distanced).toBe(true);
  });

  it('Protesters aggrieved by ‘rigged’ parliamentary election: marks around part of the term set it off (RT, Kyrgyzstan 2020, in the development set)', () => {
    // https://www.rt.com/russia/502642-kyrgyzstan-white-house-stormed/
    const s = 'Protesters aggrieved by ‘rigged’ parliamentary election break into government headquarters in Kyrgyzstani capital Bishkek (VIDEO)';
    expect(quoted(s)).toEqual(['rigged']);
    expect(voiceOf(s, 'rigged’ parliamentary election', 'en').distanced).toBe(true);
  });
});

describe('counter-examples', () => {
  it("apostrophes written ’ open nothing (The Atlantic, Nicaragua 2018, in the eleventh probe)", () => {
    // https://www.theatlantic.com/international/archive/2018/06/nicaragua-ortega-protests/562094/
    const s = 'Nicaragua is now in the throes of a mass uprising against Ortega’s murderous regime. It’s a dangerous endeavor for an unarmed population, especially after the collapse of peace talks last week.';
    expect(quoted(s)).toEqual([]);
    expect(voiceOf(s, 'murderous regime', 'en').voice).toBe('outlet');
  });

  it("a plural possessive inside another quotation closes nothing (Muebuz, Iraq 2022, in the eleventh probe)", () => {
    // https://muebuz.com/2022/07/30/the-sadrist-movement-storms-the-seat-of-the-iraqi-parliament/
    const s = 'On Wednesday, thousands of protesters briefly stormed the parliament building, denouncing “Sadr’s political opponents’ candidate to head the government.”';
    expect(quoted(s)).toEqual(['Sadr’s political opponents’ candidate to head the government.']);
  });

  it("They use the methods of ‘color revolutions.’: a quotation nobody is found saying is no scare quote (TASS via Report.az, Georgia 2024, in the development set)", () => {
    // https://report.az/en/amp/region/georgia-s-state-security-service-riots-being-prepared-at-rallies-with-participation-of-ukrainians-in-tbilisi/
    const s = 'The protesters plan to paralyze transport hubs and barricade administrative buildings. They use the methods of ‘color revolutions.’';
    expect(voiceOf(s, 'color revolutions', 'en').distanced).toBe(false);
  });
});
