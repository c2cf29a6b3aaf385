import {QUALIFIER_LEGEND} from '../claims/qualifier.js';
import {encodingNote} from '../corpus/encoding-note.js';
import {claimValue, leanText} from '../text-report/text-report.js';
import type {Analysis, Passage} from '../types.js';
import {sanitizeText} from '../text/strip-controls.js';
import {hasArabic} from './escape.js';
import {withoutAutolinks} from './unlink.js';
import {editSummary, passageMarkup} from './passage-markup.js';
import {sourceName, summarySentences} from './summary.js';

/*
 * The Markdown report: summary, sources, framing matrix, numbers and the
 * top shared passages, for a code-hosting site (GitHub-flavoured tables
 * and the inline HTML GitHub keeps: span/p with dir and lang, del, ins,
 * abbr, mark).
 *
 * Arabic inside English text is wrapped in <span dir="rtl" lang="ar">: an
 * element with a dir attribute is bidi-isolated, as <bdi> would be (which
 * GitHub strips), so "العصابات). 003" does not come out as "003 .(العصابات".
 * Article text is untrusted: Markdown punctuation is backslash-escaped and
 * markup characters become entities, so no article can add a link, an
 * image or a tag to the page, and bare URLs are kept from being linked
 * (unlink.ts).
 */

/** How many shared passages the Markdown report shows (the HTML report shows all). */
export const MARKDOWN_PASSAGES = 10;

export function markdownReport(a: Analysis): string {
  return withoutAutolinks([...summary(a), ...sources(a), ...matrix(a), ...numbers(a), ...passages(a)].join('\n') + '\n');
}

/** Text for Markdown (a table cell or a line): escaped, on one line, Arabic isolated. */
function md(text: string): string {
  const escaped = plain(text).replace(/\s+/gu, ' ').trim();
  return hasArabic(text) ? `<span dir="rtl" lang="ar">${escaped}</span>` : escaped;
}

/**
 * Text that must stay text: no control or bidi characters, no tags or
 * entities (& < >), and a backslash before every character that could
 * start inline Markdown (emphasis, code, links, tables, strikethrough,
 * GitHub math). Quotes and brackets that only matter after an escaped [
 * are left alone so the file stays readable as plain text.
 */
