import {describe, expect, it} from 'vitest';
import {cellWidth} from '../../src/tui/cells.js';
import {tabLine} from '../../src/tui/frame.js';
import {reduce} from '../../src/tui/reduce.js';
import {initialState, SCREENS, type TuiState} from '../../src/tui/state.js';
import {FIXTURE as a} from './fixture.js';

/* The tab line: every screen's number stays on one row however narrow the terminal. */

const bidi = {mode: 'logical' as const, reason: 'test'};
const text = (s: TuiState, cols: number): string => tabLine(s, cols).segs.map((x) => x.text).join('');

describe('tab line', () => {
  it('shows the name and every screen when there is room', () => {
    const wide = text(initialState(a), 160);
    expect(wide).toMatch(/^ framelens /u);
    for (const [i, id] of SCREENS.entries()) expect(wide).toContain(`${i + 1} ${id[0]!.toUpperCase()}${id.slice(1)}`);
  });

  for (const cols of [80, 60, 40]) {
    it(`fits ${cols} columns with all seven numbers and the current screen named, help open or not`, () => {
      for (const keys of [['6'], ['7'], ['7', '?']]) {
        const s = keys.reduce((x, k) => reduce(x, k, a, {rows: 19, cols}, bidi), initialState(a));
        const line = text(s, cols);
        expect(cellWidth(line), `${keys.join(' ')}: ${line}`).toBeLessThanOrEqual(cols);
        for (let n = 1; n <= SCREENS.length; n++) expect(line).toContain(`${n}`);
        expect(line).toContain(s.screen === 'terms' ? '7 Terms' : '6 Lesson');
      }
    });
  }
});
