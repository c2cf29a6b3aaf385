import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * "continued" reports only as a closing report set off by punctuation: a short
 * speaker right after a comma or a closing mark, and the sentence's end or
 * punctuation right after it ("These violent groups seek to divide, Barr
 * continued, warning that …", "“…,” he continued, “…”"). Elsewhere it goes on
 * doing ("protests continued", "continued to loot"): nothing is reported.
 */

// https://www.breitbart.com/politics/2020/05/31/ag-barr-antifa-violence-is-domestic-terrorism-and-will-be-treat-accordingly/ (Breitbart, usa-2020)
const BARR = 'These violent groups seek to divide, Barr continued, warning that federal law enforcement actions will be “directed at apprehending and charging the violent radical agitators who have hijacked peaceful protest and are engaged in violations of federal law.”';
// https://www.huffpost.com/entry/trump-minneapolis-thugs-george-floyd_n_5ed0a6cac5b6ebd583bed6be (HuffPost, usa-2020)
const TRUMP = '“Any difficulty and we will assume control,” he continued, “but, when the looting starts, the shooting starts.”';

// Counter-examples.
// https://www.usatoday.com/story/news/world/2019/10/21/chile-protests-violence-looting-and-canceled-flights-santiago/4051262002/
// (USA Today, Chile 2019, chile-2019-new; the excerpt stops after "during"): "protests continued" goes on doing.
const USA_TODAY = 'Authorities said 10,500 soldiers and police officers were patrolling the streets in Santiago as state of emergency and curfew remained in effect for six Chilean cities, but protests continued during ';
// https://bbcnewswire.com/police-in-georgia-use-tear-gas-water-cannons-to-disperse-protest-against-so-called-russian-law (Reuters via BBC Monitoring's newswire, Georgia 2024, georgia-2024): "continued to block".
const REUTERS = 'After being dispersed from parliament, around 2,000 protesters continued to block Tbilisi’s main Rustaveli Avenue, barricading it with café tables and rubbish bins.';
// https://althawra.org/article_view_e.php?article_id=21 (AP via Al-Thawra, Sudan 2019, sudan-2019-new): "continued" inside a report carries it on, it opens none.
const AP = 'Activists said the battles continued after nightfall.';

describe('"continued" closing a report set off by commas or a quotation', () => {
  it('gives the clause before ", Barr continued," to Barr', () => {
    const v = voiceOf(BARR, 'violent groups', 'en');
    expect(v.voice).toBe('attributed');
    expect(v.speaker).toBe('Barr');
  });

  it('names the speaker of a quotation closed by "he continued"', () => {
    const v = voiceOf(TRUMP, 'looting', 'en');
    expect(v.voice).toBe('quoted');
    expect(v.speaker).toBe('he');
  });

  it('reports nothing where something goes on', () => {
    expect(voiceOf(USA_TODAY, 'protests continued', 'en').voice).toBe('outlet');
    expect(voiceOf(REUTERS, 'protesters', 'en').voice).toBe('outlet');
    const v = voiceOf(AP, 'battles', 'en');
    expect(v.voice).toBe('attributed');
    expect(v.speaker).toBe('Activists');
  });

  // A text whose last sentence is a short subject and "continued" (an excerpt kept up to "… Protests continued."):
  // the check for "He continued: …" read the gap after the text's last word, past the end, and the analysis threw.
  it('reads a text that ends "Protests continued." without failing', () => {
    const text = 'Police used tear gas to disperse crowds on Saturday night. Protests continued.';
    expect(voiceOf(text, 'Protests', 'en').voice).toBe('outlet');
    expect(voiceOf('The rally continued', 'rally', 'en').voice).toBe('outlet');
  });
});
