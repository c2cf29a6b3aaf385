import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {z} from 'zod';
import {bundledLexiconDir} from '../../src/lexicon/bundled-dir.js';
import {lexiconFileSchema} from '../../src/lexicon/schema.js';
import {parseYamlText, readYamlFile} from '../../src/lexicon/yaml-file.js';
import {fromSnapshot, snapshotKey} from '../../src/lexicon/yaml-snapshot.js';

/*
 * The bundled lexicons come from the build's snapshot (dist/yaml-snapshot.json,
 * written by npm run build): the same data and the same lines as parsing
 * the YAML, and only for the very text it was made from.
 */
describe('the YAML snapshot of the bundled files', () => {
  const files = ['framing.ar.yaml', 'framing.en.yaml'].map((name) => join(bundledLexiconDir(), name));

  it('holds each bundled lexicon as parsing it gives, lines included', () => {
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const snap = fromSnapshot(snapshotKey(text, 'lexicon', lexiconFileSchema));
      expect(snap, file).not.toBeNull();
      const parsed = parseYamlText(text, file, lexiconFileSchema, 'lexicon');
      expect(snap!.data).toEqual(JSON.parse(JSON.stringify(parsed.data)));
      const paths = Object.keys(snap!.lines);
      expect(paths.length).toBeGreaterThan(100);
      for (const path of paths) expect(snap!.lines[path], path).toBe(parsed.lineOf(path.split('\0').map((k) => (/^\d+$/u.test(k) ? Number(k) : k))));
    }
  });

  it('does not answer for a text or a schema it was not made from', () => {
    const text = readFileSync(files[0]!, 'utf8');
    expect(fromSnapshot(snapshotKey(text, 'lexicon', lexiconFileSchema))).not.toBeNull();
    expect(fromSnapshot(snapshotKey(`${text}\n`, 'lexicon', lexiconFileSchema))).toBeNull();
    expect(fromSnapshot(snapshotKey(text, 'voice cue file', lexiconFileSchema))).toBeNull();
    // Checked by another schema (a lexicon format that has changed since the build): parsed again.
    expect(fromSnapshot(snapshotKey(text, 'lexicon', lexiconFileSchema.extend({added: z.string().optional()})))).toBeNull();
  });

  it('is what readYamlFile returns for a bundled file', () => {
    expect(existsSync(join(import.meta.dirname, '..', '..', 'dist', 'yaml-snapshot.json'))).toBe(true);
    const read = readYamlFile(files[1]!, lexiconFileSchema, 'lexicon');
    const snap = fromSnapshot(snapshotKey(readFileSync(files[1]!, 'utf8'), 'lexicon', lexiconFileSchema))!;
    expect(read.data).toBe(snap.data);
    expect(read.lineOf(['entries', 0])).toBe(snap.lines['entries\u00000']);
  });
});
