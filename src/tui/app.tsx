import {Box, Text, useApp, useInput, useStdout} from 'ink';
import React, {useEffect, useMemo, useRef, useState} from 'react';
import type {Analysis} from '../types.js';
import type {BidiChoice} from './bidi-mode.js';
import {screenIdentity} from './clear-screen.js';
import {discoveryOf, discoveryReady} from './discovery.js';
import {bodyViewport, screenLines} from './frame.js';
import {keyNames} from './keymap.js';
import {fitLine, type Line} from './line.js';
import {reduce} from './reduce.js';
import {termsPendingFrame} from './screens/terms.js';
import {initialState, type TuiState} from './state.js';

/** How long a frame waits to be written: Ink writes at most one frame per 32 ms, so work started sooner would hold back the frame that announces it. */
const AFTER_FRAME_MS = 60;

export interface AppProps {
  readonly analysis: Analysis;
  /** Blind reading: the same analysis with the outlets named, shown after R and y. */
  readonly revealed?: Analysis;
  readonly bidi: BidiChoice;
  /** False with NO_COLOR or --no-color: bold, dim, inverse and underline only. */
  readonly color: boolean;
  /** Interface language of the Lesson screen and glossary. */
  readonly lang?: 'ar' | 'en';
  /** A fixed terminal size (tests, bench); otherwise the terminal's, following resizes. */
  readonly size?: {readonly rows: number; readonly cols: number};
  /** Called while rendering a frame that shows another screen (the terminal is then erased before it is drawn). */
  readonly onScreenChange?: () => void;
}

function useTerminalSize(fixed: AppProps['size']): {rows: number; cols: number} {
  const {stdout} = useStdout();
  const read = (): {rows: number; cols: number} => ({rows: stdout.rows || 24, cols: stdout.columns || 80});
  const [size, setSize] = useState(read);
  useEffect(() => {
    if (fixed) return undefined;
    const onResize = (): void => setSize(read());
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout, fixed]);
  return fixed ?? size;
}

/** The terminal UI: one analysis, five screens, a status line. */
export function App({analysis: blindOrPlain, revealed, bidi, color, lang = 'en', size, onScreenChange}: AppProps): React.JSX.Element {
  const {exit} = useApp();
  const terminal = useTerminalSize(size);
  const view = bodyViewport(terminal.rows, terminal.cols);
  const [state, setState] = useState<TuiState>(() => initialState(blindOrPlain, revealed !== undefined, lang));
  const analysis = state.reveal === 'shown' && revealed ? revealed : blindOrPlain;
  useInput((input, key) => {
    const names = keyNames(input, key);
    if (names.length) setState((s) => names.reduce((x, name) => reduce(x, name, analysis, view, bidi), s));
  });
  useEffect(() => {
    if (state.quit) exit();
  }, [state.quit]);
  // Before Ink writes this frame (it writes during the commit, before any effect runs).
  const shown = useRef(screenIdentity(state));
  if (shown.current !== screenIdentity(state)) {
    shown.current = screenIdentity(state);
    onScreenChange?.();
  }
  // Terms the first time: a frame that says what is being found, then `discover` (a second or more on a large corpus), then the screen.
  const [, setDiscovered] = useState(0);
  const pending = state.screen === 'terms' && !state.help && state.search.kind !== 'results' && !discoveryReady(analysis);
  useEffect(() => {
    if (!pending) return undefined;
    const timer = setTimeout(() => {
      discoveryOf(analysis);
      setDiscovered((n) => n + 1);
    }, AFTER_FRAME_MS);
    return () => clearTimeout(timer);
  }, [pending, analysis]);
  const lines = useMemo(
    () => screenLines(analysis, state, view, bidi, ...(pending ? [termsPendingFrame(state)] : [])),
    [analysis, state, view.rows, view.cols, bidi, pending],
  );
  return (
    <Box flexDirection="column" width={view.cols}>
      {lines.map((l, i) => (
        <ScreenLine key={i} line={l} cols={view.cols} bidi={bidi} color={color} />
      ))}
    </Box>
  );
}

function ScreenLine({line, cols, bidi, color}: {line: Line; cols: number; bidi: BidiChoice; color: boolean}): React.JSX.Element {
  const segs = fitLine(line, cols, bidi.mode);
  if (segs.length === 0) return <Text> </Text>;
  return (
    <Text wrap="truncate-end">
      {segs.map((s, i) => (
        <Text key={i} color={color ? s.color : undefined} bold={s.bold} dimColor={s.dim} inverse={s.inverse} underline={s.underline}>
          {s.text}
        </Text>
      ))}
    </Text>
  );
}
