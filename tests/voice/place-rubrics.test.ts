import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * An English headline headed by a country ("Burundi:", "Panama:") or by a
 * topic noun and its preposition ("Protest against budget:") files the item
 * under a place or a topic, like "Peru protests:" or "Sudan coup:": the
 * headline is the outlet's, not a "Speaker: claim". A person or a body
 * before the colon ("Erdogan:", "Police:", "Ayatollah Khamenei:") still
 * speaks. Grown on the seventh voice probe (tests/fixtures/voice-probe7/).
 */

describe('a country or a topic before the colon is a rubric', () => {
  it('"Burundi: Not clear if coup succeeded or where is president" (http://silgor.com/worldnews-2015-May-14/63314/burundi_not_clear_if_coup_succeeded_or_where_is_president.aspx)', () => {
    const s = 'Burundi: Not clear if coup succeeded or where is president';
    expect(voiceOf(s, 'Not clear if coup succeeded', 'en').voice).toBe('outlet');
  });

  it('"Panama: Protests Against Mining Contract Rock the Nation" (https://ts2.news/panama-protests-denouncing-mining-contract-between-government-and-first-quantum-minerals-likely-across-country-through-at-least-mid-november-update-2/)', () => {
    const s = 'Panama: Protests Against Mining Contract Rock the Nation';
    expect(voiceOf(s, 'Protests Against Mining Contract Rock the Nation', 'en').voice).toBe('outlet');
  });

  it('"Iraq: Protests stop as security forces retaliate, killing 31" (https://thehansindia.com/amp/news/international/iraq-protests-stop-as-security-forces-retaliate-killing-31-569804)', () => {
    const s = 'Iraq: Protests stop as security forces retaliate, killing 31';
    expect(voiceOf(s, 'security forces retaliate', 'en').voice).toBe('outlet');
  });

  it('"Protest against budget: congress in guatemala burns down" (https://trimble-m3.ru/2022/01/protest-against-budget-congress-in-guatemala-burns.html)', () => {
    const s = 'Protest against budget: congress in guatemala burns down\nDuring protests against the state budget for the coming year, demonstrators in guatemala city set fire to parts of the congress building.';
    expect(voiceOf(s, 'congress in guatemala burns down', 'en').voice).toBe('outlet');
  });
});

describe('a person or a body before the colon still speaks', () => {
  it('"Erdogan: Coup Failed" (http://www.lragir.am/index/eng/0/politics/view/36012)', () => {
    expect(voiceOf('Erdogan: Coup Failed', 'Coup Failed', 'en').voice).toBe('attributed');
  });

  it('"Ayatollah Khamenei: US and Israeli intelligence services incite protests in Iraq and Lebanon" (https://eu.eot.su/2019/10/31/ayatollah-khamenei-us-and-israeli-intelligence-services-incite-protests-in-iraq-and-lebanon/)', () => {
    const s = 'Ayatollah Khamenei: US and Israeli intelligence services incite protests in Iraq and Lebanon';
    expect(voiceOf(s, 'incite protests', 'en').voice).toBe('attributed');
  });

  it('"Police: Police car burned, six police horses injured and three arrested on weapons charges" (https://chinalucky8.com/2015/11/06/europe/uk-anonymous-london-march/index.html)', () => {
    const s = 'Police: Police car burned, six police horses injured and three arrested on weapons charges';
    expect(voiceOf(s, 'arrested on weapons charges', 'en').voice).toBe('attributed');
  });
});
