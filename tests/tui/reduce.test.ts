import {describe, expect, it} from 'vitest';
import {conceptMentions} from '../../src/tui/navigate.js';
import {readerRows, rowAt} from '../../src/tui/reader-layout.js';
import {reduce} from '../../src/tui/reduce.js';
import {searchCorpus} from '../../src/tui/search.js';
import {initialState, type TuiState} from '../../src/tui/state.js';
import {FIXTURE as a, find} from './fixture.js';

/* The reducer alone: navigation, filters, jumps and search, without a terminal. */

const view = {rows: 19, cols: 80};
const bidi = {mode: 'logical' as const, reason: 'test'};
const press = (s: TuiState, ...keys: string[]): TuiState => keys.reduce((x, k) => reduce(x, k, a, view, bidi), s);
const start = initialState(a);

describe('screens and history', () => {
  it('jumps with 1–5 and goes back with Esc, one screen at a time', () => {
    const s = press(start, '3', '5', '2');
    expect(s.screen).toBe('concept');
    expect(press(s, 'escape').screen).toBe('numbers');
    expect(press(s, 'escape', 'escape', 'escape').screen).toBe('overview');
    expect(press(s, 'escape', 'escape', 'escape', 'escape').screen).toBe('overview');
  });

  it('toggles glosses with g and help with ?, quits with q', () => {
    expect(press(start, 'g').glosses).toBe(false);
    expect(press(start, 'g', 'g').glosses).toBe(true);
    expect(press(start, '?').help).toBe(true);
    expect(press(start, '?', 'escape').help).toBe(false);
    expect(press(start, '?', 'escape').screen).toBe('overview');
    expect(press(start, 'q').quit).toBe(true);
  });

  it('scrolls the help when it does not fit, and not past its end', () => {
    const small = {rows: 8, cols: 80};
    let s = reduce(start, '?', a, small, bidi);
    s = reduce(s, 'down', a, small, bidi);
    expect(s.helpScroll).toBe(1);
    for (let i = 0; i < 100; i++) s = reduce(s, 'pagedown', a, small, bidi);
    const end = s.helpScroll;
    expect(reduce(s, 'down', a, small, bidi).helpScroll).toBe(end);
    expect(reduce(s, 'up', a, small, bidi).helpScroll).toBe(end - 1);
  });
});

describe('Overview', () => {
  it('moves the selected cell with arrows and h/j/k/l, within the matrix', () => {
    expect(press(start, 'down', 'l', 'right').overview).toEqual({row: 1, col: 2});
    expect(press(start, 'j', 'j', 'j', 'k').overview).toEqual({row: 0, col: 0});
    expect(press(start, 'left', 'up').overview).toEqual({row: 0, col: 0});
    expect(press(start, 'end').overview.row).toBe(1);
  });

  it('opens the selected concept on Enter, at the selected outlet’s first mention', () => {
    const s = press(start, 'down', 'enter');
    expect(s.screen).toBe('concept');
    expect(a.concepts[s.concept.concept]!.id).toBe('actors');
    const m = conceptMentions(a, s)[s.concept.cursor]!;
    expect(m.source).toBe('001');
    expect(m.text).toBe('العصابات');
  });
});

describe('Concept', () => {
  const concept = press(start, '2');

  it('lists every outlet’s mentions of the concept, in source then text order', () => {
    expect(conceptMentions(a, concept).map((m) => `${m.source} ${m.text}`)).toEqual(['000 عصابات إرهابية', '000 مسلحين', '000 عصابات إرهابية', '001 العصابات', '001 الجماعات المتطرفة']);
  });

  it('filters by voice (v) and by pole (p), and through the filters pane (Tab)', () => {
    expect(conceptMentions(a, press(concept, 'v')).map((m) => m.voice)).toEqual(['outlet', 'outlet', 'outlet']);
    expect(conceptMentions(a, press(concept, 'v', 'v')).map((m) => m.text)).toEqual(['عصابات إرهابية']);
    expect(conceptMentions(a, press(concept, 'p', 'p'))).toEqual([]);
    const viaPane = press(concept, 'tab', 'down', 'right', 'right', 'right');
    expect(viaPane.concept.pane).toBe('filters');
    expect(viaPane.concept.voice).toBe('attributed');
    expect(press(viaPane, 'tab').concept.pane).toBe('mentions');
    expect(a.concepts[press(concept, 'tab', 'right').concept.concept]!.id).toBe('event');
  });

  it('opens the Reader on Enter with the mention in focus and in view', () => {
    const s = press(concept, 'down', 'enter');
    expect(s.screen).toBe('reader');
    expect(s.reader.source).toBe(0);
    expect(a.sources[0]!.body.slice(s.reader.focus!.start, s.reader.focus!.end)).toBe('مسلحين');
    expect(press(s, 'escape').screen).toBe('concept');
  });
});

