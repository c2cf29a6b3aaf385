import {describe, expect, it} from 'vitest';
import {loadLexicon} from '../../src/lexicon/load.js';

describe('Arabic glosses of the bundled lexicons', () => {
  it('every bundled entry, Arabic and English, has a gloss_ar in Arabic letters', () => {
    const lexicon = loadLexicon([]);
    const entries = lexicon.entries;
    expect(entries.length).toBeGreaterThan(150);
    const missing = entries.filter((e) => !e.glossAr || !/[\u0600-\u06ff]/u.test(e.glossAr)).map((e) => e.id);
    expect(missing).toEqual([]);
  });

  it('keeps the meaning pairs a reader can check: protesters, terrorists, peacekeepers', () => {
    const byId = new Map(loadLexicon([]).entries.map((e) => [e.id, e.glossAr]));
    expect(byId.get('ar.actors.protester')).toContain('محتجون');
    expect(byId.get('en.actors.terrorist')).toBe('إرهابيون');
    expect(byId.get('en.intervention.peacekeepers')).toContain('حفظ السلام');
  });
});
