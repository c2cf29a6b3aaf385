import {reportText} from '../i18n/report-text.js';
import type {Lang} from '../lesson/words.js';
import {QUALIFIER_LEGEND} from '../claims/qualifier.js';
import {encodingNote} from '../corpus/encoding-note.js';
import {claimValue, leanText} from '../text-report/text-report.js';
import {memberPassage} from '../compare/group-passages.js';
import type {Analysis, Passage, PassageGroup} from '../types.js';
import {sanitizeText} from '../text/strip-controls.js';
import {esc, hasArabic} from './escape.js';
import {withoutAutolinks} from './unlink.js';
import {editSummary, passageMarkup} from './passage-markup.js';
import {sourceName, summarySentences} from './summary.js';
import {matrixCell, sourceById} from './by-source.js';

/*
 * The Markdown report: summary, sources, framing matrix, numbers and the
 * top shared passages, for a code-hosting site (GitHub-flavoured tables)
 * and for reading as plain text: the only HTML is the passage diffs
 * (p with dir and lang, del, ins, abbr, mark), which have no plain form.
 *
 * Arabic never sits where the bidi algorithm could drag the numbers and
 * brackets after it across it ("العصابات). 003" shown as "003 .(العصابات"),
 * and it needs no isolating markup for that: Arabic always ends its line
 * or its table cell. In the summary an Arabic term is replaced by a
 * superscript number and listed under the item ("¹ مسلحين"); in tables
 * it is the last thing in its cell, in the last column where it can be,
 * and the matrix's terms are listed below the table.
 * Article text is untrusted: Markdown punctuation is backslash-escaped and
 * markup characters become entities, so no article can add a link, an
 * image or a tag to the page, and bare URLs are kept from being linked
 * (unlink.ts).
 */

/** How many shared passages the Markdown report shows (the HTML report shows all). */
export const MARKDOWN_PASSAGES = 10;
/** How many passage groups it shows, and how many edited carriers per group (the HTML report and JSON have all). */
export const MARKDOWN_GROUPS = 5;
export const MARKDOWN_GROUP_EDITS = 10;

/** `lang`: the language of the headings (`ar`: Arabic headings; the rest of the text is as in English). */
export function markdownReport(a: Analysis, lang: Lang = 'en'): string {
  const t = reportText(lang).md;
  // Each heading of the English report, in the interface language.
  const headings = new Map([
    ['# framelens report', `# ${reportText(lang).h1}`],
    ['## Summary', `## ${t.summary}`],
    ['## Sources', `## ${t.sources}`],
    ['## Framing matrix', `## ${t.matrix}`],
    ['## Numbers', `## ${t.numbers}`],
    ['## Shared passages', `## ${t.passages}`],
    ['### Passages many sources share', `### ${t.groups}`],
  ]);
  const lines = [...summary(a), ...sources(a), ...matrix(a), ...numbers(a), ...passages(a, lang)].map((l) => headings.get(l) ?? l);
  return withoutAutolinks(lines.join('\n') + '\n');
}

