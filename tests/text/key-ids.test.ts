import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {tokenize} from '../../src/text/tokenize.js';

const seedDir = join(import.meta.dirname, '..', '..', 'seeds');

describe('key numbers on tokens (text/key-ids.ts)', () => {
  it('gives every token of a seed its key’s number: one number per key, whatever the spelling that folded to it', () => {
    const body = readFileSync(join(seedDir, readdirSync(seedDir).sort()[0]!), 'utf8');
    const tokens = tokenize(body);
    const byKey = new Map<string, number>();
    const byId = new Map<number, string>();
    for (const t of tokens) {
      expect(t.keyId).toBeTypeOf('number');
      expect(byKey.get(t.key) ?? t.keyId).toBe(t.keyId);
      expect(byId.get(t.keyId!) ?? t.key).toBe(t.key);
      byKey.set(t.key, t.keyId!);
      byId.set(t.keyId!, t.key);
    }
    // A run of letters too long to be a lexicon word is not numbered (the table would keep it alive).
    expect(tokenize('و'.repeat(41))[0]!.keyId).toBe(-1);
    // The seed spells some words two ways (with and without hamza or diacritics): fewer keys than spellings.
    expect(byKey.size).toBeLessThan(new Set(tokens.map((t) => t.text)).size);
  });
});
