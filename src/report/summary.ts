import type {Analysis, AnalyzedSource, MatrixCell} from '../types.js';
import {claimValue} from '../text-report/text-report.js';

/** A piece of summary text: English prose, with Arabic (or other source-language) words kept apart so each view can isolate them. */
export type Segment = {readonly text: string; readonly foreign?: boolean};

export function sourceName(s: AnalyzedSource): string {
  return s.outlet ? `${s.id} (${s.outlet})` : s.id;
}

/**
 * Sentences a teacher can read aloud: per concept, which outlets lean which
 * way in their own voice and with which words; then where the numbers
 * diverge and which passages are shared.
 */
export function summarySentences(a: Analysis): Segment[][] {
  const out: Segment[][] = [];
  const counted = a.mentions.filter((m) => !m.negated).length;
  out.push([{text: `${a.sources.length} sources, ${counted} framing words and phrases, ${a.claims.length} reported numbers and ${a.passages.length} shared passages.`}]);
  for (const concept of a.concepts) {
    const cells = a.matrix.filter((c) => c.concept === concept.id);
    const [neg, pos] = concept.poles as [string, string];
    const negative = cells.filter((c) => c.lean !== null && c.lean < -0.05);
    const positive = cells.filter((c) => c.lean !== null && c.lean > 0.05);
    const silent = cells.filter((c) => c.lean === null);
    if (negative.length === 0 && positive.length === 0) continue;
    const sentence: Segment[] = [{text: `${capital(concept.question)} `}];
    const side = (list: MatrixCell[], pole: string): void => {
      if (list.length === 0) return;
      sentence.push({text: `${list.map((c) => a.sources.find((s) => s.id === c.source)).filter(Boolean).map((s) => sourceName(s!)).join(', ')} lean ${pole} in their own voice (`});
      list.forEach((c, i) => {
        const t = c.ownVoiceTerms.find((x) => x.pole === pole) ?? c.ownVoiceTerms[0];
        if (!t) return;
        sentence.push({text: `${i ? '; ' : ''}${c.source}: “${t.gloss}” `}, {text: t.forms[0] ?? '', foreign: true});
      });
      sentence.push({text: '). '});
    };
    side(negative, neg);
    side(positive, pos);
    const reportedOnly = cells.filter((c) => (c.lean === null || c.lean > 0) && c.reportedTerms.some((t) => t.pole === neg));
    if (reportedOnly.length > 0 && negative.length > 0) {
      sentence.push({text: `${reportedOnly.map((c) => c.source).join(', ')} use ${neg} words only when quoting or attributing them${reportedOnly.some((c) => c.distancedTerms.length) ? ', and mark some as someone else’s' : ''}. `});
    }
    if (silent.length > 0) sentence.push({text: `No own-voice evidence in ${silent.map((c) => c.source).join(', ')}.`});
    out.push(sentence);
  }
  for (const row of a.claimsTable) {
    const filled = a.sources.filter((s) => (row.cells[s.id] ?? []).length > 0);
    if (filled.length < 2) continue;
    const values = filled.map((s) => `${s.id}: ${(row.cells[s.id] ?? []).map((i) => claimValue(a.claims[i]!)).join(', ')}`);
    const distinct = new Set(filled.flatMap((s) => (row.cells[s.id] ?? []).map((i) => claimValue(a.claims[i]!))));
    out.push([{text: `${capital(row.measure)} (${row.group}): ${distinct.size > 1 ? 'the sources give different figures' : 'the sources agree'} — ${values.join('; ')}.`}]);
  }
  if (a.passages.length > 0) {
    const pairs = [...new Set(a.passages.map((p) => `${p.a.source}–${p.b.source}`))];
    out.push([{text: `Shared wording (wire copy or the same statement) links ${pairs.join(', ')}.`}]);
  }
  return out;
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
