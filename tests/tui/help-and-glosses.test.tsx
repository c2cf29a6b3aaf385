import {describe, expect, it} from 'vitest';
import {helpFrame} from '../../src/tui/screens/help.js';
import {FIXTURE as a} from './fixture.js';
import {KEY, renderApp} from './render.js';

const text = (lines: readonly {segs: readonly {text: string}[]; lead?: readonly {text: string}[]}[]): string => lines.map((l) => [...(l.lead ?? []), ...l.segs].map((s) => s.text).join('')).join('\n');

describe('help explains the Reader', () => {
  it('says what the gutter codes stand for, and what d and g do', () => {
    const help = text(helpFrame({rows: 200, cols: 80}, {mode: 'logical', reason: 'test'}, 0, a).lines).replace(/\s+/gu, ' ');
    expect(help).toContain('A actors, E event, C cause, I intervention, F force');
    expect(help).toContain('“E−A−” is a threat-side event term and a delegitimizing actors term');
    expect(help).toMatch(/d dims every word the outlet does not say in its own voice/u);
    expect(help).toMatch(/g shows glosses/u);
  });
});

describe('g in the Reader at 80 columns', () => {
  it('shows a row of glosses for the terms on screen, and takes it away', async () => {
    const ui = await renderApp(a);
    await ui.press('3');
    const glossRow = (): string | undefined => ui.lines().find((l) => l.startsWith('glosses: '));
    expect(glossRow()).toMatch(/^glosses: E− riots · A− terrorist gangs/u);
    await ui.press('g');
    expect(glossRow()).toBeUndefined();
    ui.unmount();
  });

  it('leaves the text rows and the gutter as they were', async () => {
    const ui = await renderApp(a);
    await ui.press('3');
    expect(ui.lines().find((l) => l.includes('توكاييف: أعمال الشغب'))).toMatch(/^E−A− +توكاييف/u);
    await ui.press(KEY.esc);
    ui.unmount();
  });
});
