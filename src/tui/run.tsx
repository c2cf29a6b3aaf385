import {render, Text} from 'ink';
import React, {useEffect, useState} from 'react';
import type {Analysis} from '../types.js';
import {App} from './app.js';
import {EXPLICIT_MODE_OFF, EXPLICIT_MODE_ON, resolveBidiMode, type BidiChoice} from './bidi.js';

export interface RunOptions {
  readonly bidi: 'auto' | 'visual' | 'logical';
  readonly color: boolean;
}

export type TuiInput = {readonly analysis: Analysis} | {readonly load: (onProgress: (done: number, total: number) => void) => Promise<Analysis>};

/** Shows progress while a corpus is analysed, then the app. */
export function Loader({input, bidi, color}: {input: TuiInput; bidi: BidiChoice; color: boolean}): React.JSX.Element {
  const [analysis, setAnalysis] = useState<Analysis | null>('analysis' in input ? input.analysis : null);
  const [progress, setProgress] = useState({done: 0, total: 0});
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (analysis || !('load' in input)) return;
    let cancelled = false;
    // Yield to the renderer between sources so the progress line updates.
    const onProgress = (done: number, total: number): void => {
      if (!cancelled) setProgress({done, total});
    };
    setTimeout(() => {
      input.load(onProgress).then(
        (a) => !cancelled && setAnalysis(a),
        (e: unknown) => !cancelled && setError((e as Error).message),
      );
    }, 0);
    return () => {
      cancelled = true;
    };
  }, []);
  if (error) return <Text color="red">framelens: {error}</Text>;
  if (!analysis) return <Text>Analysing {progress.total ? `${progress.done}/${progress.total} sources` : 'sources'}…</Text>;
  return <App analysis={analysis} bidi={bidi} color={color} />;
}

/** Run the terminal UI until the user quits; restores the terminal's bidi mode on every exit path. */
export async function runTui(input: TuiInput, options: RunOptions): Promise<void> {
  const bidi = resolveBidiMode(options.bidi === 'auto' ? undefined : options.bidi, process.env);
  const explicit = bidi.mode === 'visual';
  const restore = (): void => {
    if (explicit) process.stdout.write(EXPLICIT_MODE_OFF);
  };
  if (explicit) process.stdout.write(EXPLICIT_MODE_ON);
  const onSignal = (): void => {
    restore();
    process.exit(130);
  };
  process.once('SIGTERM', onSignal);
  process.once('exit', restore);
  try {
    const instance = render(<Loader input={input} bidi={bidi} color={options.color} />, {exitOnCtrlC: true});
    await instance.waitUntilExit();
  } finally {
    process.off('SIGTERM', onSignal);
    process.off('exit', restore);
    restore();
  }
}