/** Text for Markdown that ends its line or table cell: escaped, on one line. */
function md(text: string): string {
  return plain(text).replace(/\s+/gu, ' ').trim();
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const superscript = (n: number): string => [...String(n)].map((d) => SUPERSCRIPT[Number(d)]).join('');

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

/** Each sentence an item; its Arabic terms as numbered notes under it, each ending its line. */
function summary(a: Analysis): string[] {
  const items = summarySentences(a).flatMap((sentence) => {
    const notes: string[] = [];
    const text = sentence.map((s) => (s.quoted && hasArabic(s.text) ? superscript(notes.push(s.text)) : plain(s.text))).join('');
    return [`- ${text}`, ...notes.map((note, i) => `  - ${superscript(i + 1)} ${md(note)}`)];
  });
  return ['# framelens report', '', '## Summary', '', ...items, ''];
}

function sources(a: Analysis): string[] {
  // The columns that may be Arabic last, the title (usually Arabic) at the end of its line; metadata the tool keeps without using (front-matter keys, page metadata, extra columns) gets a column after it when there is any.
  const extra = a.sources.some((s) => s.extra && Object.keys(s.extra).length > 0);
  const other = (s: Analysis['sources'][number]): string => (extra ? ` ${Object.entries(s.extra ?? {}).map(([k, v]) => `${plain(k)}: ${md(v)}`).join('; ')} |` : '');
  const rows = a.sources.map((s) => `| ${plain(s.id)} | ${s.words} | ${s.outlet ? md(s.outlet) : 'not stated'} | ${s.title ? md(s.title) : ''} |${other(s)}`);
  const notes = a.sources.flatMap((s) => {
    const note = encodingNote(s);
    return note ? [`- ${plain(s.id)}: read as ${plain(note)}`] : [];
  });
  const skipped = (a.skipped ?? []).map((f) => `- skipped ${md(f.file)}: ${md(f.reason)}`);
  const more = notes.length + skipped.length > 0 ? ['', ...notes, ...skipped] : [];
  // An Arabic credit keeps its brackets and colons where it wrote them only in a right-to-left paragraph of its own.
  const credited = a.sources
    .filter((s) => s.credits.length > 0)
    .flatMap((s) => {
      const said = s.credits.map((c) => c.text).join(' · ');
      return hasArabic(said) ? [`- ${plain(s.id)}:`, '', `<p dir="rtl" lang="ar" class="credit">${esc(sanitizeText(said))}</p>`, ''] : [`- ${plain(s.id)}: ${md(said)}`];
    });
  const says = credited.length ? ['', 'What the texts themselves say about their source (credit lines, bylines, photo credits, datelines):', '', ...credited] : [];
  return ['## Sources', '', `| id | words | outlet | title |${extra ? ' other metadata |' : ''}`, `|---|---:|---|---|${extra ? '---|' : ''}`, ...rows, ...more, ...says, ''];
}

function matrix(a: Analysis): string[] {
  const head = `| source | ${a.concepts.map((c) => `${plain(c.id)} (${plain(c.poles[0] ?? '')} ↔ ${plain(c.poles[1] ?? '')})`).join(' | ')} |`;
  const terms: string[] = [];
  const rows = a.sources.map((s) => {
    const cells = a.concepts.map((c) => {
      const cell = matrixCell(a.matrix, s.id, c.id);
      if (!cell || cell.lean === null) return '*no own-voice evidence*';
      const top = cell.ownVoiceTerms[0];
      if (top) terms.push(`- ${plain(s.id)} · ${plain(c.id)}: ${plain(top.gloss)} — ${md(top.forms[0] ?? '')}`);
      return `**${leanText(cell)}**${top ? ` — ${plain(top.gloss)}` : ''}`;
    });
    return `| ${hasArabic(sourceName(s)) ? plain(s.id) : md(sourceName(s))} | ${cells.join(' | ')} |`;
  });
  return [
    '## Framing matrix',
    '',
    'Own-voice lean from −1 (first pole) to +1 (second pole), with the number of own-voice mentions it rests on (n), and the gloss of the most used own-voice term. Quoted and attributed words do not move the lean.',
    '',
    head,
    `|---|${a.concepts.map(() => '---').join('|')}|`,
    ...rows,
    '',
    ...(terms.length > 0 ? ['The most used own-voice term of each cell, as written:', '', ...terms, ''] : []),
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

function passages(a: Analysis, lang: Lang): string[] {
  const lines = ['## Shared passages', ''];
  if (a.passages.length === 0) return [...lines, a.passageGroups.length === 0 ? reportText(lang).noPassages : reportText(lang).noPairPassage, '', ...groups(a)];
  const shown = topPassages(a);
  lines.push(
    `${shown.length < a.passages.length ? `The ${shown.length} most telling of ${a.passages.length} passages (the HTML report has all). ` : ''}Each is shown in the words of the first source: <del>struck</del> only in the first, <ins>underlined</ins> only in the second, <abbr title="the second source's spelling">dotted</abbr> a spelling difference, <mark>highlighted</mark> an edit that touches a framing term.`,
    '',
  );
  for (const p of shown) {
    const sourceA = sourceById(a.sources, p.a.source)!;
    const sourceB = sourceById(a.sources, p.b.source)!;
    const dir = paragraphAttrs(sourceA.language);
    lines.push(`### ${plain(sourceA.id)} ↔ ${plain(sourceB.id)}`, '', `Similarity ${p.similarity.toFixed(2)}; ${editSummary(p)}.`, '');
    lines.push(`<p${dir}>${passageMarkup(p, sourceA.body, sourceB.body, {labelB: sourceB.id})}</p>`, '');
  }
  return [...lines, ...groups(a)];
}

function paragraphAttrs(language: string): string {
  return language === 'ar' ? ' dir="rtl" lang="ar"' : language === 'en' ? ' dir="ltr" lang="en"' : ' dir="auto"';
}

/** Groups whose carriers' edits touch framing terms first, then the most carried. */
function topGroups(a: Analysis): PassageGroup[] {
  const terms = (g: PassageGroup): number => g.members.reduce((n, m) => n + m.edits.filter((e) => e.term).length, 0);
  return [...a.passageGroups].sort((x, y) => terms(y) - terms(x) || y.members.length - x.members.length).slice(0, MARKDOWN_GROUPS);
}

/**
 * Passages many sources carry (one agency story in many outlets): per
 * group, who carries it, the common wording once, and each edited
 * carrier's diff against it. Source ids end their lines (an id may be Arabic).
 */
function groups(a: Analysis): string[] {
  if (a.passageGroups.length === 0) return [];
  const shown = topGroups(a);
  const lines = [
    '### Passages many sources share',
    '',
    `${shown.length < a.passageGroups.length ? `The ${shown.length} most telling of ${a.passageGroups.length} groups (the HTML report has all). ` : ''}Text carried by more sources than pairs can show: the wording most of them use, who uses it word for word, and each other carrier's edits against it (<del>struck</del> only in the common wording, <ins>underlined</ins> only in that source, <mark>highlighted</mark> an edit that touches a framing term).`,
    '',
  ];
  for (const g of shown) {
    const ref = sourceById(a.sources, g.reference.source)!;
    const verbatim = g.members.filter((m) => m.edits.length === 0);
    const edited = g.members.filter((m) => m.edits.length > 0);
    lines.push(`#### ${g.members.length} sources carry this passage`, '', `${verbatim.length} word for word, ${edited.length} with edits. The common wording, as in ${md(ref.id)}`, '');
    lines.push(`<p${paragraphAttrs(ref.language)}>${passageMarkup({a: g.reference, b: g.reference, similarity: 1, edits: []}, ref.body, ref.body, {labelB: ref.id})}</p>`, '');
    lines.push('Word for word:', '', ...idList(verbatim.map((m) => m.side.source)), '');
    for (const m of edited.slice(0, MARKDOWN_GROUP_EDITS)) {
      const member = sourceById(a.sources, m.side.source)!;
      const p = memberPassage(g, m);
      lines.push(`- Similarity ${m.similarity.toFixed(2)}; ${editSummary(p)}: ${md(member.id)}`, '', `<p${paragraphAttrs(ref.language)}>${passageMarkup(p, ref.body, member.body, {labelB: member.id})}</p>`, '');
    }
    if (edited.length > MARKDOWN_GROUP_EDITS) lines.push(`… and ${edited.length - MARKDOWN_GROUP_EDITS} more edited copies (all in the HTML report and the JSON export).`, '');
  }
  return lines;
}

/** Source ids, several to a line; an Arabic id on a line of its own (so it ends its line). */
function idList(ids: readonly string[]): string[] {
  if (ids.length === 0) return ['none'];
  const latin = ids.filter((id) => !hasArabic(id)).map(plain);
  return [...(latin.length ? [latin.join(', ')] : []), ...ids.filter(hasArabic).map((id) => `- ${md(id)}`)];
}
