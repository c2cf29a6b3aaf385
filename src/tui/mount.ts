// First: React and Ink pick their build from NODE_ENV when they load.
import './production.js';
import {render} from 'ink';
import React from 'react';
import type {BidiChoice} from './bidi-mode.js';
import {eraseBeforeNextFrame} from './clear-screen.js';
import {Loader, type TuiInput} from './loader.js';

/*
 * Ink and React, loaded on demand by runTui once the first frame is on
 * screen (loading Ink takes most of a second). No JSX in this file: a .tsx
 * module imports react/jsx-runtime before anything else, which would load
 * React before production.js has chosen its build.
 */

const CLEAR = '\u001b[H\u001b[2J';
const HOME = '\u001b[H';

/**
 * `drawn`: the screen already shows the first frame (first-frame.ts). It
 * stays until Ink's first frame, which erases it in the same write and
 * draws the same rows from the top: no blank screen while React renders.
 */
export async function mountTui(input: TuiInput, bidi: BidiChoice, color: boolean, lang: 'ar' | 'en' = 'en', drawn = false): Promise<void> {
  process.stdout.write(drawn ? HOME : CLEAR);
  const erase = eraseBeforeNextFrame(process.stdout);
  if (drawn) erase.request();
  try {
    const instance = render(React.createElement(Loader, {input, bidi, color, lang, onScreenChange: erase.request}), {exitOnCtrlC: true});
    await instance.waitUntilExit();
  } finally {
    erase.restore();
  }
}
