import {describe, expect, it} from 'vitest';
import {splitSentences} from '../../src/text/sentences.js';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * A one- or two-letter word before a full stop is read as an abbreviation (د. for doctor, م. for the year), and the
 * sentence runs on. Arabic two-letter words that are a preposition with its pronoun (له، به، لي، لك، بي) or a
 * pronoun (هو، هي) end sentences as often as any word ("… وهوية الداعمين له. ويأتي هذا الحادث في سياق …"): the
 * sentence ends there, so a report does not run on into the outlet's next sentence. "د. سامى عمارة" stays one
 * sentence. Grown on tests/fixtures/voice-probe32 (Qasioun on the coast, March 2025).
 */

const sentencesOf = (text: string): string[] =>
  splitSentences(text, [{start: 0, end: text.length, language: 'ar'}]).map((s) => text.slice(s.start, s.end).trim());

// https://qasioun-news.com/ar/articles/82669/ (voice-probe32)
const QASIOUN =
  'وأضاف المصدر أن الجيش يواصل عمليات التمشيط في المناطق المحيطة لضمان القضاء على أي تهديدات محتملة، مشيرًا إلى أن المعتقلين يخضعون للتحقيق لكشف تفاصيل الهجوم وهوية الداعمين له. ويأتي هذا الحادث في سياق تصاعد التوترات الأمنية التي شهدها الساحل السوري خلال الأيام الماضية، حيث نفذت فلول النظام السابق هجمات متفرقة ضد قوات الأمن، أسفرت عن مقتل العشرات من الجنود والمدنيين.';

describe('an Arabic two-letter word with its pronoun ends the sentence', () => {
  it('"… الداعمين له. ويأتي …" is two sentences (Qasioun)', () => {
    expect(sentencesOf(QASIOUN)).toHaveLength(2);
  });
  it('the outlet\'s background after it is the outlet\'s, not the source\'s', () => {
    expect(voiceOf(QASIOUN, 'تصاعد التوترات الأمنية', 'ar').voice).toBe('outlet');
    expect(voiceOf(QASIOUN, 'هجمات متفرقة', 'ar').voice).toBe('outlet');
    expect(voiceOf(QASIOUN, 'القضاء على أي تهديدات محتملة', 'ar').voice).toBe('attributed');
  });
});

describe('counter-example: a one-letter abbreviation still runs on', () => {
  it('"رسالة موسكو د. سامى عمارة" (Al-Ahram) is one sentence', () => {
    // https://gate.ahram.org.eg/daily/news/203479/115/774356/ (tests/fixtures/devset/belarus-2020-fourth)
    expect(sentencesOf('رسالة موسكو د. سامى عمارة')).toHaveLength(1);
  });
});
