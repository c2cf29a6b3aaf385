import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * A short quotation right after a verb of saying that is the quantity of the reported clause's subject ('say “a large
 * number” of demonstrators have been arrested') does not end the report at its closing mark: "of", what was counted
 * and an auxiliary go on with the clause, as a quoted subject's auxiliary does ('said "radical groups …" had incited
 * …'). A quotation followed by anything else ends it as before. Grown on the twenty-third voice probe
 * (tests/fixtures/voice-probe23/), where Radio Farda relayed the Iranian judiciary on the bazaar protests.
 */

describe('a quoted quantity goes on with its clause', () => {
  it('"Judiciary officials say “a large number” of demonstrators have been arrested" (Radio Farda, Iran 2018, in the twenty-third probe)', () => {
    // https://en.radiofarda.com/a/bazaar-protests-continue-a-second-day-in-iran-/29321459.html
    const s =
      'Judiciary officials say “a large number” of demonstrators have been arrested, while Judiciary Chief Ayatollah Sadeq Larijani has threatened that “disrupting economic activities may entail death sentence” for perpetrators.';
    const v = voiceOf(s, 'demonstrators have been arrested', 'en');
    expect(v.voice).toBe('attributed');
    expect(v.speaker).toBe('Judiciary officials');
    expect(voiceOf(s, 'a large number', 'en').voice).toBe('quoted');
  });
});

describe('a quotation the verb introduces still ends the report', () => {
  it('"told Arab News that “…” but the violence continued" (Arab News Japan, Lebanon 2021, in the seventeenth probe)', () => {
    // https://www.arabnews.jp/en/middle-east/article_57283/
    const s =
      'A military source told Arab News that “calls were immediately made to contain the situation and prevent an escalation” but the violence continued despite the army’s threats to “open fire against any armed person on the road.”';
    expect(voiceOf(s, 'the violence continued', 'en').voice).toBe('outlet');
  });
});
