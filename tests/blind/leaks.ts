import {basename} from 'node:path';
import type {Analysis} from '../../src/types.js';

/*
 * What a blind reading must not show: each source's outlet as its front
 * matter gives it (whole, and each part of "A + B"), its file name, the
 * credit lines the text carries and the names in them. Written from the
 * analysis as read (not from the masker), so the test can fail.
 */
export function forbiddenStrings(a: Analysis): string[] {
  const out = new Set<string>();
  for (const s of a.sources) {
    if (s.outlet) {
      out.add(s.outlet);
      for (const part of s.outlet.replace(/\([^)]*\)/gu, '').split(/\s*[+,/&]\s*/u)) if (part.trim().length > 1) out.add(part.trim());
    }
    out.add(basename(s.file));
    out.add(s.file);
    for (const c of s.credits) {
      out.add(c.text.trim());
      for (const n of c.names) out.add(n.text.trim());
    }
  }
  return [...out].filter((x) => x.length > 1);
}

const LATIN = /^[\p{Script=Latin}\p{N}\s.\-+&'’]+$/u;

/** The forbidden strings found in an output: Latin names as whole words, others anywhere. */
export function leaks(output: string, forbidden: readonly string[]): string[] {
  return forbidden.filter((f) => {
    if (!LATIN.test(f)) return output.includes(f);
    const escaped = f.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
    return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(output);
  });
}
