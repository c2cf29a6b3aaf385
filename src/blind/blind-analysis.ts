import type {Analysis, AnalyzedSource, Claim, ClaimsTableRow, Credit, MatrixCell, Mention, OwnVoiceTerm, Passage, PassageGroup, SpeakerStats, Statement} from '../types.js';
import type {Lang} from '../lesson/words.js';
import {blindLabel, revealedLabel} from './labels.js';
import {applyMask, corpusOutletNames, maskNames, maskSpans} from './mask.js';

/*
 * Blind reading: the same analysis with the outlets hidden. Sources become
 * A, B, C … ("Outlet A", in the interface language: labels.ts), in an
 * order shuffled by a seed; every text loses the names that give its outlet
 * away (see mask.ts); file paths and URLs are dropped. Offsets are untouched, so every finding stays valid against
 * the masked body. A second analysis, `revealed`, has the same letters and
 * order with the original texts and names, for the teacher's reveal.
 */

export interface BlindKeyRow {
  readonly letter: string;
  /** The source's id, file, outlet (front matter) and credits as analysed. */
  readonly id: string;
  readonly file: string;
  readonly outlet: string | null;
  readonly credits: readonly string[];
}

export interface BlindResult {
  readonly blind: Analysis;
  readonly revealed: Analysis;
  readonly seed: number;
  /** Letter → source, in letter order. */
  readonly key: readonly BlindKeyRow[];
}

