import {leanText} from '../text-report/text-report.js';
import {claimValue} from '../text-report/text-report.js';
import {sanitizeText} from '../text-report/sanitize.js';
import type {Analysis} from '../types.js';
import {renderPassageDiff} from '../compare/diff-render.js';
import {sourceName, summarySentences} from './summary.js';

/** Markdown table cells: no pipes, no line breaks, no HTML from the article. */
function md(s: string): string {
  return sanitizeText(s).replace(/\|/gu, '\\|').replace(/[<>]/gu, (c) => (c === '<' ? '&lt;' : '&gt;')).replace(/\s+/gu, ' ').trim();
}

/** A Markdown report: summary, matrix, numbers and the top shared passages; renders on code-hosting sites. */
export function markdownReport(a: Analysis): string {
  const lines: string[] = ['# framelens report', ''];
  lines.push('## Summary', '');
  for (const sentence of summarySentences(a)) lines.push(`- ${md(sentence.map((s) => s.text).join(''))}`);
  lines.push('', '## Sources', '', '| id | outlet | words | title |', '|---|---|---:|---|');
  for (const s of a.sources) lines.push(`| ${md(s.id)} | ${md(s.outlet ?? 'not stated')} | ${s.words} | ${md(s.title ?? '')} |`);

  lines.push('', '## Framing matrix', '', 'Own-voice lean from −1 (first pole) to +1 (second pole), with the number of own-voice mentions it rests on; the dominant own-voice term below it.', '');
  lines.push(`| source | ${a.concepts.map((c) => `${c.id} (${c.poles[0]} ↔ ${c.poles[1]})`).join(' | ')} |`);
  lines.push(`|---|${a.concepts.map(() => '---').join('|')}|`);
  for (const s of a.sources) {
    const cells = a.concepts.map((c) => {
      const cell = a.matrix.find((m) => m.source === s.id && m.concept === c.id);
      if (!cell || cell.lean === null) return 'no own-voice evidence';
      const top = cell.ownVoiceTerms[0];
      return `**${leanText(cell)}**${top ? `<br>${md(top.gloss)}: ${md(top.forms[0] ?? '')}` : ''}`;
    });
    lines.push(`| ${md(sourceName(s))} | ${cells.join(' | ')} |`);
  }

  lines.push('', '## Numbers', '');
  if (a.claimsTable.length === 0) lines.push('No tolls found.');
  else {
    lines.push(`| measure · group | ${a.sources.map((s) => md(s.id)).join(' | ')} |`, `|---|${a.sources.map(() => '---').join('|')}|`);
    for (const row of a.claimsTable) {
      const cells = a.sources.map((s) => (row.cells[s.id] ?? []).map((i) => `${claimValue(a.claims[i]!)} (${a.claims[i]!.voice})`).join('; '));
      lines.push(`| ${row.measure} · ${row.group} | ${cells.map(md).join(' | ')} |`);
    }
  }

  lines.push('', '## Shared passages', '');
  if (a.passages.length === 0) lines.push('No shared passages.');
  lines.push('Markers: `[-…-]` only in the first source, `{+…+}` only in the second, `a~b` spelling only, `‹!›` touches a framing term.', '');
  a.passages.slice(0, 10).forEach((p) => {
    const body = (id: string): string => a.sources.find((s) => s.id === id)!.body;
    const kinds = p.edits.reduce<Record<string, number>>((acc, e) => ({...acc, [e.kind]: (acc[e.kind] ?? 0) + 1}), {});
    lines.push(`### ${p.a.source} ↔ ${p.b.source} (similarity ${p.similarity.toFixed(2)}${Object.keys(kinds).length ? `; ${Object.entries(kinds).map(([k, n]) => `${n} ${k}`).join(', ')}` : ''})`, '');
    lines.push('```text', renderPassageDiff(p, body(p.a.source), body(p.b.source), {color: false}), '```', '');
  });
  return lines.join('\n') + '\n';
}
