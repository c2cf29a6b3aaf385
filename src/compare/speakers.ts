import {matchKey} from '../text/normalize.js';
import type {Mention, SpeakerStats, Statement} from '../types.js';
import {isCounted} from './counted.js';

/**
 * Who speaks in each source: the speakers of its statements, how many
 * framing mentions each voices, and that share of the source's counted
 * mentions. Speakers are grouped by their matching key (so "وزارة الداخلية"
 * and "وزارة الداخليّة" are one) and shown as first written.
 */
export function speakerStats(sourceIds: readonly string[], statements: readonly Statement[], mentions: readonly Mention[]): SpeakerStats[] {
  type Row = {speaker: string; statements: number; mentions: number};
  // One pass over statements and one over mentions, grouped by source: no per-source scan of all findings.
  const rowsBySource = new Map<string, Map<string, Row>>(sourceIds.map((id) => [id, new Map<string, Row>()]));
  const counted = new Map<string, number>();
  const row = (source: string, speaker: string): Row | undefined => {
    const rows = rowsBySource.get(source);
    if (!rows) return undefined;
    const key = speakerKey(speaker);
    let r = rows.get(key);
    if (!r) {
      r = {speaker: speaker.trim(), statements: 0, mentions: 0};
      rows.set(key, r);
    }
    return r;
  };
  for (const s of statements) {
    if (s.speaker && s.furniture == null) {
      const r = row(s.source, s.speaker);
      if (r) r.statements += 1;
    }
  }
  for (const m of mentions) {
    if (!isCounted(m)) continue;
    counted.set(m.source, (counted.get(m.source) ?? 0) + 1);
    if (m.voice !== 'outlet' && m.speaker) {
      const r = row(m.source, m.speaker);
      if (r) r.mentions += 1;
    }
  }
  const out: SpeakerStats[] = [];
  for (const [source, rows] of rowsBySource) {
    const total = counted.get(source) ?? 0;
    for (const r of rows.values()) {
      out.push({source, speaker: r.speaker, statements: r.statements, mentions: r.mentions, share: total > 0 ? Math.round((r.mentions / total) * 1000) / 1000 : 0});
    }
  }
  return out.sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0) || b.mentions - a.mentions || b.statements - a.statements);
}

/** A leading conjunction or article-less variant of the same name is the same speaker. */
function speakerKey(speaker: string): string {
  return matchKey(speaker).replace(/^[وف](?=ال)/u, '').replace(/\s+/gu, ' ').trim();
}
