import {beforeAll, describe, expect, it} from 'vitest';
import {analyzeCorpus} from '../../src/analyze.js';
import {loadSeeds} from '../../src/corpus/load.js';
import type {Analysis, MatrixCell} from '../../src/types.js';

let a: Analysis;
beforeAll(() => {
  a = analyzeCorpus(loadSeeds());
});
const cell = (source: string, concept: string): MatrixCell => a.matrix.find((m) => m.source === source && m.concept === concept)!;

describe('framing matrix on the seeds', () => {
  it('000 and 001 adopt hostile labels for the people in the streets in their own voice', () => {
    for (const id of ['000', '001']) {
      const c = cell(id, 'actors');
      expect(c.lean).not.toBeNull();
      expect(c.lean!).toBeLessThan(-0.5);
      expect(c.ownVoiceTerms.every((t) => t.pole === 'delegitimizing')).toBe(true);
    }
  });

  it('002, 003 and 004 use protest vocabulary in their own voice and only attribute or distance the hostile labels', () => {
    for (const id of ['002', '003', '004']) {
      const event = cell(id, 'event');
      expect(event.lean!).toBeGreaterThan(0);
      expect(event.ownVoiceTerms.some((t) => t.pole === 'protest')).toBe(true);
      const actors = cell(id, 'actors');
      expect(actors.counts.delegitimizing!.outlet).toBe(0);
      expect(actors.counts.delegitimizing!.quoted + actors.counts.delegitimizing!.attributed).toBeGreaterThan(0);
      expect(actors.lean === null || actors.lean > 0).toBe(true);
    }
  });

  it('every count can be traced to the mentions it rests on', () => {
    for (const c of a.matrix) {
      const listed = c.mentionIndexes.map((i) => a.mentions[i]!);
      expect(listed.every((m) => m.source === c.source && m.concept === c.concept)).toBe(true);
      const counted = listed.filter((m) => !m.negated && m.furniture === null);
      const total = Object.values(c.counts).reduce((n, v) => n + v.outlet + v.quoted + v.attributed, 0);
      expect(total).toBe(counted.length);
      expect(c.evidence).toBe(counted.filter((m) => m.voice === 'outlet' && !m.distanced).length);
      if (c.evidence === 0) expect(c.lean).toBeNull();
    }
  });

  it('lists the mentions in the photo captions of 002 and counts none of them: 002 has no own-voice lean on the troops', () => {
    const inCaptions = a.mentions.filter((m) => m.source === '002' && m.furniture === 'caption').map((m) => m.text);
    expect(inCaptions).toEqual(['peacekeeping forces', 'التدخل الروسي']);
    const cell = a.matrix.find((c) => c.source === '002' && c.concept === 'intervention')!;
    const captionIndexes = a.mentions.flatMap((m, i) => (m.furniture ? [i] : []));
    expect(cell.mentionIndexes).toEqual(expect.arrayContaining(captionIndexes));
    expect(cell.lean).toBeNull();
    expect(cell.counts.peacekeeping!.outlet + cell.counts.intervention!.outlet).toBe(0);
    expect(cell.evidence).toBe(0);
  });
});
