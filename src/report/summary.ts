import {claimValue} from '../text-report/text-report.js';
import type {Analysis, AnalyzedSource, ConceptInfo, MatrixCell} from '../types.js';
import {isCounted} from '../compare/counted.js';
import {sourceById} from './by-source.js';

/**
 * A piece of summary text: our English prose, or a string that comes from
 * a source (`quoted`: its words, its id, its outlet), which each view
 * isolates when it holds Arabic (HTML <bdi>, Markdown a span with dir) so
 * it cannot pull the numbers and brackets around it out of place.
 */
export type Segment = {readonly text: string; readonly quoted?: boolean};

/** "001 · Al-Thawra (Syria)", or just the id when the text names no outlet. */
export function sourceName(s: AnalyzedSource): string {
  return s.outlet ? `${s.id} · ${s.outlet}` : s.id;
}

/**
 * Sentences a teacher can read aloud: the size of the corpus; per concept,
 * which outlets lean which way in their own voice and with which words,
 * and who uses a side's words only when reporting others; then where the
 * numbers diverge and which passages are shared.
 */
export function summarySentences(a: Analysis): Segment[][] {
  const counted = a.mentions.filter(isCounted).length;
  const out: Segment[][] = [
    [{text: `${count(a.sources.length, 'source')}, ${count(counted, 'framing word or phrase', 'framing words and phrases')}, ${count(a.claims.length, 'reported number')} and ${sharedCount(a)}.`}],
  ];
  for (const concept of a.concepts) {
    const sentence = conceptSentence(a, concept);
    if (sentence.length > 0) out.push(sentence);
  }
  out.push(...numberSentences(a));
  if (a.passages.length > 0) {
    const pairs = [...new Map(a.passages.map((p) => [`${p.a.source}\u0000${p.b.source}`, p])).values()];
    const links: Segment[] = pairs.flatMap((p, i) => [{text: i === 0 ? '' : i === pairs.length - 1 ? ' and ' : ', '}, {text: p.a.source, quoted: true}, {text: ' with '}, {text: p.b.source, quoted: true}]);
    out.push([{text: 'Shared wording (wire copy or the same statement) links '}, ...links, {text: '.'}]);
  }
  for (const g of a.passageGroups.slice(0, SUMMARY_GROUPS)) {
    const edited = g.members.filter((m) => m.edits.length > 0);
    const terms = edited.filter((m) => m.edits.some((e) => e.term));
    const sentence: Segment[] = [{text: `One passage is carried by ${g.members.length} sources, ${g.members.length - edited.length} of them word for word (the common wording is that of `}, {text: g.reference.source, quoted: true}, {text: ')'}];
    if (terms.length > 0) sentence.push({text: '; '}, ...listOf(terms.map((m) => m.side.source)), {text: ` changed a framing word in ${terms.length === 1 ? 'its copy' : 'their copies'}`});
    out.push([...sentence, {text: '.'}]);
  }
  if (a.passageGroups.length > SUMMARY_GROUPS) out.push([{text: `${count(a.passageGroups.length - SUMMARY_GROUPS, 'more passage')} carried by many sources: see Shared passages.`}]);
  return out;
}

/** "3 shared passages", with the passages many sources carry as groups: "1 shared passage carried by 14 sources", never "0 shared passages" above a group. */
function sharedCount(a: Analysis): string {
  const groups = a.passageGroups;
  if (groups.length === 0) return count(a.passages.length, 'shared passage');
  const sizes = groups.map((g) => g.members.length);
  const least = Math.min(...sizes);
  const most = Math.max(...sizes);
  const by = groups.length === 1 ? `carried by ${most} sources` : `carried by ${least === most ? most : `${least} to ${most}`} sources each`;
  if (a.passages.length === 0) return `${count(groups.length, 'shared passage')} ${by}`;
  return `${count(a.passages.length + groups.length, 'shared passage')}: ${a.passages.length.toLocaleString('en')} between two sources, ${groups.length.toLocaleString('en')} ${by}`;
}

/** Passage groups the summary names one by one; the rest are counted. */
const SUMMARY_GROUPS = 3;

