import {existsSync, mkdirSync, statSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {InputError} from '../errors.js';
import type {Analysis} from '../types.js';
import {claimsCsv, matrixCsv, mentionsCsv} from './csv.js';
import {htmlReport} from './html.js';
import {analysisToJson} from './json.js';
import {markdownReport} from './markdown.js';

export type ReportFormat = 'html' | 'md' | 'csv' | 'json';

const DEFAULT_NAME: Record<ReportFormat, string> = {html: 'framelens-report.html', md: 'framelens-report.md', json: 'framelens-report.json', csv: 'framelens-report-csv'};

/**
 * Write a report and return the paths written. `out` may be a file, or a
 * folder that gets the default file name; CSV always writes a folder of
 * three files (mentions.csv, claims.csv, matrix.csv).
 */
export function writeReport(analysis: Analysis, options: {format: ReportFormat; out?: string | undefined}): string[] {
  const {format} = options;
  const out = options.out ?? DEFAULT_NAME[format];
  if (format === 'csv') {
    ensureDir(out);
    const files: [string, string][] = [
      ['mentions.csv', mentionsCsv(analysis)],
      ['claims.csv', claimsCsv(analysis)],
      ['matrix.csv', matrixCsv(analysis)],
    ];
    return files.map(([name, text]) => write(join(out, name), text));
  }
  const target = isDir(out) ? join(out, DEFAULT_NAME[format]) : out;
  const text = format === 'html' ? htmlReport(analysis) : format === 'md' ? markdownReport(analysis) : analysisToJson(analysis) + '\n';
  return [write(target, text)];
}

function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function ensureDir(dir: string): void {
  if (existsSync(dir) && !isDir(dir)) throw new InputError(`${dir}: exists and is not a folder`, 'CSV reports are written as a folder of three files; give a folder path with -o.');
  try {
    mkdirSync(dir, {recursive: true});
  } catch (error) {
    throw new InputError(`${dir}: cannot create the folder (${(error as NodeJS.ErrnoException).code ?? 'error'})`, 'Choose a writable location with -o.');
  }
}

function write(path: string, text: string): string {
  try {
    writeFileSync(path, text, 'utf8');
  } catch (error) {
    throw new InputError(`${path}: cannot write the report (${(error as NodeJS.ErrnoException).code ?? 'error'})`, 'Choose a writable location with -o.');
  }
  return path;
}
