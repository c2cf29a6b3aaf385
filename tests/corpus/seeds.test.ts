import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {splitFrontMatter} from '../../src/corpus/front-matter.js';
import {bundledSeedsDir, loadSeeds} from '../../src/corpus/load.js';

const ORIGINALS = join(import.meta.dirname, '..', 'fixtures', 'seeds-original');
const originals = readdirSync(ORIGINALS).sort();

describe('the bundled seeds', () => {
  const seeds = loadSeeds();

  it('are the five seed files, under their original names', () => {
    expect(originals).toHaveLength(5);
    expect(readdirSync(bundledSeedsDir()).sort()).toEqual(originals);
    expect(seeds.map((s) => s.file)).toEqual(originals.map((name) => join('seeds', name)));
  });

  it('have bodies byte-identical to the original files', () => {
    originals.forEach((name, i) => {
      const original = readFileSync(join(ORIGINALS, name));
      expect(Buffer.from(seeds[i]!.body, 'utf8').equals(original)).toBe(true);
      const file = readFileSync(join(bundledSeedsDir(), name));
      expect(file.subarray(file.length - original.length).equals(original)).toBe(true);
    });
  });

  it('carry ids 000–004 and only the outlets their text names', () => {
    expect(seeds.map((s) => s.id)).toEqual(['000', '001', '002', '003', '004']);
    expect(seeds.map((s) => s.outlet)).toEqual([null, 'Al-Thawra (Syria)', 'Al Jazeera + Anadolu', null, null]);
    expect(seeds[1]!.body).toMatch(/^الثورة – ريم صالح:/u);
    expect(seeds[2]!.body.trimEnd()).toMatch(/المصدر : الجزيرة \+ الأناضول$/u);
  });

  it('have the headline as title where the text has one', () => {
    expect(seeds.map((s) => s.title)).toEqual([
      'توكاييف: أعمال الشغب تقودها عصابات إرهابية تلقّت تدريباتها في الخارج',
      null,
      'روسيا تعلن اكتمال نشر قوات "حفظ السلام" في كازاخستان والسلطات تؤكد استقرار المناطق المضطربة',
      null,
      null,
    ]);
    for (const s of seeds) if (s.title !== null) expect(s.body.startsWith(`${s.title}\n`)).toBe(true);
  });

  it('are Arabic, declared and detected', () => {
    for (const name of originals) {
      expect(splitFrontMatter(readFileSync(join(bundledSeedsDir(), name), 'utf8'), name).meta.language).toBe('ar');
    }
    expect(seeds.every((s) => s.language === 'ar' && s.date === null && s.url === null)).toBe(true);
  });
});
