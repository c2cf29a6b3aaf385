import {reportText} from '../i18n/report-text.js';
import type {Lang} from '../lesson/words.js';
import type {Analysis, PassageGroup} from '../types.js';
import {sourceById} from './by-source.js';
import {esc} from './escape.js';
import {languageAttrs, name} from './html-text.js';
import {editSummary, passageMarkup} from './passage-markup.js';

/*
 * Passages many sources share (one agency story in many outlets): per
 * group, the most common wording once, the sources that carry it word for
 * word, and each other carrier's edits against it, in the same diff
 * markup as the pair passages.
 */

/** Edited carriers shown with their diff per group; the rest are counted. */
const SHOWN_EDITED = 40;

/** `lang`: the language of the heading (the findings below it stay English, as in the rest of the report). */
export function groupsHtml(a: Analysis, lang: Lang = 'en'): string {
  if (a.passageGroups.length === 0) return '';
  return `<h3${lang === 'ar' ? ' lang="ar" dir="rtl"' : ''}>${esc(reportText(lang).md.groups)}</h3><p class="legend">Text carried by more than ten sources: the wording most of them use, who uses it word for word, and every other carrier's edits against it (<del>only in the common wording</del> <ins>only in this source</ins>).</p>${a.passageGroups.map((g) => groupHtml(a, g)).join('')}`;
}

function groupHtml(a: Analysis, g: PassageGroup): string {
  const ref = sourceById(a.sources, g.reference.source)!;
  const verbatim = g.members.filter((m) => m.edits.length === 0);
  const edited = g.members.filter((m) => m.edits.length > 0);
  const shown = edited.slice(0, SHOWN_EDITED).map((m) => {
    const member = sourceById(a.sources, m.side.source)!;
    const passage = {a: g.reference, b: m.side, similarity: m.similarity, edits: m.edits};
    return `<li>${name(a, member.id)} <small>similarity ${m.similarity.toFixed(2)} · ${esc(editSummary(passage))}</small><div${languageAttrs(ref.language)} class="diff">${passageMarkup(passage, ref.body, member.body, {labelB: member.id})}</div></li>`;
  });
  const more = edited.length > shown.length ? `<p><small>… and ${edited.length - shown.length} more edited copies (all in the JSON export).</small></p>` : '';
  return `<article class="passage group"><h3>${g.members.length} sources carry this passage <small>${verbatim.length} word for word · ${edited.length} with edits</small></h3><blockquote${languageAttrs(ref.language)}>${esc(ref.body.slice(g.reference.start, g.reference.end))}</blockquote><p><small>word for word: ${verbatim.map((m) => name(a, m.side.source)).join(', ') || 'none'}</small></p><ol>${shown.join('')}</ol>${more}</article>`;
}
