import {Text, useApp} from 'ink';
import React, {useEffect, useState} from 'react';
import type {Analysis} from '../types.js';
import {App} from './app.js';
import type {BidiChoice} from './bidi-mode.js';
import {cellWidth} from './cells.js';
import {fitLine} from './line.js';
import {tuiText} from '../i18n/tui-text.js';

export type Progress = (done: number, total: number) => void;

/** A blind reading: the analysis shown, and the same one with the outlets named, for R. */
export interface BlindInput {
  readonly analysis: Analysis;
  readonly revealed: Analysis;
}

/** A finished analysis, or a function that analyses and reports progress (a large corpus). */
export type TuiInput = {readonly analysis: Analysis; readonly revealed?: Analysis} | {readonly load: (onProgress: Progress) => Promise<Analysis | BlindInput>};

export interface LoaderProps {
  readonly input: TuiInput;
  readonly bidi: BidiChoice;
  readonly color: boolean;
  readonly lang?: 'ar' | 'en';
  readonly size?: {readonly rows: number; readonly cols: number};
  readonly onScreenChange?: () => void;
}

/** A progress line while the corpus is analysed, then the app; a failed analysis ends the app with its error. */
export function Loader({input, bidi, color, lang, size, onScreenChange}: LoaderProps): React.JSX.Element {
  const {exit} = useApp();
  const [loaded, setAnalysis] = useState<Analysis | BlindInput | null>('analysis' in input ? (input.revealed ? {analysis: input.analysis, revealed: input.revealed} : input.analysis) : null);
  const [progress, setProgress] = useState({done: 0, total: 0});
  useEffect(() => {
    if ('analysis' in input) return undefined;
    let live = true;
    // Start after the first frame is on screen; the analysis yields between sources, so the line redraws.
    const timer = setTimeout(() => {
      input.load((done, total) => live && setProgress({done, total})).then(
        (result) => live && setAnalysis(result),
        (error: unknown) => live && exit(error instanceof Error ? error : new Error(String(error))),
      );
    }, 0);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, []);
  if (loaded) return 'revealed' in loaded ? <App analysis={loaded.analysis} revealed={loaded.revealed} bidi={bidi} color={color} lang={lang} size={size} onScreenChange={onScreenChange} /> : <App analysis={loaded} bidi={bidi} color={color} lang={lang} size={size} onScreenChange={onScreenChange} />;
  const cols = size?.cols ?? process.stdout.columns ?? 80;
  // Like every row of the app: cut to the width, and in visual mode shaped and reordered.
  const shown = fitLine({segs: [{text: progressLine(progress.done, progress.total, cols, lang)}]}, cols, bidi.mode);
  return <Text>{shown.map((s) => s.text).join('')}</Text>;
}

/** `framelens · analysing 120 of 400 sources ▕██████░░░░▏ 30%`, or the comparing step once every source is read. */
export function progressLine(done: number, total: number, cols: number, lang: 'ar' | 'en' = 'en'): string {
  const t = tuiText(lang).progress;
  if (total === 0) return t.reading;
  if (done >= total) return t.compared(total);
  const text = t.analysing(done, total);
  const percent = ` ${Math.floor((done / total) * 100)}%`;
  const barW = Math.max(0, Math.min(40, cols - cellWidth(text) - percent.length - 3));
  const filled = Math.round((done / total) * barW);
  return `${text}▕${'█'.repeat(filled)}${'░'.repeat(barW - filled)}▏${percent}`;
}