function plain(text: string): string {
  return sanitizeText(text)
    .replace(/[\\`*_[\]|~$]/gu, (c) => `\\${c}`)
    .replace(/[&<>]/gu, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

function summary(a: Analysis): string[] {
  const items = summarySentences(a).map((sentence) => `- ${sentence.map((s) => (s.quoted ? md(s.text) : plain(s.text))).join('')}`);
  return ['# framelens report', '', '## Summary', '', ...items, ''];
}

function sources(a: Analysis): string[] {
  const rows = a.sources.map((s) => `| ${plain(s.id)} | ${s.outlet ? md(s.outlet) : 'not stated'} | ${s.words} | ${s.title ? md(s.title) : ''} |`);
  const notes = a.sources.flatMap((s) => {
    const note = encodingNote(s);
    return note ? [`- ${plain(s.id)}: read as ${plain(note)}`] : [];
  });
  const skipped = (a.skipped ?? []).map((f) => `- skipped ${md(f.file)}: ${md(f.reason)}`);
  const more = notes.length + skipped.length > 0 ? ['', ...notes, ...skipped] : [];
  const credited = a.sources.filter((s) => s.credits.length > 0).map((s) => `- ${plain(s.id)}: ${s.credits.map((c) => md(c.text)).join(' · ')}`);
  const says = credited.length ? ['', 'What the texts themselves say about their source (credit lines, bylines, photo credits, datelines):', '', ...credited] : [];
  return ['## Sources', '', '| id | outlet | words | title |', '|---|---|---:|---|', ...rows, ...more, ...says, ''];
}

function matrix(a: Analysis): string[] {
  const head = `| source | ${a.concepts.map((c) => `${plain(c.id)} (${plain(c.poles[0] ?? '')} ↔ ${plain(c.poles[1] ?? '')})`).join(' | ')} |`;
  const rows = a.sources.map((s) => {
    const cells = a.concepts.map((c) => {
      const cell = a.matrix.find((m) => m.source === s.id && m.concept === c.id);
      if (!cell || cell.lean === null) return '*no own-voice evidence*';
      const top = cell.ownVoiceTerms[0];
      return `**${leanText(cell)}**${top ? `<br>${plain(top.gloss)}: ${md(top.forms[0] ?? '')}` : ''}`;
    });
    return `| ${md(sourceName(s))} | ${cells.join(' | ')} |`;
  });
  return [
    '## Framing matrix',
    '',
    'Own-voice lean from −1 (first pole) to +1 (second pole), with the number of own-voice mentions it rests on (n), and the most used own-voice term. Quoted and attributed words do not move the lean.',
    '',
    head,
    `|---|${a.concepts.map(() => '---').join('|')}|`,
    ...rows,
    '',
  ];
}

function numbers(a: Analysis): string[] {
  if (a.claimsTable.length === 0) return ['## Numbers', '', 'No tolls found.', ''];
  const rows = a.claimsTable.map((row) => {
    const cells = a.sources.map((s) => (row.cells[s.id] ?? []).map((i) => `${plain(claimValue(a.claims[i]!))} (${a.claims[i]!.voice})`).join('; '));
    return `| ${plain(row.measure)} · ${plain(row.group)} | ${cells.join(' | ')} |`;
  });
  return [
    '## Numbers',
    '',
    `What is counted, of whom, per source, with the voice it is reported in (${QUALIFIER_LEGEND.replace(/([<>])/gu, '\\$1')}).`,
    '',
    `| measure · group | ${a.sources.map((s) => plain(s.id)).join(' | ')} |`,
    `|---|${a.sources.map(() => '---').join('|')}|`,
    ...rows,
    '',
  ];
}

/** Passages whose edits touch framing terms first, then the longest. */
function topPassages(a: Analysis): Passage[] {
  const weight = (p: Passage): [number, number] => [p.edits.filter((e) => e.term).length, p.a.end - p.a.start];
  return [...a.passages]
    .sort((x, y) => {
      const [tx, lx] = weight(x);
      const [ty, ly] = weight(y);
      return ty - tx || ly - lx;
    })
    .slice(0, MARKDOWN_PASSAGES);
}

function passages(a: Analysis): string[] {
  const lines = ['## Shared passages', ''];
  if (a.passages.length === 0) return [...lines, 'No shared passages.', ''];
  const shown = topPassages(a);
  lines.push(
    `${shown.length < a.passages.length ? `The ${shown.length} most telling of ${a.passages.length} passages (the HTML report has all). ` : ''}Each is shown in the words of the first source: <del>struck</del> only in the first, <ins>underlined</ins> only in the second, <abbr title="the second source's spelling">dotted</abbr> a spelling difference, <mark>highlighted</mark> an edit that touches a framing term.`,
    '',
  );
  for (const p of shown) {
    const sourceA = a.sources.find((s) => s.id === p.a.source)!;
    const sourceB = a.sources.find((s) => s.id === p.b.source)!;
    const dir = sourceA.language === 'ar' ? ' dir="rtl" lang="ar"' : sourceA.language === 'en' ? ' dir="ltr" lang="en"' : ' dir="auto"';
    lines.push(`### ${plain(sourceA.id)} ↔ ${plain(sourceB.id)}`, '', `Similarity ${p.similarity.toFixed(2)}; ${editSummary(p)}.`, '');
    lines.push(`<p${dir}>${passageMarkup(p, sourceA.body, sourceB.body, {labelB: sourceB.id})}</p>`, '');
  }
  return lines;
}
