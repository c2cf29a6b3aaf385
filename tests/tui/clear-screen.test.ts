import {describe, expect, it} from 'vitest';
import {ERASE_DISPLAY, eraseBeforeNextFrame} from '../../src/tui/clear-screen.js';
import {render} from 'ink-testing-library';
import React from 'react';
import {App} from '../../src/tui/app.js';
import {FIXTURE as a} from './fixture.js';
import {settle} from './render.js';

describe('switching screens erases the old one', () => {
  it('puts one erase of the display in front of the next write only', () => {
    const written: string[] = [];
    const out = {write: (chunk: string): boolean => written.push(chunk) > 0};
    const erase = eraseBeforeNextFrame(out);
    out.write('frame 1');
    erase.request();
    out.write('frame 2');
    out.write('frame 3');
    erase.restore();
    erase.request();
    out.write('frame 4');
    expect(written).toEqual(['frame 1', `${ERASE_DISPLAY}frame 2`, 'frame 3', 'frame 4']);
  });

  it('the app asks for it on another screen, help, or article, not on a move within a screen', async () => {
    let requests = 0;
    const app = render(React.createElement(App, {analysis: a, bidi: {mode: 'logical', reason: 'test'}, color: true, size: {rows: 24, cols: 80}, onScreenChange: () => requests++}));
    const press = async (k: string): Promise<void> => {
      app.stdin.write(k);
      await settle();
    };
    await press('');
    await press('j');
    expect(requests).toBe(0);
    await press('3');
    expect(requests).toBe(1);
    await press(']');
    expect(requests).toBe(2);
    await press('?');
    expect(requests).toBe(3);
    app.unmount();
  });
});
