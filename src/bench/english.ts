import {viewParagraphs} from '../corpus/language.js';
import {englishWords} from '../text/english.js';
import type {Source} from '../types.js';
import {cpuSeconds} from './shapes.js';

/*
 * The English model alone: what wink-nlp costs for the English paragraphs
 * of the sources the English map step reads (the same paragraphs, the same
 * two bulk reads as text/english.ts), timed apart so that the map step's
 * English figure can be read against the ceiling the model sets (the map
 * step cannot run faster than the model inside it).
 */
export function benchEnglishModel(sources: readonly Source[], targetMb = 2): {readonly megabytes: number; readonly seconds: number; readonly mbPerSecond: number} {
  const texts: string[] = [];
  for (const s of sources) {
    const {view, paragraphs} = viewParagraphs(s.body);
    for (const p of paragraphs) if (p.language === 'en') texts.push(view.slice(p.start, p.end));
  }
  const onePass = sources.reduce((n, s) => n + Buffer.byteLength(s.body, 'utf8'), 0) / 1e6;
  const passes = Math.max(1, Math.ceil(targetMb / onePass));
  for (const t of texts) englishWords(t);
  const seconds = cpuSeconds(() => {
    for (let k = 0; k < passes; k++) for (const t of texts) englishWords(t);
  });
  const megabytes = passes * onePass;
  return {megabytes, seconds, mbPerSecond: megabytes / seconds};
}
