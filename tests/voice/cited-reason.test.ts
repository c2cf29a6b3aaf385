import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * "citing" before a reason (the pandemic, a threat, security concerns) gives why someone acted, not who told it: it
 * names no speaker, and the clause before it stays the outlet's. Before a source (the Interior Ministry, security
 * officials, witnesses) it still cites one. Which words are reasons is data (`reasons` in lexicons/voice.en.yaml).
 * Grown on the twenty-third voice probe (tests/fixtures/voice-probe23/), where AP's copy on the Taipei Times made
 * "the COVID" the speaker of the Khabarovsk crowds.
 */

describe('"citing" a reason attributes nothing', () => {
  it('"…, citing the COVID-19 pandemic and an alleged averted terrorist threat." (Taipei Times, AP, Russia 2020, in the twenty-third probe)', () => {
    // https://www.taipeitimes.com/News/world/archives/2020/07/20/2003740243
    const s =
      'The massive unauthorized crowds gathered despite local officials’ attempts to discourage people from taking to the streets, citing the COVID-19 pandemic and an alleged averted terrorist threat.';
    const v = voiceOf(s, 'The massive unauthorized crowds', 'en');
    expect(v.voice).toBe('outlet');
    expect(v.speaker).toBeNull();
  });
});

describe('"citing" pressure, a reason too', () => {
  it('"Yanukovych backed out at the last minute citing pressure from Moscow." (Yahoo, AFP, Ukraine 2013, in the development set)', () => {
    // https://sg.news.yahoo.com/putin-slams-ukraine-protests-pogrom-not-revolution-170504201.html (ukraine-2014)
    const s =
      'Ex-soviet Ukraine was meant to sign an agreement to bring closer ties with the EU at a summit last month but Yanukovych backed out at the last minute citing pressure from Moscow.';
    expect(voiceOf(s, 'backed out at the last minute', 'en').voice).toBe('outlet');
  });
});

describe('"citing" what is no reason still attributes', () => {
  it('"…, he said, citing two cases of what he described as brutality." (China.org.cn, China 2008, in the twenty-first probe)', () => {
    // http://www.china.org.cn/china/local/2008-03/17/content_12834713.htm
    const s = 'Thirteen innocent civilians were burned or stabbed to death, he said, citing two cases of what he described as brutality.';
    expect(voiceOf(s, 'Thirteen innocent civilians', 'en').voice).toBe('attributed');
    expect(voiceOf(s, 'brutality', 'en').voice).toBe('attributed');
  });
});