function conceptSentence(a: Analysis, concept: ConceptInfo): Segment[] {
  const cells = a.matrix.filter((c) => c.concept === concept.id);
  const [first, second] = concept.poles;
  if (first === undefined || second === undefined) return [];
  const toFirst = cells.filter((c) => c.lean !== null && c.lean < -0.05);
  const toSecond = cells.filter((c) => c.lean !== null && c.lean > 0.05);
  if (toFirst.length === 0 && toSecond.length === 0) return [];
  const sentence: Segment[] = [{text: `${capital(concept.question)} `}];
  const side = (group: MatrixCell[], pole: string): void => {
    if (group.length === 0) return;
    for (const part of listOf(group.map((c) => name(a, c.source)))) sentence.push(part);
    sentence.push({text: ` ${group.length === 1 ? 'leans' : 'lean'} ${pole} in ${group.length === 1 ? 'its' : 'their'} own voice (`});
    group.forEach((c, i) => {
      const term = c.ownVoiceTerms.find((t) => t.pole === pole) ?? c.ownVoiceTerms[0];
      if (!term) return;
      if (i > 0) sentence.push({text: '; '});
      if (group.length > 1) sentence.push({text: c.source, quoted: true}, {text: ': '});
      sentence.push({text: `“${term.gloss}” `}, {text: term.forms[0] ?? '', quoted: true});
    });
    sentence.push({text: '). '});
  };
  side(toFirst, first);
  side(toSecond, second);
  // The contrast the tool is for: a side's words used by others, but only in someone else's mouth.
  const reportOnly = cells.filter((c) => c.reportedTerms.some((t) => t.pole === first) && !c.ownVoiceTerms.some((t) => t.pole === first));
  if (toFirst.length > 0 && reportOnly.length > 0) {
    const distancing = reportOnly.filter((c) => c.distancedTerms.some((t) => t.pole === first));
    const plural = (n: number, one: string, many: string): string => (n === 1 ? one : many);
    for (const part of listOf(reportOnly.map((c) => c.source))) sentence.push(part);
    sentence.push({text: ` ${plural(reportOnly.length, 'uses', 'use')} ${first} words only when quoting or attributing them`});
    if (distancing.length === reportOnly.length) sentence.push({text: `, and ${plural(distancing.length, 'marks', 'mark')} some as someone else’s wording`});
    else if (distancing.length > 0) sentence.push({text: '; '}, ...listOf(distancing.map((c) => c.source)), {text: ` ${plural(distancing.length, 'marks', 'mark')} some as someone else’s wording`});
    sentence.push({text: '. '});
  }
  const silent = cells.filter((c) => c.lean === null);
  if (silent.length > 0) sentence.push({text: 'No own-voice evidence in '}, ...listOf(silent.map((c) => c.source)), {text: '.'});
  return trimEnd(sentence);
}

function numberSentences(a: Analysis): Segment[][] {
  const out: Segment[][] = [];
  for (const row of a.claimsTable) {
    const filled = a.sources.filter((s) => (row.cells[s.id] ?? []).length > 0);
    if (filled.length < 2) continue;
    const values = (id: string): string[] => (row.cells[id] ?? []).map((i) => claimValue(a.claims[i]!));
    const distinct = new Set(filled.flatMap((s) => values(s.id)));
    const vague = filled.some((s) => (row.cells[s.id] ?? []).some((i) => a.claims[i]!.value === null));
    const sentence: Segment[] = [{text: `${capital(row.measure)} (${row.group}): ${verdict(distinct.size, vague)} — `}];
    filled.forEach((s, i) => sentence.push({text: i > 0 ? '; ' : ''}, {text: s.id, quoted: true}, {text: `: ${values(s.id).join(', ')}`}));
    out.push([...sentence, {text: '.'}]);
  }
  return out;
}

/**
 * Sources agree on a figure only when they give the same exact number: two
 * "dozens" are the same word, not the same count, so they do not agree.
 */
function verdict(distinct: number, vague: boolean): string {
  if (distinct > 1) return 'the sources give different figures';
  return vague ? 'the sources give only a vague quantity, no figure to compare' : 'the sources agree';
}

function name(a: Analysis, id: string): string {
  const s = sourceById(a.sources, id);
  return s ? sourceName(s) : id;
}

/** "a", "a and b", "a, b and c", each item a source's own name (quoted: views isolate it). */
function listOf(items: readonly string[]): Segment[] {
  return items.flatMap((text, i) => [{text: i === 0 ? '' : i === items.length - 1 ? ' and ' : ', '}, {text, quoted: true}]);
}

function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? singular : plural}`;
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function trimEnd(segments: Segment[]): Segment[] {
  const last = segments.at(-1);
  if (last && !last.quoted) segments[segments.length - 1] = {text: last.text.trimEnd()};
  return segments;
}
