import {describe, expect, it} from 'vitest';
import {findQuotes} from '../../src/voice/quotes.js';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * Single straight quotation marks ('…'), as British papers and headlines
 * write them, are quotation marks: one opens after a space or an opening
 * bracket and before a letter, and closes only the one it opened, before a
 * space or punctuation. Apostrophes (Bazoum's, don't, protesters') open
 * nothing, and a mark that opened and never closed quotes nothing. Words in
 * single marks that nobody is quoted saying are judged as if unmarked (a
 * headline's quotation marks, not the outlet's scare quote). Grown on the
 * fourth voice probe (tests/fixtures/voice-probe4/).
 */

const quoted = (s: string): string[] => findQuotes(s, {start: 0, end: s.length}).map((q) => s.slice(q.start, q.end));

describe('single straight quotation marks quote', () => {
  it("'refused to release' in a report closed by its informant (Daily Mail, Niger 2023, in the fourth probe)", () => {
    const s = "Members of the elite guard yesterday sealed off access to President Mohamed Bazoum's residence and offices in the capital Niamey, and after talks broke down, 'refused to release' him, a presidential source said.";
    expect(voiceOf(s, 'refused to release', 'en').voice).toBe('quoted');
    expect(quoted(s)).toEqual(['refused to release']);
  });

  it("'We, … have decided to put an end to the regime' of President Bazoum, X said (Daily Mail, in the fourth probe)", () => {
    const s = "'We, the defence and security forces... have decided to put an end to the regime' of President Bazoum, Colonel-Major Amadou Abdramane said in a televised address late Wednesday.";
    expect(voiceOf(s, 'put an end to the regime', 'en').voice).toBe('quoted');
  });

  it("a headline's says 'this is not a military takeover' (The Seattle Times, AP copy, in the fourth probe)", () => {
    const s = "Zimbabwe army spokesman on state broadcaster says 'this is not a military takeover'";
    expect(voiceOf(s, 'this is not a military takeover', 'en').voice).toBe('quoted');
  });
});

describe('a single-quoted subject of what was said goes on with its verb', () => {
  it("said 'all institutions' in the country would be suspended, borders were closed … (Daily Mail, in the fourth probe)", () => {
    const s = "The soldiers said 'all institutions' in the country would be suspended, borders were closed and a curfew imposed 'until further notice' from 10pm to 5am.";
    expect(voiceOf(s, 'borders were closed', 'en').voice).toBe('attributed');
    expect(voiceOf(s, 'until further notice', 'en').voice).toBe('quoted');
  });

  it('a longer phrase after the quotation does not carry the report on (made-up)', () => {
    const s = "The spokesman said 'we have nothing to add' in front of the cameras on Monday as protesters were dispersed by riot police.";
    expect(voiceOf(s, 'dispersed by riot police', 'en').voice).toBe('outlet');
  });
});

describe('single marks that quote nobody are no scare quotes', () => {
  it("a subhead 'Week of uprising' (DW, Sudan 2019, in the development set) is the outlet's words, not distanced", () => {
    const v = voiceOf("'Week of uprising' ", 'uprising', 'en');
    expect(v.voice).toBe('outlet');
    expect(v.distanced).toBe(false);
  });
});

describe('apostrophes are not quotation marks', () => {
  it("possessives and contractions open nothing (made-up)", () => {
    expect(quoted("The protesters' demands and the government's response don't match, officials' aides said.")).toEqual([]);
  });

  it('the outlet\'s words around an apostrophe stay the outlet\'s (Daily Mail, in the fourth probe)', () => {
    const s = "The President of Niger has been overthrown by soldiers from his own Presidential Guard in a lightning coup, all while the country grapples with the growing threats of jihadist movements and the influence of Russia's Wagner Group of mercenaries.";
    expect(voiceOf(s, 'Wagner Group of mercenaries', 'en').voice).toBe('outlet');
  });

  it('a single mark opened and never closed quotes nothing (made-up)', () => {
    expect(quoted("He called it 'a new era for the country, and the crowd cheered.")).toEqual([]);
  });
});
