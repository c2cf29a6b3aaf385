import {describe, expect, it} from 'vitest';
import {analyzeCorpus} from '../../src/analyze.js';
import {loadSeeds} from '../../src/corpus/load.js';
import {analysisJsonChunks, analysisToJson} from '../../src/report/json.js';
import {FIXTURE} from '../tui/fixture.js';

/*
 * The JSON document is written in pieces so that a large corpus's result is
 * never one string; the pieces must make exactly the text JSON.stringify
 * gives (two-space indentation), empty lists included.
 */
describe('JSON in pieces', () => {
  for (const [name, analysis] of [
    ['the seeds', analyzeCorpus(loadSeeds())],
    ['a fixture with empty lists', FIXTURE],
  ] as const) {
    it(`joins to JSON.stringify(doc, null, 2) for ${name}`, () => {
      const text = analysisToJson(analysis);
      // The document escapes C1 and bidi controls as \u sequences; otherwise it is JSON.stringify's text.
      const escaped = JSON.stringify(JSON.parse(text), null, 2).replace(/[\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
      expect(text).toBe(escaped);
      expect([...analysisJsonChunks(analysis)].join('')).toBe(text);
      expect(JSON.parse(text).passageGroups).toEqual(analysis.passageGroups);
    });
  }
});
