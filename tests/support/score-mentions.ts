import {readFileSync} from 'node:fs';
import {parse} from 'yaml';
import type {Analysis, Mention, Voice} from '../../src/types.js';

/*
 * Scores mentions against a gold file in the schema of
 * tests/fixtures/gold/seeds-mentions.yaml (the seeds' gold, and one gold.yaml
 * per event of the development set under tests/fixtures/devset/).
 *
 * A gold mention is found when a counted (not negated) mention of the same
 * concept and pole overlaps its term span. Recall is over required gold;
 * optional gold is neither required nor penalised: a mention that lands on
 * one is left out of precision. Neutral-pole mentions that match no gold are
 * left out of precision too: the gold marks the neutral pole as borderline
 * (it describes, it does not frame) and does not annotate every occurrence.
 * Voice and distanced accuracy are measured on the found required mentions;
 * `accept` lists other voices judged right.
 */

interface GoldMention {
  find: string;
  term: string;
  concept: string;
  pole: string;
  voice: Voice;
  accept?: Voice[];
  distanced?: boolean;
  optional?: boolean;
}

interface GoldFile {
  sources: Record<string, {mentions: GoldMention[]; negatives?: {find: string; term: string}[]}>;
}

interface Located extends GoldMention {
  source: string;
  start: number;
  end: number;
}

export interface MentionScore {
  recall: number;
  precision: number;
  voiceAccuracy: number;
  distancedAccuracy: number;
  required: number;
  found: number;
  predicted: number;
  negativesReported: string[];
  misses: string[];
  falsePositives: string[];
  wrongVoice: string[];
  wrongDistanced: string[];
}

export function scoreMentions(goldFile: string, analysis: Analysis): MentionScore {
  const gold = parse(readFileSync(goldFile, 'utf8')) as GoldFile;
  const located: Located[] = [];
  const negatives: {source: string; start: number; end: number; term: string}[] = [];
  for (const [id, entry] of Object.entries(gold.sources)) {
    const body = analysis.sources.find((s) => s.id === id)?.body;
    if (body === undefined) throw new Error(`gold source ${id} is not in the analysis`);
    for (const g of entry.mentions) located.push({...g, source: id, ...spanOf(body, g.find, g.term, id)});
    for (const n of entry.negatives ?? []) negatives.push({source: id, term: n.term, ...spanOf(body, n.find, n.term, id)});
  }

  const predicted = analysis.mentions.filter((m) => !m.negated && gold.sources[m.source]);
  const overlaps = (m: Mention, g: {source: string; start: number; end: number}): boolean => m.source === g.source && m.start < g.end && g.start < m.end;
  const same = (m: Mention, g: Located): boolean => overlaps(m, g) && m.concept === g.concept && m.pole === g.pole;

  const used = new Set<Mention>();
  const misses: string[] = [];
  const wrongVoice: string[] = [];
  const wrongDistanced: string[] = [];
  let found = 0;
  let voiceRight = 0;
  let distancedRight = 0;
  const required = located.filter((g) => !g.optional);
  for (const g of required) {
    const m = predicted.find((p) => !used.has(p) && same(p, g));
    if (!m) {
      misses.push(`${g.source} ${g.concept}/${g.pole} "${g.term}" (${g.voice})`);
      continue;
    }
    used.add(m);
    found++;
    const voiceOk = m.voice === g.voice || (g.accept ?? []).includes(m.voice);
    if (voiceOk) voiceRight++;
    else wrongVoice.push(`${g.source} "${g.term}": gold ${g.voice}, got ${m.voice} (cue ${m.cue ?? '-'})`);
    if (m.distanced === (g.distanced ?? false)) distancedRight++;
    else wrongDistanced.push(`${g.source} "${g.term}": gold ${g.distanced ?? false}, got ${m.distanced}`);
  }
  const optional = located.filter((g) => g.optional);
  const falsePositives: string[] = [];
  let scored = 0;
  let correct = 0;
  for (const m of predicted) {
    if (used.has(m)) {
      scored++;
      correct++;
      continue;
    }
    if (optional.some((g) => overlaps(m, g))) continue;
    if (required.some((g) => same(m, g))) {
      // A second system mention on a gold term already counted (split phrase): neither right nor wrong.
      continue;
    }
    if (m.pole === 'neutral') continue;
    scored++;
    falsePositives.push(`${m.source} ${m.concept}/${m.pole} "${m.text}" @${m.start} (${m.voice})`);
  }
  const negativesReported = negatives
    .filter((n) => analysis.mentions.some((m) => !m.negated && overlaps(m, n)))
    .map((n) => `${n.source} "${n.term}"`);
  return {
    recall: found / required.length,
    precision: scored === 0 ? 1 : correct / scored,
    voiceAccuracy: found === 0 ? 0 : voiceRight / found,
    distancedAccuracy: found === 0 ? 0 : distancedRight / found,
    required: required.length,
    found,
    predicted: predicted.length,
    negativesReported,
    misses,
    falsePositives,
    wrongVoice,
    wrongDistanced,
  };
}

function spanOf(body: string, find: string, term: string, id: string): {start: number; end: number} {
  const at = body.indexOf(find);
  if (at < 0 || body.indexOf(find, at + 1) >= 0) throw new Error(`gold ${id}: "${find}" is not a unique substring of that source`);
  const inner = find.indexOf(term);
  if (inner < 0) throw new Error(`gold ${id}: term "${term}" is not inside "${find}"`);
  return {start: at + inner, end: at + inner + term.length};
}
