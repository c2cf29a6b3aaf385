import {vi} from 'vitest';

// Colour codes in frames, to check highlights and NO_COLOR (chalk reads this when Ink loads it).
vi.hoisted(() => {
  process.env.FORCE_COLOR = '1';
});

import {describe, expect, it} from 'vitest';
import {GLOBAL_KEYS, SCREEN_KEYS} from '../../src/tui/keymap.js';
import type {Analysis} from '../../src/types.js';
import {FIXTURE as a} from './fixture.js';
import {afterArabic, KEY, overflow, renderApp} from './render.js';

/* Each screen rendered with ink-testing-library on the hand-written analysis. */

const COLOUR = /\u001b\[(?:3[0-7]|9[0-7]|38;[0-9;]+)m/u;
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

describe('Overview', () => {
  it('shows every outlet × concept with the own-voice lean, the dominant term’s gloss, and the Arabic term last', async () => {
    const ui = await renderApp(a);
    const lines = ui.lines();
    const row000 = lines.find((l) => l.startsWith('000 '))!;
    const row001 = lines.find((l) => l.startsWith('001 '))!;
    expect(row000).toMatch(/^000 −0\.70 n=1 +no evidence +no evidence +−0\.80 n=1 +no evidence +│ مسلحين$/u);
    expect(row001).toMatch(/^001 −0\.90 n=2 +\+0\.60 n=1 +−1\.00 n=1 +−0\.80 n=1 +no evidence +│ العصابات$/u);
    expect(lines[lines.indexOf(row000) + 1]).toMatch(/gunmen \/ a… +\(own voice\) +\(own voice\) +peacekeepi… +\(own voice\)/u);
    expect(ui.screen()).not.toMatch(/[±+−]0\.00/u);
    ui.unmount();
  });

  it('lists what the selected cell rests on: lean, counts per pole and voice, own / reported / distanced terms', async () => {
    const ui = await renderApp(a);
    const s = ui.screen();
    expect(s).toContain('own-voice lean −0.70 · 1 own-voice mention · − delegitimizing · + legitimizing');
    expect(s).toContain('− delegitimizing own 1 · quoted 1 · attributed 1');
    expect(s).toMatch(/own voice +gunmen \/ armed men ×1: مسلحين/u);
    expect(s).toMatch(/reported +terrorist gangs ×2: عصابات إرهابية/u);
    expect(s).toMatch(/distanced +terrorist gangs ×1: عصابات إرهابية/u);
    await ui.press(KEY.right);
    expect(ui.screen()).toContain('no own-voice evidence — the outlet uses none of these terms in its own words');
    ui.unmount();
  });

  it('hides the glosses with g', async () => {
    const ui = await renderApp(a);
    await ui.press('g');
    expect(ui.screen()).not.toContain('gunmen / a…');
    expect(ui.screen()).toMatch(/own voice +×1: مسلحين/u);
    ui.unmount();
  });
});

describe('Concept', () => {
  it('lists each mention with voice, pole, gloss, distanced mark and speaker, then its words in context', async () => {
    const ui = await renderApp(a);
    await ui.press(KEY.enter);
    const lines = ui.lines();
    expect(ui.screen()).toContain('2 Concept · actors · 1/5');
    const head = lines.findIndex((l) => l.includes('quoted') && l.includes('[distanced]'));
    // At 80 columns the gloss gives way so that the speaker stays whole.
    expect(lines[head]).toMatch(/^ {2}000  quoted     − delegitimizing \[distanced\] speaker: قاسم جومارت توكاييف$/u);
    expect(lines.find((l) => l.includes('speaker: توكاييف'))).toMatch(/000 +attributed − delegitimizing “terrorist gangs” speaker: توكاييف$/u);
    expect(lines[head + 1]).toContain('لأعمال الشغب والتخريب التي تقودها “عصابات إرهابية تلقت تدريباً في الخارج” وفق');
    expect(ui.screen()).toMatch(/001 +own +− delegitimizing “extremists”/u);
    ui.unmount();
  });

  it('highlights the term itself in the context row', async () => {
    const ui = await renderApp(a);
    await ui.press('2');
    // Inverse video (SGR 7) starts right before the term and ends right after it.
    expect(ui.raw()).toMatch(/\u001b\[7m(?:\u001b\[[0-9;]*m)*عصابات إرهابية(?:\u001b\[[0-9;]*m)*\u001b\[27m/u);
    ui.unmount();
  });

  it('filters by voice and pole, from the keys or the filters pane', async () => {
    const ui = await renderApp(a);
    await ui.press('2', 'v');
    expect(ui.screen()).toContain('voice: own (v)');
    expect(ui.screen()).toContain('2 Concept · actors · 1/3');
    await ui.press(KEY.tab, KEY.down, KEY.right);
    expect(ui.screen()).toMatch(/▸ voice +all +own +quoted +attributed/u);
    expect(ui.screen()).toContain('actors · 1/1 · filters');
    await ui.press(KEY.down, KEY.right, KEY.right);
    expect(ui.screen()).toContain('No mention with these filters');
    ui.unmount();
  });
});

describe('Reader', () => {
  it('opens on the mention, marks terms by concept and pole in the gutter, and says which term is in focus', async () => {
    const ui = await renderApp(a);
    await ui.press('2', KEY.down, KEY.enter);
    const s = ui.screen();
    expect(s).toContain('3 Reader · 000');
    expect(s).toContain('▸ − actors, own “gunmen / armed men”');
    expect(s).toContain('000 (outlet not stated)');
    expect(ui.lines().find((l) => l.includes('توكاييف: أعمال الشغب'))).toMatch(/^E−A− +توكاييف: أعمال الشغب تقودها عصابات إرهابية/u);
    expect(ui.raw()).toMatch(/\u001b\[7m(?:\u001b\[[0-9;]*m)*مسلحين/u);
    ui.unmount();
  });

  it('dims what the outlet does not say in its own voice, with d', async () => {
    const ui = await renderApp(a);
    await ui.press('3');
    const dimmedHeadline = /\u001b\[2m(?:\u001b\[[0-9;]*m)*توكاييف:/u;
    expect(ui.raw()).not.toMatch(dimmedHeadline);
    await ui.press('d');
    expect(ui.screen()).toContain('others dimmed');
    expect(ui.raw()).toMatch(dimmedHeadline);
    // The outlet's own words stay as they are.
    expect(ui.raw()).not.toMatch(/\u001b\[2m(?:\u001b\[[0-9;]*m)*قُتل/u);
    ui.unmount();
  });
});

describe('Compare', () => {
  it('shows the two outlets’ concept rows side by side and their shared passage as an inline diff', async () => {
    const ui = await renderApp(a);
    await ui.press('4');
    const s = ui.screen();
    expect(s).toContain('▸ B 001 Al-Thawra (Syria)');
    expect(s).toMatch(/actors +−0\.70 n=1 gunmen \/ armed men +−0\.90 n=2 gangs/u);
    expect(s).toContain('1 shared passage');
    expect(s).toContain('#1 000 → 001 · similarity 0.73 · 1 wording');
    expect(s).toContain('أعلنت منظمة معاهدة الأمن الجماعي [-بدء-] {+اليوم الخميس، أنه تم+} إرسال قوات');
    expect(s).toContain('A actors, own voice: مسلحين');
    ui.unmount();
  });
});

describe('Numbers', () => {
  it('shows the claims table, own figures plain and reported ones starred, and the selected figure’s sentence', async () => {
    const ui = await renderApp(a);
    await ui.press('5');
    const s = ui.screen();
    expect(s).toMatch(/killed · security +18 +13\*/u);
    expect(s).toMatch(/injured · security +700 +>300\*/u);
    expect(s).toContain('▶ 000: 18 killed (security) · own voice');
    expect(s).toContain('قُتل 18 من عناصر وضباط الشرطة الكازاخية');
    await ui.press(KEY.down, KEY.right);
    expect(ui.screen()).toContain('▶ 001: >300 injured (security) · attributed voice · speaker: وكالات أنباء');
    await ui.press(KEY.enter);
    expect(ui.screen()).toContain('3 Reader · 001');
    ui.unmount();
  });
});

describe('help and search', () => {
  it('lists every key in the help overlay (scrolling when the terminal is short)', async () => {
    const ui = await renderApp(a);
    await ui.press('?');
    let seen = ui.screen();
    for (let i = 0; i < 10; i++) {
      await ui.press(KEY.down);
      seen += ui.screen();
    }
    for (const k of [...GLOBAL_KEYS, ...SCREEN_KEYS]) expect(seen).toContain(k.keys);
    expect(seen).toContain('Arabic: logical (test)');
    await ui.press(KEY.esc);
    expect(ui.screen()).toContain('1 Overview ·');
    ui.unmount();
  });

  it('searches a word across the sources and jumps to the Reader', async () => {
    const ui = await renderApp(a);
    await ui.press('/', ...'الامن');
    expect(ui.screen()).toContain('search every source (Enter go · Esc cancel): الامن▌');
    await ui.press(KEY.enter);
    expect(ui.screen()).toMatch(/4 hits \(diacritics and alef\/hamza\/ya spellings ignored\) for الامن/u);
    await ui.press(KEY.down, KEY.down, KEY.down, KEY.enter);
    expect(ui.screen()).toContain('3 Reader · 001');
    ui.unmount();
  });
});

describe('navigation', () => {
  it('moves between screens with 1–5 and Enter, and back with Esc; the status line always says where', async () => {
    const ui = await renderApp(a);
    const where = (): string => ui.lines().at(-2)!;
    expect(where()).toMatch(/^ 1 Overview · 000 × actors +←↑↓→ cell/u);
    await ui.press(KEY.down, KEY.enter);
    expect(where()).toMatch(/^ 2 Concept · actors · 4\/5/u);
    await ui.press(KEY.enter);
    expect(where()).toMatch(/^ 3 Reader · 001/u);
    await ui.press(KEY.esc);
    expect(where()).toMatch(/^ 2 Concept/u);
    await ui.press(KEY.esc);
    expect(where()).toMatch(/^ 1 Overview · 001 × actors/u);
    await ui.press('4', KEY.tab);
    expect(where()).toMatch(/^ 4 Compare · 000 ↔ 001 · concepts/u);
    await ui.press(KEY.shiftTab);
    expect(where()).toMatch(/· outlets/u);
    // Esc and the next key read together (Alt+key): both happen.
    await ui.press('\u001b5');
    expect(where()).toMatch(/^ 5 Numbers/u);
    await ui.press(KEY.esc);
    expect(where()).toMatch(/^ 1 Overview/u);
    ui.unmount();
  });
});

const SCREENS: readonly (readonly string[])[] = [[], [KEY.right, KEY.down], ['2'], ['2', KEY.tab], ['3'], ['3', 'n', 'n', 'n', 'd'], ['4'], ['4', KEY.tab, KEY.tab, KEY.down], ['5'], ['5', KEY.tab], ['?'], ['/', ...'الامن'], ['/', ...'الامن', KEY.enter]];

describe('layout', () => {
  for (const size of [{rows: 24, cols: 80}, {rows: 48, cols: 160}]) {
    for (const mode of ['logical', 'visual'] as const) {
      it(`fits ${size.cols}×${size.rows} in ${mode} mode on every screen, with no bidi control characters`, async () => {
        for (const keys of SCREENS) {
          const ui = await renderApp(a, {mode, size});
          await ui.press(...keys);
          expect(overflow(ui.lines(), size), `after ${JSON.stringify(keys)}`).toEqual([]);
          expect(ui.raw()).not.toMatch(BIDI_CONTROLS);
          if (mode === 'logical') expect(afterArabic(ui.lines()), `after ${JSON.stringify(keys)}`).toEqual([]);
          ui.unmount();
        }
      });
    }
  }

  it('shapes and reorders Arabic in visual mode, right-aligned, and leaves it as stored in logical mode', async () => {
    const logical = await renderApp(a, {mode: 'logical'});
    await logical.press('3');
    expect(logical.screen()).toContain('توكاييف: أعمال الشغب تقودها');
    logical.unmount();
    const visual = await renderApp(a, {mode: 'visual'});
    await visual.press('3');
    const row = visual.lines().find((l) => l.startsWith('E−A−'))!;
    expect(row.endsWith('ﺐﻐﺸﻟﺍ ﻝﺎﻤﻋﺃ :ﻒﻴﻳﺎﻛﻮﺗ')).toBe(true);
    expect(visual.screen()).not.toContain('توكاييف');
    visual.unmount();
  });

  it('follows the terminal when it is resized', async () => {
    const ui = await renderApp(a, {size: null});
    const resize = async (cols: number, rows: number): Promise<void> => {
      Object.defineProperty(ui.stdout, 'columns', {value: cols, configurable: true});
      Object.defineProperty(ui.stdout, 'rows', {value: rows, configurable: true});
      ui.stdout.emit('resize');
      await ui.press();
      await new Promise((r) => setTimeout(r, 30));
    };
    await resize(60, 20);
    expect(overflow(ui.lines(), {rows: 20, cols: 60})).toEqual([]);
    expect(ui.lines()[1]).toBe('─'.repeat(60));
    await resize(160, 48);
    expect(ui.lines()[1]).toBe('─'.repeat(160));
    expect(ui.lines()).toHaveLength(47);
    await ui.press('3');
    await resize(70, 24);
    expect(overflow(ui.lines(), {rows: 24, cols: 70})).toEqual([]);
    expect(ui.screen()).toContain('3 Reader · 000');
    ui.unmount();
  });
});

describe('an empty corpus', () => {
  it('draws every screen without sources, mentions or figures', async () => {
    const empty: Analysis = {...a, sources: [], mentions: [], claims: [], statements: [], matrix: [], claimsTable: [], passages: [], speakers: []};
    const ui = await renderApp(empty);
    for (const key of ['1', KEY.down, KEY.enter, '2', KEY.enter, '3', 'n', '4', KEY.tab, '5', KEY.enter, '?', KEY.esc, '/', 'x', KEY.enter, KEY.enter]) {
      await ui.press(key);
      expect(overflow(ui.lines(), {rows: 24, cols: 80})).toEqual([]);
    }
    expect(ui.screen()).toContain('0 hits');
    ui.unmount();
  });
});

describe('colour and untrusted text', () => {
  it('uses colour only when allowed (NO_COLOR), keeping bold, dim and inverse', async () => {
    const coloured = await renderApp(a, {color: true});
    expect(coloured.raw()).toMatch(COLOUR);
    coloured.unmount();
    const plain = await renderApp(a, {color: false});
    for (const keys of SCREENS) {
      await plain.press(KEY.esc, KEY.esc, ...keys);
      expect(plain.raw()).not.toMatch(COLOUR);
    }
    expect(plain.raw()).toMatch(/\u001b\[7m/u);
    plain.unmount();
  });

  it('strips escape sequences and bidi controls that an article or its metadata carries', async () => {
    const hostile = '\u001b]0;pwned\u0007\u001b[2J\u001bc\u001b[31mأحمر\u001b[0m \u202eمعكوس\u202c \u2067معزول\u2069 \u009b2J نهاية';
    const s1 = a.sources[1]!;
    const evil: Analysis = {
      ...a,
      sources: [a.sources[0]!, {...s1, outlet: 'Evil\u001b]8;;http://x\u001b\\ outlet\u0007', body: `${s1.body}\n${hostile}`, paragraphs: [...s1.paragraphs, {start: s1.body.length + 1, end: s1.body.length + 1 + hostile.length, language: 'ar'}]}],
    };
    const ui = await renderApp(evil);
    await ui.press('3', ']', 'end');
    const raw = ui.raw();
    expect(ui.screen()).toContain('أحمر معكوس معزول نهاية');
    expect(ui.screen()).toContain('001 Evil outlet');
    // Only SGR sequences (Ink's own styling) may remain.
    expect(raw.replace(/\u001b\[[0-9;]*m/gu, '')).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/u);
    expect(raw).not.toMatch(BIDI_CONTROLS);
    ui.unmount();
  });
});
