import {createHash, randomBytes} from 'node:crypto';
import {mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, utimesSync, writeFileSync} from 'node:fs';
import {homedir} from 'node:os';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {deserialize, serialize} from 'node:v8';
import type {Analysis} from '../types.js';

/*
 * Finished analyses kept on disk, one file per corpus key (corpus-key.ts),
 * so that reopening the same corpus shows it at once. A file is
 *
 *   framelens analysis cache 1\n
 *   {"key": …, "bytes": …, "sha256": …}\n
 *   {analysis, said}, serialised by node:v8 (as a worker thread sends it):
 *   the Analysis, and the lines reading the corpus wrote to stderr
 *
 * and is used only when the key in it is the key asked for and the payload
 * has the length and checksum written in the header; anything else (a file
 * cut short, damaged, from another format or another Node) is a miss, is
 * removed, and the analysis is made afresh and written again. Files are
 * written beside their final name and renamed into place, so a reader never
 * sees half a file; the folder is kept under a size and a count by removing
 * the files used longest ago (a hit marks its file as used).
 */

const MAGIC = 'framelens analysis cache 1';

export interface CacheLimits {
  readonly maxBytes: number;
  readonly maxEntries: number;
}

export const DEFAULT_LIMITS: CacheLimits = {maxBytes: 512 * 1024 * 1024, maxEntries: 64};

/** Where analyses are kept: FRAMELENS_CACHE_DIR, else $XDG_CACHE_HOME/framelens, else ~/.cache/framelens. */
export function cacheDir(env: Readonly<Record<string, string | undefined>> = process.env): string {
  if (env.FRAMELENS_CACHE_DIR) return env.FRAMELENS_CACHE_DIR;
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, 'framelens');
  return join(homedir(), '.cache', 'framelens');
}

/** The analyses of the bundled seeds made at build time (scripts/bundle.mjs), read-only: dist/analysis-cache, two levels above this module. */
export const BUILT_CACHE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'analysis-cache');

/** An analysis as kept: the Analysis, and what reading its corpus wrote to stderr (said again on a hit). */
export interface KeptAnalysis {
  readonly analysis: Analysis;
  readonly said: readonly string[];
}

const fileOf = (dir: string, key: string): string => join(dir, `${key}.bin`);

interface Header {
  readonly key: string;
  readonly bytes: number;
  readonly sha256: string;
}

/** The analysis kept under `key` in the first of `dirs` that has a sound one, else null; a damaged file in `writable` is removed. */
export function readCachedAnalysis(key: string, dirs: readonly string[], writable: string | null = dirs[0] ?? null): KeptAnalysis | null {
  for (const dir of dirs) {
    const file = fileOf(dir, key);
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch {
      continue;
    }
    const analysis = decode(bytes, key);
    if (analysis) {
      if (dir === writable) markUsed(file);
      return analysis;
    }
    if (dir === writable) removeQuietly(file);
  }
  return null;
}

function decode(bytes: Buffer, key: string): KeptAnalysis | null {
  const first = bytes.indexOf(10);
  if (first < 0 || bytes.subarray(0, first).toString('utf8') !== MAGIC) return null;
  const second = bytes.indexOf(10, first + 1);
  if (second < 0) return null;
  let header: Header;
  try {
    header = JSON.parse(bytes.subarray(first + 1, second).toString('utf8')) as Header;
  } catch {
    return null;
  }
  const payload = bytes.subarray(second + 1);
  if (header.key !== key || header.bytes !== payload.length || header.sha256 !== sha256(payload)) return null;
  try {
    const kept = deserialize(payload) as KeptAnalysis;
    return kept && typeof kept === 'object' && kept.analysis && Array.isArray(kept.said) ? kept : null;
  } catch {
    return null;
  }
}

/** Keep `kept` under `key` in `dir`, then trim the folder to `limits`. False when it could not be written (the run goes on without). */
export function writeCachedAnalysis(key: string, kept: KeptAnalysis, dir: string, limits: CacheLimits = DEFAULT_LIMITS): boolean {
  let tmp: string | null = null;
  try {
    const payload = serialize(kept);
    if (payload.length > limits.maxBytes) return false;
    const header: Header = {key, bytes: payload.length, sha256: sha256(payload)};
    mkdirSync(dir, {recursive: true, mode: 0o700});
    tmp = join(dir, `.${key}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    writeFileSync(tmp, Buffer.concat([Buffer.from(`${MAGIC}\n${JSON.stringify(header)}\n`), payload]), {mode: 0o600});
    renameSync(tmp, fileOf(dir, key));
    tmp = null;
    trim(dir, limits, key);
    return true;
  } catch {
    if (tmp) removeQuietly(tmp);
    return false;
  }
}

/** Remove the files used longest ago until the folder holds at most maxEntries files and maxBytes; `keep` stays. Leftover temporary files over an hour old go too. */
function trim(dir: string, {maxBytes, maxEntries}: CacheLimits, keep: string): void {
  const entries: {file: string; size: number; used: number}[] = [];
  const now = Date.now();
  for (const name of readdirSync(dir)) {
    const file = join(dir, name);
    let stats;
    try {
      stats = statSync(file);
    } catch {
      continue;
    }
    if (name.endsWith('.tmp')) {
      if (now - stats.mtimeMs > 3_600_000) removeQuietly(file);
    } else if (name.endsWith('.bin')) entries.push({file, size: stats.size, used: stats.mtimeMs});
  }
  entries.sort((a, b) => b.used - a.used);
  let bytes = 0;
  let count = 0;
  for (const e of entries) {
    const isKept = e.file === fileOf(dir, keep);
    if (!isKept && (count + 1 > maxEntries || bytes + e.size > maxBytes)) {
      removeQuietly(e.file);
      continue;
    }
    bytes += e.size;
    count++;
  }
}

function markUsed(file: string): void {
  try {
    const now = new Date();
    utimesSync(file, now, now);
  } catch {
    // A read-only cache still answers.
  }
}

function removeQuietly(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // Gone already, or not ours to remove.
  }
}

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
