import {describe, expect, it} from 'vitest';
import {findQuotes} from '../../src/voice/quotes.js';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * Translated agency copy sometimes quotes a word inside a quotation with the
 * same curly marks (“… The “coup” is the exact word for it. …”). A short
 * “…” (a few words, no sentence end, no punctuation before its ”) opened
 * while a curly quotation is still open is a quotation within it: the outer
 * one goes on past the inner ”, and the inner words are the speaker's, set
 * off by the speaker (their scare quote), not the outlet's. A long second quotation after one left open
 * (“…، مبينا أن “…”) is the writer's second quotation, as before.
 */

const quoted = (s: string): string[] => findQuotes(s, {start: 0, end: s.length}).map((q) => s.slice(q.start, q.end));

// https://kopyl.gov.by/en/news/republik/item/8909-lukashenko-government-acted-lawfully-to-prevent-coup-on-19-december-4375.html
// (BelTA, Belarus 2010; the excerpt stops mid-word, the quotation never closes)
const BELTA =
  '“We have evidence. Throngs stormed the House of Government. Everyone saw that. We have revealed the names of these people. The big question is who brought them to the House of Government? Who declared the so-called “national salvation government” and urged to seize power? The answer is obvious – those were some former presidential candidates and their proxies,” the head of state said. The President reminded that a series of documents related to the 19 December events had already been published, however, the investigation is still going on. “Everyone could see that the opposition was preparing a coup. The “coup” is the exact word for it. Everything was planned under the tight supervision of some foreign special forces. We have revealed some of them. Although they disclaim that today (it is natural), but if I say that, it means that we have evidence. Business plans and budgets had been prepared in advance. Part of the money our opposition received from their paymasters was embezzled by them as always. It is what they are saying. The remaining sum w';

describe('a short curly quotation inside a curly quotation still open', () => {
  it('BelTA: “… The “coup” is the exact word for it. Everything was planned under the tight supervision of some foreign special forces. …', () => {
    // Set off by the speaker's own marks, as a scare quote of theirs.
    expect(voiceOf(BELTA, 'coup', 'en', 1)).toMatchObject({voice: 'quoted', distanced: true});
    expect(voiceOf(BELTA, 'under the tight supervision of some foreign special forces', 'en').voice).toBe('quoted');
    expect(voiceOf(BELTA, 'their paymasters', 'en').voice).toBe('quoted');
  });

  it('BelTA: “Who declared the so-called “national salvation government” and urged to seize power? …”: the speaker\'s words, set off by "so-called"', () => {
    expect(voiceOf(BELTA, 'national salvation government', 'en')).toMatchObject({voice: 'quoted', distanced: true});
    expect(voiceOf(BELTA, 'seize power', 'en').voice).toBe('quoted');
  });

  it('Lavrov via NahNews (Ukraine 2014): “… opposition radicals who organized a “march” to the Ukrainian parliament. …”', () => {
    // https://nahnews.org/30657-russias-foreign-minister-called-the-ukrainian-clashes-a-coup-detat-attempt
    const s =
      '“What is happening in Ukraine is of deepest concern. Regretfully, all the agreements reached when Ukrainian leadership shown its goodwill, willingness to seek compromises and fulfilled its part of the obligations, were thwarted by opposition radicals who organized a “march” to the Ukrainian parliament. When, for obvious reasons, they weren’t allowed through (the action was unauthorized), they began to throw “Molotov cocktails” at the police and used firearms.';
    expect(voiceOf(s, 'march', 'en')).toMatchObject({voice: 'quoted', distanced: true});
    expect(quoted(s)).toContain('march');
  });
});

describe('a long quotation after one left open is the writer\'s next quotation', () => {
  it('Wattan News (Iraq 2019): "أن “هناك مبالغة في الحديث عن حجم الضحايا، مبينا أن “القوات الأمنية كانت في موقع دفاعي، ولم تبادر الى مهاجمة المتظاهرين”."', () => {
    // https://wattaennews.net/?p=59221
    const s = 'وقال المحنا في بيان لخلية الإعلام الأمني ، أن “هناك مبالغة في الحديث عن حجم الضحايا، مبينا أن “القوات الأمنية كانت في موقع دفاعي، ولم تبادر الى مهاجمة المتظاهرين”.';
    expect(quoted(s)).toEqual(['هناك مبالغة في الحديث عن حجم الضحايا، مبينا أن', 'القوات الأمنية كانت في موقع دفاعي، ولم تبادر الى مهاجمة المتظاهرين']);
  });

  it('a quotation that closes with its punctuation inside the marks is no nested one (BelTA, the first quotation closing at “…proxies,”)', () => {
    // The same BelTA paragraph: the first quotation closes at its ” after a comma, and nothing after "the head of state said" is quoted.
    expect(voiceOf(BELTA, 'the investigation is still going on', 'en').voice).not.toBe('quoted');
  });
});