/** A, B, … Z, AA, AB, … */
export function letterOf(index: number): string {
  let n = index;
  let s = '';
  do {
    s = String.fromCharCode(65 + (n % 26)) + s;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return s;
}

/** mulberry32: a small, well-mixed PRNG, so that one seed always gives the same letters. */
function random(seed: number): () => number {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

/** Source indexes in the order the letters go to them (Fisher–Yates with the seeded generator). */
export function shuffledOrder(count: number, seed: number): number[] {
  const order = Array.from({length: count}, (_, i) => i);
  const next = random(seed);
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

export function blindAnalysis(a: Analysis, seed: number, lang: Lang = 'en'): BlindResult {
  const order = shuffledOrder(a.sources.length, seed);
  const letters = new Map<string, string>();
  order.forEach((sourceIndex, i) => letters.set(a.sources[sourceIndex]!.id, letterOf(i)));
  const names = corpusOutletNames(a.sources);
  const masked = new Map(a.sources.map((s) => [s.id, applyMask(s.body, maskSpans(s, names))]));
  const key = order.map((i): BlindKeyRow => {
    const s = a.sources[i]!;
    return {letter: letters.get(s.id)!, id: s.id, file: s.file, outlet: s.outlet, credits: s.credits.map((c) => c.text)};
  });
  const blindSource = (s: AnalyzedSource): AnalyzedSource => {
    const body = masked.get(s.id)!;
    const letter = letters.get(s.id)!;
    // Other metadata (author, section, a table's media columns) can name the outlet: a blind source keeps none of it, nor a table's line number.
    const {extra: _extra, line: _line, ...kept} = s;
    return {...kept, id: letter, file: blindLabel(letter, lang), outlet: blindLabel(letter, lang), url: null, title: s.title === null ? null : maskNames(s.title, names), body, credits: s.credits.map((c) => maskCredit(c, body))};
  };
  const revealSource = (s: AnalyzedSource): AnalyzedSource => {
    const letter = letters.get(s.id)!;
    return {...s, id: letter, outlet: revealedLabel(letter, s, lang)};
  };
  // The rewrites below see findings already renamed to their letter.
  const maskedByLetter = new Map(a.sources.map((s) => [letters.get(s.id)!, masked.get(s.id)!]));
  const text = (letter: string, start: number, end: number): string => maskedByLetter.get(letter)!.slice(start, end);
  const blind = relabel(a, order, letters, blindSource, {
    mention: (m) => ({...m, text: text(m.source, m.start, m.end), speaker: m.speaker === null ? null : maskNames(m.speaker, names)}),
    claim: (c) => ({...c, text: text(c.source, c.start, c.end), speaker: c.speaker === null ? null : maskNames(c.speaker, names)}),
    statement: (st) => ({...st, speaker: st.speaker === null ? null : maskNames(st.speaker, names), cue: maskNames(st.cue, names)}),
    speaker: (sp) => ({...sp, speaker: maskNames(sp.speaker, names)}),
    term: (t) => ({...t, forms: t.forms.map((f) => maskNames(f, names))}),
  });
  const revealed = relabel(a, order, letters, revealSource, {});
  // A lexicon's terms, patterns, glosses and notes may name an outlet too: a note on why a newspaper's name is not a
  // term, or the word itself (الثورة, "the revolution", in a pattern of the revolution's enemies, is the Syrian daily).
  const mask = (x: string): string => maskNames(x, names);
  const lexicon = a.lexicon.map((e) => ({
    ...e,
    terms: e.terms.map(mask),
    ...(e.patterns ? {patterns: e.patterns.map(mask)} : {}),
    gloss: mask(e.gloss),
    ...(e.glossAr ? {glossAr: mask(e.glossAr)} : {}),
    note: e.note === null ? null : mask(e.note),
  }));
  // A skipped file's path can name its outlet: the blind reading counts skipped files without naming them.
  const skipped = a.skipped?.map((f, i) => ({file: `(name hidden in a blind reading, ${i + 1})`, reason: maskNames(f.reason, names)}));
  return {blind: {...blind, lexicon, ...(skipped ? {skipped} : {})}, revealed, seed, key};
}

function maskCredit(c: Credit, body: string): Credit {
  return {...c, text: body.slice(c.start, c.end), names: c.names.map((n) => ({...n, text: body.slice(n.start, n.end)}))};
}

interface Rewrites {
  readonly mention?: (m: Mention) => Mention;
  readonly claim?: (c: Claim) => Claim;
  readonly statement?: (s: Statement) => Statement;
  readonly speaker?: (s: SpeakerStats) => SpeakerStats;
  readonly term?: (t: OwnVoiceTerm) => OwnVoiceTerm;
}

/** The analysis with sources in letter order and every source reference renamed to its letter. */
function relabel(a: Analysis, order: readonly number[], letters: ReadonlyMap<string, string>, source: (s: AnalyzedSource) => AnalyzedSource, rw: Rewrites): Analysis {
  const id = (old: string): string => letters.get(old) ?? old;
  const same = <T,>(x: T): T => x;
  const mention = rw.mention ?? same;
  const claim = rw.claim ?? same;
  const statement = rw.statement ?? same;
  const speaker = rw.speaker ?? same;
  const term = rw.term ?? same;
  const rank = new Map(order.map((sourceIndex, i) => [a.sources[sourceIndex]!.id, i]));
  const byLetter = <T,>(list: readonly T[], of: (x: T) => string): T[] => list.map((x, i) => ({x, i})).sort((p, q) => rank.get(of(p.x))! - rank.get(of(q.x))! || p.i - q.i).map((p) => p.x);
  const cell = (c: MatrixCell): MatrixCell => ({...c, source: id(c.source), ownVoiceTerms: c.ownVoiceTerms.map(term), reportedTerms: c.reportedTerms.map(term), distancedTerms: c.distancedTerms.map(term)});
  const row = (r: ClaimsTableRow): ClaimsTableRow => ({...r, cells: Object.fromEntries(byLetter(Object.entries(r.cells), ([k]) => k).map(([k, v]) => [id(k), v]))});
  const passage = (p: Passage): Passage => ({...p, a: {...p.a, source: id(p.a.source)}, b: {...p.b, source: id(p.b.source)}});
  const group = (g: PassageGroup): PassageGroup => ({...g, reference: {...g.reference, source: id(g.reference.source)}, members: g.members.map((m) => ({...m, side: {...m.side, source: id(m.side.source)}}))});
  return {
    ...a,
    sources: order.map((i) => source(a.sources[i]!)),
    mentions: a.mentions.map((m) => mention({...m, source: id(m.source)})),
    claims: a.claims.map((c) => claim({...c, source: id(c.source)})),
    statements: a.statements.map((s) => statement({...s, source: id(s.source)})),
    matrix: byLetter(a.matrix, (c) => c.source).map(cell),
    claimsTable: a.claimsTable.map(row),
    passages: a.passages.map(passage),
    passageGroups: a.passageGroups.map(group),
    speakers: byLetter(a.speakers, (s) => s.source).map((s) => speaker({...s, source: id(s.source)})),
  };
}
