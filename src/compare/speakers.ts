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
  const out: SpeakerStats[] = [];
  for (const source of sourceIds) {
    const rows = new Map<string, {speaker: string; statements: number; mentions: number}>();
    const row = (speaker: string): {speaker: string; statements: number; mentions: number} => {
      const key = speakerKey(speaker);
      let r = rows.get(key);
      if (!r) {
        r = {speaker: speaker.trim(), statements: 0, mentions: 0};
        rows.set(key, r);
      }
      return r;
    };
    for (const s of statements) if (s.source === source && s.speaker) row(s.speaker).statements += 1;
    const counted = mentions.filter((m) => m.source === source && isCounted(m));
    for (const m of counted) if (m.voice !== 'outlet' && m.speaker) row(m.speaker).mentions += 1;
    for (const r of rows.values()) {
      out.push({source, speaker: r.speaker, statements: r.statements, mentions: r.mentions, share: counted.length > 0 ? Math.round((r.mentions / counted.length) * 1000) / 1000 : 0});
    }
  }
  return out.sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0) || b.mentions - a.mentions || b.statements - a.statements);
}

/** A leading conjunction or article-less variant of the same name is the same speaker. */
function speakerKey(speaker: string): string {
  return matchKey(speaker).replace(/^[وف](?=ال)/u, '').replace(/\s+/gu, ' ').trim();
}
