import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {parse} from 'yaml';
import {voiceOfSpan} from './voice-of-lines.js';
import type {Voice} from '../../src/types.js';

/*
 * The scorer of the voice probes (tests/fixtures/voice-probe*): real
 * passages of news in the constructions that decide voice, each
 * framing-like term annotated by hand before the tool ran on them. Every
 * term is scored as a framing term (voice; distanced where the annotation
 * gives it), and the wrong ones are listed.
 */

export interface ProbeMention {
  term: string;
  find?: string;
  voice: Voice;
  accept?: Voice[];
  distanced?: boolean;
}

export interface ProbePassage {
  id: string;
  outlet: string;
  url: string;
  event: string;
  kinds: string[];
  text: string;
  mentions: ProbeMention[];
}

export interface ProbeFile {
  version: 1;
  language: 'ar' | 'en';
  passages: ProbePassage[];
}

export interface ProbeScore {
  mentions: number;
  voice: number;
  distancedChecked: number;
  distanced: number;
  wrong: string[];
}

/** A probe's passages in one language, from `dir`/probe.`language`.yaml. */
export function loadProbe(dir: string, language: 'ar' | 'en'): ProbeFile {
  const file = parse(readFileSync(join(dir, `probe.${language}.yaml`), 'utf8')) as ProbeFile;
  if (file.language !== language) throw new Error(`${dir}/probe.${language}.yaml declares language ${file.language}`);
  return file;
}

/** The term's offsets in its passage: inside its unique `find`, or the term itself when unique. */
function locate(passage: ProbePassage, mention: ProbeMention): {start: number; end: number} {
  const find = mention.find ?? mention.term;
  const at = passage.text.indexOf(find);
  if (at < 0) throw new Error(`${passage.id}: "${find}" is not in the text`);
  if (passage.text.indexOf(find, at + 1) >= 0) throw new Error(`${passage.id}: "${find}" is not unique; give a longer find`);
  const inner = find.indexOf(mention.term);
  if (inner < 0) throw new Error(`${passage.id}: term "${mention.term}" is not in find "${find}"`);
  return {start: at + inner, end: at + inner + mention.term.length};
}

/** Voice (and distanced, where annotated) of every term of a probe file. */
export function scoreProbe(file: ProbeFile): ProbeScore {
  const result: ProbeScore = {mentions: 0, voice: 0, distancedChecked: 0, distanced: 0, wrong: []};
  for (const passage of file.passages) {
    for (const mention of passage.mentions) {
      const {start, end} = locate(passage, mention);
      const verdict = voiceOfSpan(passage.text, start, end, file.language);
      result.mentions++;
      const voiceRight = verdict.voice === mention.voice || (mention.accept ?? []).includes(verdict.voice);
      if (voiceRight) result.voice++;
      const distancedRight = mention.distanced === undefined || verdict.distanced === mention.distanced;
      if (mention.distanced !== undefined) {
        result.distancedChecked++;
        if (distancedRight) result.distanced++;
      }
      if (!voiceRight || !distancedRight) {
        result.wrong.push(`${passage.id} [${passage.kinds.join(', ')}] "${mention.term}": ${verdict.voice}${verdict.distanced ? ' distanced' : ''} (want ${mention.voice}${mention.distanced ? ' distanced' : ''}; speaker ${verdict.speaker ?? '-'}, cue ${verdict.cue ?? '-'})`);
      }
    }
  }
  return result;
}

/** One line of figures for a probe file, and its wrong terms. */
export function reportProbe(name: string, file: ProbeFile, s: ProbeScore): {voice: number; distanced: number} {
  const voice = s.voice / s.mentions;
  const distanced = s.distancedChecked === 0 ? 1 : s.distanced / s.distancedChecked;
  console.log(`${name} ${file.language}: ${file.passages.length} passages, ${s.mentions} terms, voice ${voice.toFixed(3)}, distanced ${distanced.toFixed(3)} (of ${s.distancedChecked})`);
  if (s.wrong.length > 0) console.log(`  wrong:\n    ${s.wrong.join('\n    ')}`);
  return {voice, distanced};
}

type Floors = Record<'ar' | 'en', {readonly voice: number; readonly distanced: number}>;

/** One probe's tests: each language scored against its floors (just below the measured figures), then the pooled voice printed. */
export function describeProbe(title: string, name: string, dir: string, floors: Floors): void {
  describe(title, () => {
    const totals = {mentions: 0, voice: 0};
    for (const language of ['ar', 'en'] as const) {
      it(`${language}: voice and distanced of every annotated term`, () => {
        const file = loadProbe(dir, language);
        const s = scoreProbe(file);
        totals.mentions += s.mentions;
        totals.voice += s.voice;
        const {voice, distanced} = reportProbe(name, file, s);
        expect(voice).toBeGreaterThanOrEqual(floors[language].voice);
        expect(distanced).toBeGreaterThanOrEqual(floors[language].distanced);
      });
    }
    it('pooled', () => {
      if (totals.mentions > 0) console.log(`${name} pooled: ${totals.mentions} terms, voice ${(totals.voice / totals.mentions).toFixed(3)}`);
      expect(totals.mentions).toBeGreaterThan(0);
    });
  });
}
