import {matchKey} from '../text/normalize.js';
import type {ConceptInfo, LexiconEntryInfo} from '../types.js';
import type {Discovery} from './discover.js';

/*
 * `discover --format yaml`: the top new candidates as a draft lexicon file in
 * the ordinary format (README, "Lexicon format"), one entry per candidate
 * with its count, outlets and an example sentence. Concept, pole and gloss
 * are written as the placeholder TODO (weight 0): the loader refuses an
 * entry that still has one, naming it and its line, so a draft cannot be
 * used half filled; once filled, `--lexicon draft.yaml` takes it as is.
 */

/** Longest phrase around a known term offered as an entry of its own (in known-term units). */
const MAX_CONTAINS_WORDS = 2;

/** The placeholder a draft entry carries until the user fills it in. */
export const DRAFT_PLACEHOLDER = 'TODO';

export interface DraftCandidate {
  readonly term: string;
  readonly language: 'ar' | 'en';
  readonly why: string;
  readonly count: number;
  readonly outlets: readonly string[];
  readonly example: string;
  readonly where: string;
}

/** New candidates, best first, one per term: distinctive phrases (by z), then slot fillers (by score). */
export function draftCandidates(d: Discovery, max: number, lexicon: readonly LexiconEntryInfo[] = []): DraftCandidate[] {
  const out = new Map<string, DraftCandidate>();
  // A term the lexicon already lists (it found no match here, or an exclusion stopped it) would be a duplicate the loader rejects.
  const listed = new Set(lexicon.flatMap((e) => e.terms.map((t) => termKey(e.language, t))));
  // New phrases (not names), and short phrases around a known term ("radical protesters" around "protesters"): as their own entry, the longer match wins.
  const terms = d.outlets
    .flatMap((o) => o.terms.filter((t) => !t.name && (t.status === 'new' || (t.status === 'contains' && t.words <= MAX_CONTAINS_WORDS))).map((t) => ({o, t})))
    .sort((x, y) => (y.t.z ?? y.t.count) - (x.t.z ?? x.t.count));
  for (const {o, t} of terms) {
    const key = termKey(t.language, t.term);
    if (out.has(key) || listed.has(key)) continue;
    out.set(key, {
      term: t.term,
      language: t.language,
      why: `${t.z === null ? `used ${t.count}× by ${o.outlet}` : `distinctive of ${o.outlet} (z ${t.z.toFixed(2)})`}${t.status === 'contains' && t.entry ? `; contains the lexicon term of ${t.entry.id} (${t.entry.concept}/${t.entry.pole})` : ''}`,
      count: t.count + t.rest,
      outlets: t.outlets,
      example: t.first.example,
      where: t.first.sourceId,
    });
  }
  for (const f of d.slotFillers) {
    const key = termKey(f.language, f.term);
    if (f.status !== 'new' || out.has(key) || listed.has(key)) continue;
    const slot = f.slots[0];
    out.set(key, {
      term: f.term,
      language: f.language,
      why: `fills the slot of “${slot?.term ?? '?'}” (${slot ? `${slot.concept}/${slot.pole}` : '?'}) ${f.evidence[0] ?? ''}`.trim(),
      count: 0,
      outlets: [],
      example: f.first.example,
      where: f.first.sourceId,
    });
  }
  return [...out.values()].slice(0, max);
}

/** The draft file: the language with most candidates (a lexicon file holds one language), the others named in its header. */
export function draftLexicon(d: Discovery, concepts: readonly ConceptInfo[], lexicon: readonly LexiconEntryInfo[], max = 30): string {
  const all = draftCandidates(d, max * 2, lexicon);
  const byLanguage = (l: 'ar' | 'en'): DraftCandidate[] => all.filter((c) => c.language === l);
  const language: 'ar' | 'en' = byLanguage('ar').length >= byLanguage('en').length ? 'ar' : 'en';
  const other = language === 'ar' ? 'en' : 'ar';
  const chosen = byLanguage(language).slice(0, max);
  const lines = [
    '# Draft lexicon written by `framelens discover --format yaml`.',
    '# For each entry you keep, replace every TODO: concept and pole (one of these),',
    ...concepts.map((c) => `#   ${c.id}: ${c.poles.join(' | ')}   (${c.question})`),
    '# weight in [-1, 1] (negative for the concept\'s first pole), and an English gloss.',
    '# Delete the entries you do not want. framelens refuses the file while a TODO is left.',
    '# Then: framelens --lexicon THIS-FILE …',
    ...(byLanguage(other).length ? [`# (${byLanguage(other).length} ${other === 'ar' ? 'Arabic' : 'English'} candidates are left out: a lexicon file holds one language.)`] : []),
    'version: 1',
    `language: ${language}`,
    ...(chosen.length ? ['entries:'] : ['entries: []   # no new candidates in this corpus']),
  ];
  chosen.forEach((c, i) => {
    lines.push(
      '',
      `  # ${c.why}${c.count ? ` · ${c.count} uses` : ''}${c.outlets.length ? ` · outlets: ${c.outlets.map(oneLine).join(', ')}` : ''}`,
      `  - id: draft.${language}.${String(i + 1).padStart(3, '0')}`,
      `    concept: ${DRAFT_PLACEHOLDER}`,
      `    pole: ${DRAFT_PLACEHOLDER}`,
      '    weight: 0',
      `    gloss: ${DRAFT_PLACEHOLDER}`,
      `    terms: [${JSON.stringify(c.term)}]`,
      `    note: ${JSON.stringify(oneLine(c.why))}`,
      `    source: ${JSON.stringify(`${c.where}: ${oneLine(c.example)}`)}`,
    );
  });
  return lines.join('\n') + '\n';
}

/** Two terms the loader would see as one (it compares match keys). */
const termKey = (language: string, term: string): string => `${language}:${term.split(/\s+/u).map(matchKey).join(' ')}`;

/** One line, no control characters (a comment or a quoted scalar must not break). */
function oneLine(text: string): string {
  return text.replace(/[\p{Cc}\p{Zl}\p{Zp}]+/gu, ' ').replace(/\s+/gu, ' ').trim();
}
