import {Box, Text, useApp, useInput, useStdout, type Key as InkKey} from 'ink';
import React, {useEffect, useMemo, useState} from 'react';
import type {Analysis} from '../types.js';
import type {BidiChoice} from './bidi.js';
import {layoutLine, truncate, width, type Line, type Seg} from './lines.js';
import {frameFor} from './screens.js';
import {initialState, reduce, SCREENS, SCREEN_TITLE, type Key, type TuiState} from './state.js';

export interface AppProps {
  readonly analysis: Analysis;
  readonly bidi: BidiChoice;
  readonly color: boolean;
  /** Fixed size for tests; otherwise the terminal's, following resizes. */
  readonly size?: {rows: number; cols: number};
  readonly onQuit?: () => void;
}

/** Ink's key object to the reducer's key names. */
export function keyName(input: string, key: InkKey): Key | null {
  if (key.upArrow) return 'up';
  if (key.downArrow) return 'down';
  if (key.leftArrow) return 'left';
  if (key.rightArrow) return 'right';
  if (key.pageUp) return 'pageup';
  if (key.pageDown) return 'pagedown';
  if (key.tab) return key.shift ? 'shift-tab' : 'tab';
  if (key.return) return 'enter';
  if (key.escape) return 'escape';
  if (key.backspace || key.delete) return 'backspace';
  if (key.ctrl && input === 'c') return 'q';
  return input || null;
}

function useTerminalSize(fixed?: {rows: number; cols: number}): {rows: number; cols: number} {
  const {stdout} = useStdout();
  const read = (): {rows: number; cols: number} => fixed ?? {rows: stdout.rows || 24, cols: stdout.columns || 80};
  const [size, setSize] = useState(read);
  useEffect(() => {
    if (fixed) return;
    const onResize = (): void => setSize(read());
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout, fixed]);
  return fixed ?? size;
}

export function App({analysis, bidi, color, size, onQuit}: AppProps): React.JSX.Element {
  const {exit} = useApp();
  const view = useTerminalSize(size);
  const [state, setState] = useState<TuiState>(() => initialState(analysis));
  useInput((input, key) => {
    const name = keyName(input, key);
    if (!name) return;
    setState((s) => {
      const next = reduce(s, name, analysis, view);
      if (next.quit) {
        onQuit?.();
        exit();
      }
      return next;
    });
  });
  const bidiNote = `Arabic display: ${bidi.mode} (${bidi.reason}). Change with --bidi visual|logical or FRAMELENS_BIDI; see README.`;
  const frame = useMemo(() => frameFor(analysis, state, view, bidiNote), [analysis, state, view.rows, view.cols, bidiNote]);
  const cols = Math.max(20, view.cols);
  const bodyRows = Math.max(3, view.rows - 3);
  const body = [...frame.lines.slice(0, bodyRows)];
  while (body.length < bodyRows) body.push({segs: []});
  const tabs: Seg[] = [{text: ' framelens ', bold: true}];
  SCREENS.forEach((id, i) => tabs.push({text: ` ${i + 1} ${SCREEN_TITLE[id]} `, inverse: id === state.screen && !state.help && !state.search.hits}));
  const right = ` │ ? help q quit │ ${bidi.mode}${bidi.reason.startsWith('auto') ? ' (auto; --bidi)' : ''}`;
  const left = state.search.editing ? `/${state.search.query}▌  Enter search · Esc cancel` : `${frame.where} │ ${frame.keys}`;
  const status = truncate(left, Math.max(10, cols - width(right))) + right;
  return (
    <Box flexDirection="column" width={cols}>
      {renderLine({segs: tabs}, cols, bidi, color, 'tabs')}
      <Text dimColor>{'─'.repeat(cols)}</Text>
      {body.map((l, i) => renderLine(l, cols, bidi, color, `l${i}`))}
      {renderLine({segs: [{text: truncate(status, cols), inverse: true}]}, cols, bidi, color, 'status')}
    </Box>
  );
}

function renderLine(l: Line, cols: number, bidi: BidiChoice, color: boolean, key: string): React.JSX.Element {
  const segs = layoutLine(l, cols, bidi.mode);
  return (
    <Text key={key} wrap="truncate-end">
      {segs.length === 0 ? ' ' : segs.map((s, i) => (
        <Text key={i} color={color ? s.color : undefined} bold={s.bold} dimColor={s.dim} inverse={s.inverse} underline={s.underline}>
          {s.text}
        </Text>
      ))}
    </Text>
  );
}
