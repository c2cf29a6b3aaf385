import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * After a verb that names its object (denounce, condemn, declare, urge …), "and" with a past tense and an object of
 * its own is a second predicate of the subject: what was done, told by the narrator, not part of what was
 * denounced (objectSecondPredicateEnd in src/voice/report-end.ts). Quotation marks around the object do not end the
 * scan. A past tense without an object ("and vowed justice"), or an "and" inside a relative clause ("protesters who
 * are angered by … and said"), does not end it. Grown on tests/fixtures/voice-probe35.
 */

describe('a second predicate after a verb of denouncing is the narrator\'s', () => {
  it('"The students chanted slogans denouncing "liars" and demanded the resignation …" (Deccan Chronicle, AFP, Iran 2020, in the thirty-fifth probe)', () => {
    // https://www.deccanchronicle.com/world/middle-east/120120/irans-missile-shootdown-of-ukraine-plane-triggers-protests-in-tehra.html
    const s = 'The students chanted slogans denouncing "liars" and demanded the resignation and prosecution of those responsible for downing the plane and allegedly covering up the accidental action.';
    expect(voiceOf(s, 'allegedly covering up the accidental action', 'en').voice).toBe('outlet');
    expect(voiceOf(s, 'liars', 'en').voice).toBe('quoted');
  });
});

describe('what goes on with the object stays what was condemned', () => {
  it('"She condemned the killings of demonstrators and vowed justice." (Herald Diary, Bangladesh 2024, in the second probe)', () => {
    // https://heralddiary.com/students-patrol-streets-to-defend-against-turmoil-in-bangladesh/
    const s = 'Hasina called on the nation to “resist all forms of violence and terrorism” in a televised address. She condemned the killings of demonstrators and vowed justice.';
    expect(voiceOf(s, 'the killings of demonstrators', 'en').voice).toBe('attributed');
  });

  it('"condemned the violence of some protesters who are angered by a proposed extradition bill and said …" (Irish Independent, Reuters, Hong Kong 2019)', () => {
    // https://www.independent.ie/world-news/asia-pacific/china-says-violent-actions-during-protests-in-hong-kong-an-undisguised-challenge-38273085.html
    const s = "A representative of China's Hong Kong affairs office condemned the violence of some protesters who are angered by a proposed extradition bill and said Beijing supports the Hong Kong government to hold violent criminals responsible, the report said.";
    expect(voiceOf(s, 'the violence of some protesters', 'en').voice).toBe('attributed');
  });
});
