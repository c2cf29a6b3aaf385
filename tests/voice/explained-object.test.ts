import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * "explain" with a determiner's object names the thing explained, in the outlet's words ("Two top J&K Police officers
 * were fielded to explain the firing deaths and the surging crowds"); "explained that …" and a closing "he explained"
 * still report (src/voice/reports-speech.ts). Grown on tests/fixtures/voice-probe33.
 */

/** The Indian Express, https://indianexpress.com/article/india/india-news-india/11-killed-over-200-hurt-as-burhans-death-sparks-violence-protests-2904360/ (voice-probe33). */
const EXPRESS = 'Two top J&K Police officers were fielded to explain the firing deaths and the surging crowds, while late in the evening, the J&K government issued a statement on Chief Minister Mehbooba Mufti’s behalf asking “the police and paramilitary forces to use standard operating procedure (SOP)” while dealing with crowds.';

describe('"explain" with an object names the thing explained', () => {
  it('the deaths and crowds explained are the outlet\'s words (The Indian Express)', () => {
    expect(voiceOf(EXPRESS, 'the firing deaths', 'en').voice).toBe('outlet');
    expect(voiceOf(EXPRESS, 'the surging crowds', 'en').voice).toBe('outlet');
  });

  it('what propaganda is published to explain is the outlet\'s account (waow.com)', () => {
    // https://waow.com/2020/09/08/china-detains-23-in-crackdown-on-inner-mongolia-protests/ (voice-probe23)
    const text = 'Authorities are cracking down in response, suspending people without pay, investigating elementary school teachers, and publishing propaganda to explain the benefits of the new policy.';
    expect(voiceOf(text, 'the benefits of the new policy', 'en').voice).toBe('outlet');
  });

  it('"explained that …" still reports', () => {
    // https://www.timeslive.co.za/sunday-times/business/2017-11-22-a-week-of-desperation-inside-robert-mugabes-fight-to-stay-in-power/ (voice-probe4)
    const text = 'He explained that the military was intervening to rein in criminals surrounding President Robert Mugabe.';
    expect(voiceOf(text, 'rein in criminals', 'en').voice).toBe('attributed');
  });
});
