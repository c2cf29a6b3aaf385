import {trimSpan} from '../text/white-space.js';
import type {Paragraph, Sentence, Span} from '../types.js';
import type {Region} from './clauses.js';

// "Kobakhidze believes that:\n● Behind the protests were the United National
// Movement … Their goal is to forcefully overthrow the government …\n● NGOs and
// the opposition plotted a coup …": a report whose sentence ends its paragraph
// with a colon and whose content follows as a list — paragraphs that open with a
// bullet (● • ▪ ■ ◦ ·, a dash) or a number (1- 1. 1) (1), in Latin or Arabic-Indic
// digits: "وأكد البيان ما يلي:\n1- …\n2- …") — gives every item to its speaker, as
// the words after its colon would be in one paragraph. The list ends at the first
// paragraph that opens with no such mark. A colon line with no report ("Here are
// some photos …:", "Read more:") lists nothing anyone said.

/** Most items one report's list may give it. */
const MAX_ITEMS = 20;
/** How far before its sentence's colon a report's words must reach, in characters ("believes that:", "ما يلي:"). */
const COLON_REACH = 12;
/**
 * Most words between a report's cue and the colon ("وأكد البيان ما يلي:", "police said in a statement on Monday:"): a
 * cue further back governs something else ("at least five confirmed deaths in the hands of the Chilean armed forces:").
 */
const CUE_TO_COLON_WORDS = 6;
/** Longest stretch between a report's cue and the colon, in characters, before its words are counted. */
const CUE_TO_COLON_CHARS = 80;

/** Do at most CUE_TO_COLON_WORDS words stand between offsets `from` and `colon`? */
function fewWordsBetween(body: string, from: number, colon: number): boolean {
  if (colon - from > CUE_TO_COLON_CHARS) return false;
  const between = body.slice(from, colon).trim();
  return between === '' || between.split(/\s+/u).length <= CUE_TO_COLON_WORDS;
}

/** A list item's mark at a paragraph's start: a bullet, a dash before a space, a number with - . ) or in brackets. */
const ITEM = /^(?:[●•▪■◾◦·‣⁃]|[-–—*](?=\s)|[0-9٠-٩]{1,2}\s?[-–.)](?=\s|\p{L})|\([0-9٠-٩]{1,2}\))/u;

/** Does this paragraph open with a list item's mark, and hold words after it? */
function opensItem(body: string, paragraph: Span): boolean {
  const text = trimSpan(body, paragraph);
  const head = body.slice(text.start, Math.min(text.end, text.start + 6));
  const mark = ITEM.exec(head);
  return mark !== null && text.end - text.start > mark[0].length + 1;
}

/** A report of the sentence whose words reach its closing colon at `colon`, its cue a few words before it, or null. */
function reportBeforeColon(body: string, regions: readonly Region[] | undefined, colon: number): Region | null {
  if (!regions) return null;
  for (let i = regions.length - 1; i >= 0; i--) {
    const r = regions[i]!;
    if (r.kind === 'reported' && r.speaker !== null && r.cueSpan.end <= colon && r.end >= colon - COLON_REACH && fewWordsBetween(body, r.cueSpan.end, colon)) return r;
  }
  return null;
}

/**
 * The regions a listed report adds, as [sentence index, region] pairs: one for every sentence of every list item
 * after a paragraph whose last sentence reports up to its closing colon. `sentences` and `paragraphs` in text order.
 */
export function listedReports(body: string, paragraphs: readonly Paragraph[], sentences: readonly Sentence[], regionsBySentence: readonly (readonly Region[] | undefined)[]): [number, Region][] {
  const added: [number, Region][] = [];
  let s = 0;
  for (let p = 0; p + 1 < paragraphs.length; p++) {
    const text = trimSpan(body, paragraphs[p]!);
    if (text.end <= text.start || body.charCodeAt(text.end - 1) !== 0x3a) continue;
    // The paragraph's last sentence: sentences are in order, so the cursor only moves on.
    while (s + 1 < sentences.length && sentences[s + 1]!.start < text.end) s++;
    if (sentences[s]?.paragraph !== p) continue;
    const report = reportBeforeColon(body, regionsBySentence[s], text.end - 1);
    if (!report) continue;
    let items = 0;
    let next = s + 1;
    for (let q = p + 1; q < paragraphs.length && items < MAX_ITEMS && opensItem(body, paragraphs[q]!); q++, items++) {
      while (next < sentences.length && sentences[next]!.paragraph < q) next++;
      for (; next < sentences.length && sentences[next]!.paragraph === q; next++) {
        const sentence = sentences[next]!;
        added.push([next, {cue: report.cue, cueSpan: report.cueSpan, stance: report.stance, kind: 'reported', start: sentence.start, end: sentence.end, speaker: report.speaker}]);
      }
    }
  }
  return added;
}
