import {englishTokens, lemmatizeWords} from '../../src/text/english.js';
import {splitSentences} from '../../src/text/sentences.js';
import {tokenize} from '../../src/text/tokenize.js';
import type {Paragraph} from '../../src/types.js';
import {loadVoiceCues} from '../../src/voice/cues.js';
import {analyzeVoice, tokenRange, type SourceVoice, type VoiceVerdict} from '../../src/voice/source-voice.js';

/*
 * The voice step on a text whose lines are paragraphs, as the voice tests
 * read real sentences: one place that builds paragraphs, tokens and
 * sentences the way analyze() does.
 */

const cues = {ar: loadVoiceCues('ar', lemmatizeWords), en: loadVoiceCues('en', lemmatizeWords)};

/** Paragraphs of a text, one per non-empty line. */
function lineParagraphs(text: string, language: 'ar' | 'en'): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) paragraphs.push({start: at, end: at + line.length, language});
    at += line.length + 1;
  }
  return paragraphs;
}

function tokensOf(text: string, language: 'ar' | 'en') {
  return language === 'en' ? englishTokens(text, 0, text.length) : tokenize(text);
}

function run(text: string, language: 'ar' | 'en', tokens: ReturnType<typeof tokensOf>, termStarts?: ReadonlySet<number>): SourceVoice {
  const paragraphs = lineParagraphs(text, language);
  return analyzeVoice({source: 't', body: text, paragraphs, sentences: splitSentences(text, paragraphs), tokens, cues, ...(termStarts ? {termStarts} : {})});
}

/** The voice of a whole text whose lines are paragraphs. */
export function voiceOfLines(text: string, language: 'ar' | 'en'): SourceVoice {
  return run(text, language, tokensOf(text, language));
}

/** The voice of a text and the tokens [first, end) of `term`'s n-th occurrence, read as a framing term: known before voice is decided, so a speaker never runs into it. */
function voiceAtTerm(text: string, term: string, language: 'ar' | 'en' = 'ar', occurrence = 0): {voice: SourceVoice; first: number; end: number} {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(term, start + 1);
  if (start < 0) throw new Error(`"${term}" not in text`);
  const tokens = tokensOf(text, language);
  const [first, end] = tokenRange(tokens, {start, end: start + term.length});
  return {voice: run(text, language, tokens, new Set([first])), first, end};
}

/** Voice of the characters [start, end) of a text as a framing term. */
export function voiceOfSpan(text: string, start: number, end: number, language: 'ar' | 'en' = 'ar'): VoiceVerdict {
  const tokens = tokensOf(text, language);
  const [first, stop] = tokenRange(tokens, {start, end});
  if (stop <= first) throw new Error(`no word in [${start}, ${end})`);
  return run(text, language, tokens, new Set([first])).verdict(first, stop - 1);
}

/** Voice of `term` (its n-th occurrence) as a framing term. */
export function voiceOf(text: string, term: string, language: 'ar' | 'en' = 'ar', occurrence = 0): VoiceVerdict {
  const {voice, first, end} = voiceAtTerm(text, term, language, occurrence);
  return voice.verdict(first, end - 1);
}
