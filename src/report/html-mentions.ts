import type {Analysis, AnalyzedSource, ConceptInfo, Mention} from '../types.js';
import {FURNITURE_NAME} from '../corpus/furniture-kind.js';
import {esc} from './escape.js';
import {inline, languageAttrs, VOICE_NAME} from './html-text.js';
import {sourceName} from './summary.js';

/*
 * "The words in context": per concept and source, every counted term in
 * its sentence. Terms are marked whole with <mark> (a background and an
 * underline style per voice, never an isolate), and everything about a
 * term (pole, gloss, voice, speaker) is an English label outside the
 * Arabic block, so the sentence itself is shown exactly as written.
 */

/** The section in pieces (one per source and concept), so a corpus of any size never makes one string of it all. */
export function* mentionsHtml(a: Analysis): Generator<string> {
  const bySourceConcept = new Map<string, Mention[]>();
  for (const m of a.mentions) {
    const key = `${m.source}\u0000${m.concept}`;
    const list = bySourceConcept.get(key);
    if (list) list.push(m);
    else bySourceConcept.set(key, [m]);
  }
  yield MENTIONS_LEGEND;
  for (const c of a.concepts) yield* conceptHtml(a, c, bySourceConcept);
}

/** One concept's section; the mentions come grouped by source × concept once for the whole report, not filtered per section. */
function* conceptHtml(a: Analysis, c: ConceptInfo, bySourceConcept: ReadonlyMap<string, readonly Mention[]>): Generator<string> {
  yield `<article class="concept"><h3>${esc(c.id)} — ${esc(c.question)}</h3>`;
  let any = false;
  for (const s of a.sources) {
    const list = [...(bySourceConcept.get(`${s.id}\u0000${c.id}`) ?? [])].sort((x, y) => x.start - y.start);
    if (list.length === 0) continue;
    any = true;
    const groups = bySentence(list);
    const counts = `${list.length} mention${list.length === 1 ? '' : 's'}${groups.length < list.length ? ` in ${groups.length} sentences` : ''}`;
    yield `<h4>${inline(sourceName(s))} <small>${counts}</small></h4><ol class="kwic">${groups.map((g) => sentenceHtml(s, c, g)).join('')}</ol>`;
  }
  yield any ? '</article>' : '<p>No mentions.</p></article>';
}

const MENTIONS_LEGEND = `<p class="legend">Every counted term in its sentence, grouped by concept and source. Above each sentence, one line per term: its pole, the English gloss, the words as written, the voice and who speaks. In the sentence: <mark class="hit first">first pole</mark> <mark class="hit second">second pole</mark> <mark class="hit">neutral</mark>; no underline = own voice, <mark class="hit v-quoted">double underline</mark> = quoted, <mark class="hit v-attributed">dotted underline</mark> = attributed.</p>`;

function bySentence(mentions: readonly Mention[]): Mention[][] {
  const groups: Mention[][] = [];
  for (const m of mentions) {
    const last = groups.at(-1);
    if (last && last[0]!.sentence === m.sentence) last.push(m);
    else groups.push([m]);
  }
  return groups;
}

/**
 * One sentence with this concept's terms marked, under one line per term:
 * pole, gloss, the term, voice, flags and speaker, as English labels
 * outside the Arabic block. A long sentence is cut 220 characters around
 * its terms.
 */
function sentenceHtml(s: AnalyzedSource, c: ConceptInfo, group: readonly Mention[]): string {
  const first = group[0]!;
  const last = group.at(-1)!;
  const sentence = s.sentences[first.sentence] ?? {start: 0, end: s.body.length};
  const from = Math.max(sentence.start, first.start - 220);
  const to = Math.min(sentence.end, last.end + 220);
  let cursor = from;
  let text = from > sentence.start ? '… ' : '';
  for (const m of group) {
    if (m.start < cursor) continue; // overlapping terms: the first one is marked
    text += esc(s.body.slice(cursor, m.start)) + markHtml(c, m);
    cursor = m.end;
  }
  text += esc(s.body.slice(cursor, to)) + (to < sentence.end ? ' …' : '');
  const language = s.paragraphs.find((p) => p.start <= first.start && first.start < p.end)?.language ?? s.language;
  return `<li><ul class="meta">${group.map(metaHtml).join('')}</ul><blockquote${languageAttrs(language)}>${text}</blockquote></li>`;
}

function markHtml(c: ConceptInfo, m: Mention): string {
  const side = m.pole === c.poles[0] ? ' first' : m.pole === c.poles[1] ? ' second' : '';
  return `<mark class="hit${side} v-${m.voice}" title="${esc(`${m.concept}/${m.pole}: ${m.gloss} — ${VOICE_NAME[m.voice]}`)}">${esc(m.text)}</mark>`;
}

function metaHtml(m: Mention): string {
  const parts = [
    `<span class="pole">${esc(m.pole)}</span>`,
    `“${esc(m.gloss)}”`,
    `<span class="term">${inline(m.text)}</span>`,
    `<span class="voice v-${m.voice}">${VOICE_NAME[m.voice]}</span>`,
    m.distanced ? '<span class="flag">distanced</span>' : '',
    m.negated ? '<span class="flag">negated, not counted</span>' : '',
    m.furniture ? `<span class="flag">${FURNITURE_NAME[m.furniture]}, not counted</span>` : '',
    m.speaker ? `speaker: ${inline(m.speaker)}` : '',
  ];
  return `<li>${parts.filter(Boolean).join(' ')}</li>`;
}

