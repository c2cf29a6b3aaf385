import {editedMemberPassages} from '../compare/group-passages.js';
import {tokenize} from '../text/tokenize.js';
import type {Analysis, Mention, Span} from '../types.js';
import {commonSurface, firstOfAny, type Ngram, type NgramCounts, type Occurrence} from './ngrams.js';
import type {CorpusWords, Word} from './words.js';

/*
 * Phrases that fill the slots known framing terms fill:
 *
 * - exchanged: in a shared passage (wire copy, the same statement), the
 *   words one outlet put where the other has a lexicon term ("مسلحين" where
 *   the other wrote "إرهابيين"), from the passage's word diff, and in a
 *   story many outlets carry, from each edited copy's diff against the
 *   wording most of them use;
 * - context: phrases that stand where known terms of a concept stand, with
 *   the same word just before or just after them. A slot counts in
 *   proportion to how much of its traffic is known terms of the concept, so
 *   a slot after "عناصر" (mostly framing words) weighs more than one after
 *   "قال".
 */

export interface Slot {
  readonly concept: string;
  readonly pole: string;
  /** The lexicon entry whose slot this fills. */
  readonly label: string;
  /** The known term as written in the text. */
  readonly term: string;
}

export interface SlotCandidate {
  readonly key: string;
  readonly text: string;
  readonly via: 'exchanged' | 'context';
  /** The known terms whose slots it fills, most evidence first. */
  readonly slots: readonly Slot[];
  /** What ties it to them: "000 ↔ 002: إرهابيين → مسلحين", "after عناصر". */
  readonly evidence: readonly string[];
  readonly score: number;
  /** Null when the phrase is not a lexicon term; otherwise the entry it is. */
  readonly known: Mention | null;
  readonly first: Occurrence;
}

const MAX_EXCHANGED_WORDS = 4;
/** A context slot counts when known terms of a concept fill it at least twice and make at least a fifth of what fills it. */
const MIN_SLOT_USES = 2;
const MIN_SLOT_SHARE = 0.2;
/** An exchange across punctuation (a quotation mark, a comma) is a rewritten clause, not a word in a slot. */
const WORDS_ONLY = /^[\p{L}\p{M}\s\u0640\u200C\u200D]+$/u;

/** Words a lexicon term was exchanged for in shared passages (and the term it replaced). */
export function exchangedFillers(a: Analysis, words: CorpusWords): SlotCandidate[] {
  const index = new Map(a.sources.map((s, i) => [s.id, i]));
  const bySource = new Map<string, Mention[]>();
  for (const m of a.mentions) {
    const list = bySource.get(m.source) ?? [];
    list.push(m);
    bySource.set(m.source, list);
  }
  // Only sources with a term-touching edit are searched, each in its own (short) list of mentions.
  const mentionsIn = (source: string, span: Span): Mention | undefined => bySource.get(source)?.find((m) => m.start < span.end && m.end > span.start);
  const found = new Map<string, {c: SlotCandidate; slots: Map<string, Slot>; evidence: Set<string>; score: number}>();
  for (const p of [...a.passages, ...editedMemberPassages(a.passageGroups)]) {
    for (const e of p.edits) {
      if (e.kind !== 'wording' || !e.term || !e.a || !e.b) continue;
      const sides = [
        {source: p.a.source, span: e.a},
        {source: p.b.source, span: e.b},
      ];
      const known = sides.map((s) => mentionsIn(s.source, s.span));
      for (const [from, to] of [[0, 1], [1, 0]] as const) {
        const term = known[from];
        // Both sides inside the same entry's mentions: a spelling of one term, not an exchange.
        if (!term || known[to]?.label === term.label) continue;
        const side = sides[to]!;
        const s = index.get(side.source)!;
        const body = a.sources[s]!.body;
        const tokens = tokenize(body, side.span.start, side.span.end);
        if (tokens.length === 0 || tokens.length > MAX_EXCHANGED_WORDS || !WORDS_ONLY.test(body.slice(side.span.start, side.span.end))) continue;
        const language = a.sources[s]!.paragraphs.find((x) => x.start <= side.span.start && side.span.start < x.end)?.language;
        const key = tokens.map((t) => (language === 'ar' ? words.arabic.keyOf(t.key) : t.key)).join(' ');
        const text = body.slice(side.span.start, side.span.end).replace(/\s+/gu, ' ');
        const slot: Slot = {concept: term.concept, pole: term.pole, label: term.label, term: term.text};
        const sentence = a.sources[s]!.sentences.findIndex((x) => x.start <= side.span.start && side.span.start < x.end);
        let entry = found.get(key);
        if (!entry) {
          const c: SlotCandidate = {key, text, via: 'exchanged', slots: [], evidence: [], score: 0, known: known[to] ?? null, first: {source: s, start: side.span.start, end: side.span.end, sentence: Math.max(0, sentence)}};
          entry = {c, slots: new Map(), evidence: new Set(), score: 0};
          found.set(key, entry);
        }
        entry.slots.set(slot.label, slot);
        entry.evidence.add(`${sides[from]!.source} ↔ ${side.source}: ${term.text} → ${text}`);
        entry.score++;
      }
    }
  }
  return [...found.values()]
    .map(({c, slots, evidence, score}) => ({...c, slots: [...slots.values()], evidence: [...evidence], score}))
    .sort((x, y) => y.score - x.score || x.key.localeCompare(y.key));
}

interface SlotStats {
  /** Phrases of any kind seen in the slot. */
  fills: number;
  /** Concept → label → known-term uses of the slot. */
  readonly known: Map<string, Map<string, {count: number; slot: Slot}>>;
}

