import type {Discovery, OutletTerms, SlotFiller, TermCandidate} from '../discover/discover.js';
import {sanitizeText as t, stripControls} from '../text/strip-controls.js';
import {plainStyle, type Style} from './style.js';

/*
 * `framelens discover` in the terminal: the warnings first, then per outlet
 * a table of its distinctive words and phrases (z, uses here / elsewhere,
 * lexicon status), then the slot fillers. The phrase (possibly Arabic) is
 * always last on its line, so a bidi terminal cannot drag the figures across it.
 */

export function discoverReport(d: Discovery, style: Style = plainStyle): string {
  const out: string[] = [];
  out.push(style.bold(`framelens discover — ${d.outlets.length} outlet${d.outlets.length === 1 ? '' : 's'}: what sets each apart (weighted log-odds, informative Dirichlet prior, each outlet against all the others)`));
  for (const w of d.warnings) out.push(style.red(`Warning: ${w}`));
  for (const o of d.outlets) out.push('', ...outletTable(o, style, d.method.minWords));
  out.push('', ...fillerSection(d.slotFillers, style));
  out.push(
    '',
    style.dim(`z: log-odds of the phrase in this outlet against all the others, over its standard error; listed from z ≥ ${d.method.minZ} and ${d.method.minCount} uses. here/else: uses in this outlet / in the others.`),
    style.dim('lexicon: a lexicon term (its concept/pole); contains: a term with words around it; new: not in the lexicon. Arabic counts merge clitics and suffixes the way matching does.'),
  );
  return out.map(stripControls).join('\n') + '\n';
}

function outletTable(o: OutletTerms, style: Style, minWords: number): string[] {
  const head = `${o.outlet} — ${o.sources.length} source${o.sources.length === 1 ? '' : 's'} (${o.sources.join(', ')}), ${o.words.toLocaleString('en')} words`;
  const lines = [style.bold(t(head))];
  if (o.small) lines.push(style.red(`  too little text (under ${minWords} words): hints to read, not findings`));
  if (o.terms.length === 0) {
    lines.push(style.dim('  nothing stands out (no phrase passes the threshold)'));
    return lines;
  }
  lines.push(style.dim(`  ${'z'.padStart(6)}  ${'here'.padStart(4)} ${'else'.padStart(4)}  ${'status'.padEnd(34)}  phrase`));
  for (const c of o.terms) lines.push(termLine(c, style));
  return lines;
}

function termLine(c: TermCandidate, style: Style): string {
  const z = c.z === null ? '—' : c.z.toFixed(2);
  const status = c.entry ? `${c.status} ${c.entry.concept}/${c.entry.pole}` : c.status;
  const row = `  ${z.padStart(6)}  ${String(c.count).padStart(4)} ${String(c.rest).padStart(4)}  ${status.padEnd(34)}  `;
  return (c.status === 'new' ? style.bold(row) : row) + t(c.text);
}

function fillerSection(fillers: readonly SlotFiller[], style: Style): string[] {
  const lines = [style.bold('Slot fillers — phrases that stand where known framing terms stand')];
  if (fillers.length === 0) {
    lines.push(style.dim('  none found: no lexicon term was exchanged in a shared passage, and no context slot of known terms recurs often enough'));
    return lines;
  }
  for (const f of fillers) {
    const slot = f.slots[0];
    const status = f.entry ? `lexicon ${f.entry.concept}/${f.entry.pole}` : 'new';
    const what = f.via === 'exchanged' ? 'exchanged for' : 'slot of';
    lines.push(`  ${status.padEnd(34)} ${what} ${slot ? `${slot.concept}/${slot.pole}` : '?'}:  ${t(f.text)}`);
    lines.push(style.dim(`      ${slot ? `known term: ${t(slot.term)} · ` : ''}${t(f.evidence.slice(0, 3).join(' · '))}`));
  }
  return lines;
}