describe('Reader', () => {
  const reader = press(start, '3');

  it('scrolls by row and page without passing the end; the position is a body offset', () => {
    const short = {rows: 5, cols: 40};
    const rows = readerRows(a, 0, 40 - 6);
    const key = (s: TuiState, ...keys: string[]): TuiState => keys.reduce((x, k) => reduce(x, k, a, short, bidi), s);
    expect(key(reader, 'down').reader.top).toBe(rows[1]!.start);
    expect(key(reader, 'pagedown').reader.top).toBe(rows[3]!.start);
    const end = key(reader, 'end').reader.top;
    expect(rowAt(rows, end)).toBe(rows.length - 4);
    expect(key(reader, 'end', 'down').reader.top).toBe(end);
    expect(key(reader, 'end', 'home').reader.top).toBe(0);
  });

  it('moves the focus from term to term with n / N and opens its concept with Enter', () => {
    const first = press(reader, 'n');
    expect(a.sources[0]!.body.slice(first.reader.focus!.start, first.reader.focus!.end)).toBe('أعمال الشغب');
    const second = press(first, 'n');
    expect(a.sources[0]!.body.slice(second.reader.focus!.start, second.reader.focus!.end)).toBe('عصابات إرهابية');
    expect(press(second, 'N').reader.focus).toEqual(first.reader.focus);
    const opened = press(second, 'enter');
    expect(opened.screen).toBe('concept');
    expect(conceptMentions(a, opened)[opened.concept.cursor]!.text).toBe('عصابات إرهابية');
  });

  it('switches article with ] and [ and toggles dimming with d', () => {
    expect(press(reader, ']').reader.source).toBe(1);
    expect(press(reader, ']', ']').reader.source).toBe(0);
    expect(press(reader, '[').reader.source).toBe(1);
    expect(press(reader, 'd').reader.dim).toBe(true);
  });
});

describe('Compare', () => {
  const compare = press(start, '4');

  it('moves between panes with Tab and Shift-Tab', () => {
    expect(compare.compare.pane).toBe('outlets');
    expect(press(compare, 'tab').compare.pane).toBe('concepts');
    expect(press(compare, 'tab', 'tab').compare.pane).toBe('passages');
    expect(press(compare, 'shift-tab').compare.pane).toBe('passages');
  });

  it('never compares an outlet with itself', () => {
    const s = press(compare, 'right', 'right', 'a', 'b');
    expect(s.compare.a).not.toBe(s.compare.b);
  });

  it('opens a concept’s mentions from its row', () => {
    const s = press(compare, 'tab', 'down', 'enter');
    expect(s.screen).toBe('concept');
    expect(a.concepts[s.concept.concept]!.id).toBe('event');
  });
});

describe('Numbers', () => {
  it('opens the Reader on the selected figure, in its source', () => {
    const s = press(start, '5', 'down', 'right', 'enter');
    expect(s.screen).toBe('reader');
    expect(s.reader.source).toBe(1);
    expect(a.sources[1]!.body.slice(s.reader.focus!.start, s.reader.focus!.end)).toBe('أكثر من 300 آخرين');
  });
});

describe('search', () => {
  it('finds a word in every source whatever its hamza, alef and diacritics', () => {
    const hits = searchCorpus(a, 'الامن');
    expect(hits.map((h) => [h.source, a.sources[h.source]!.body.slice(h.start, h.end)])).toEqual([
      [0, 'الأمن'],
      [0, 'الأمن'],
      [0, 'الأمن'],
      [1, 'الأمن'],
    ]);
    expect(searchCorpus(a, 'تلقت').map((h) => a.sources[h.source]!.body.slice(h.start, h.end))).toEqual(['تلقّت', 'تلقت']);
  });

  it('types a query, runs it on Enter, and opens the Reader on the chosen hit', () => {
    let s = press(start, '/', 'م', 'س', 'ل', 'ح', 'ي', 'x', 'backspace', 'ن');
    expect(s.search).toEqual({kind: 'typing', query: 'مسلحين'});
    s = press(s, 'enter');
    expect(s.search.kind).toBe('results');
    s = press(s, 'enter');
    expect(s.screen).toBe('reader');
    expect(s.reader.focus).toEqual(find(a.sources[0]!.body, 'مسلحين'));
  });

  it('takes q, g and digits as text while typing, and Esc cancels', () => {
    const s = press(start, '/', 'q', 'g', '1');
    expect(s.search).toEqual({kind: 'typing', query: 'qg1'});
    expect(s.quit).toBe(false);
    expect(press(s, 'escape').search.kind).toBe('closed');
  });
});