/**
 * Phrases (new ones only: not touching a lexicon term) that stand in the
 * slots known terms stand in: same word right before (L) or right after (R).
 */
export function contextFillers(a: Analysis, words: CorpusWords, counts: NgramCounts, options: {top: number; maxN?: number}): SlotCandidate[] {
  const maxN = options.maxN ?? 2;
  const slots = slotStats(a, words);
  const scored = new Map<string, {ngram: Ngram; score: number; hits: number; slots: Map<string, {slot: Slot; weight: number}>; evidence: Map<string, number>}>();
  words.runs.forEach((runs, source) => {
    const body = a.sources[source]!.body;
    runs.forEach((run, r) => {
      for (let i = 0; i < run.length; i++) {
        for (let n = 1; n <= maxN && i + n <= run.length; n++) {
          const ngram = counts.phraseAt(source, r, i, n);
          if (!ngram || ngram.exact + ngram.overlapping > 0) continue;
          const key = ngram.key;
          for (const feature of features(run, i, i + n - 1)) {
            const stats = slots.get(feature);
            if (!stats) continue;
            for (const labels of stats.known.values()) {
              let known = 0;
              for (const v of labels.values()) known += v.count;
              const weight = Math.min(1, known / stats.fills);
              // A slot known terms stand in once, or one they are a small share of ("after Kong"), says little.
              if (known < MIN_SLOT_USES || weight < MIN_SLOT_SHARE) continue;
              let entry = scored.get(key);
              if (!entry) {
                entry = {ngram, score: 0, hits: 0, slots: new Map(), evidence: new Map()};
                scored.set(key, entry);
              }
              entry.score += weight;
              entry.hits++;
              for (const v of labels.values()) {
                const prior = entry.slots.get(v.slot.label);
                entry.slots.set(v.slot.label, {slot: v.slot, weight: (prior?.weight ?? 0) + weight * (v.count / known)});
              }
              const said = describe(feature, run, i, i + n - 1, body);
              entry.evidence.set(said, (entry.evidence.get(said) ?? 0) + 1);
            }
          }
        }
      }
    });
  });
  return [...scored.values()]
    .filter((e) => e.hits >= 2 || e.score >= 0.3)
    .map(({ngram, score, slots: s, evidence}): SlotCandidate => ({
      key: ngram.key,
      text: commonSurface(ngram),
      via: 'context',
      slots: [...s.values()].sort((x, y) => y.weight - x.weight).map((x) => x.slot),
      evidence: [...evidence].sort((x, y) => y[1] - x[1]).map(([text, n]) => (n > 1 ? `${text} ×${n}` : text)),
      score,
      known: null,
      first: firstOfAny(ngram),
    }))
    .sort((x, y) => y.score - x.score || x.key.split(' ').length - y.key.split(' ').length || x.key.localeCompare(y.key))
    .filter(firstOfItsEvidence())
    .slice(0, options.top);
}

/** "الأخيرة" and "الأخيرة للتدخل" stand in the same slots on the same evidence: keep the first (the shorter, sorted before). */
function firstOfItsEvidence(): (c: SlotCandidate) => boolean {
  const seen = new Set<string>();
  return (c) => {
    const signature = `${c.slots.map((x) => x.label).join(',')}|${c.evidence.join('|')}`;
    if (seen.has(signature)) return false;
    seen.add(signature);
    return true;
  };
}

/** The slot features of the phrase run[i..j]: the non-function word right before and right after it. */
function features(run: readonly Word[], i: number, j: number): string[] {
  const out: string[] = [];
  const before = run[i - 1];
  const after = run[j + 1];
  if (before && !before.stop) out.push(`L ${before.key}`);
  if (after && !after.stop) out.push(`R ${after.key}`);
  return out;
}

/** "after عناصر" / "before الإرهابية", in the words as written at this occurrence. */
function describe(feature: string, run: readonly Word[], i: number, j: number, body: string): string {
  const w = feature.startsWith('L ') ? run[i - 1]! : run[j + 1]!;
  return `${feature.startsWith('L ') ? 'after' : 'before'} ${body.slice(w.start, w.end)}`;
}

/** For every slot feature: how many phrases fill it, and how many of them are known terms, per concept. */
function slotStats(a: Analysis, words: CorpusWords): Map<string, SlotStats> {
  const stats = new Map<string, SlotStats>();
  const get = (f: string): SlotStats => {
    let s = stats.get(f);
    if (!s) {
      s = {fills: 0, known: new Map()};
      stats.set(f, s);
    }
    return s;
  };
  const index = new Map(a.sources.map((s, i) => [s.id, i]));
  const starts = a.sources.map(() => new Map<number, Mention>());
  for (const m of a.mentions) if (!m.negated) starts[index.get(m.source)!]!.set(m.start, m);
  words.runs.forEach((runs, source) => {
    for (const run of runs) {
      for (let i = 0; i < run.length; i++) {
        if (run[i]!.stop) continue;
        // Once per position: a phrase starts here (after the word before) and one ends here (before the word after).
        for (const f of features(run, i, i)) get(f).fills++;
        const m = starts[source]!.get(run[i]!.start);
        if (!m) continue;
        let j = i;
        while (j < run.length - 1 && run[j]!.end < m.end) j++;
        if (run[j]!.end !== m.end) continue;
        for (const f of features(run, i, j)) {
          const s = get(f);
          let labels = s.known.get(m.concept);
          if (!labels) {
            labels = new Map();
            s.known.set(m.concept, labels);
          }
          const v = labels.get(m.label) ?? {count: 0, slot: {concept: m.concept, pole: m.pole, label: m.label, term: m.text}};
          v.count++;
          labels.set(m.label, v);
        }
      }
    }
  });
  return stats;
}
