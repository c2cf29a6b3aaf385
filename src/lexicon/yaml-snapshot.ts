import {createHash} from 'node:crypto';
import {readFileSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {z} from 'zod';

/*
 * The package's own YAML data files (lexicons, voice cues, outlet names)
 * parsed and checked once, at build time, into dist/yaml-snapshot.json:
 * parsing them with line numbers took about a third of the time before the
 * first frame of the terminal UI. A file is taken from the snapshot only
 * when its text is byte for byte the text the snapshot was made from (a
 * hash of it and of what kind of file it is), so an edited lexicon is
 * parsed and checked as always; so is any file of the user's own.
 */

export interface SnapshotEntry {
  readonly data: unknown;
  /** The lines the loader asked for, by path (keys joined with NUL). */
  readonly lines: Record<string, number | undefined>;
}

type Snapshot = Record<string, SnapshotEntry>;

// In the package's dist/ folder, whether this module runs from dist/ or (in the tests) from src/.
const SNAPSHOT_FILE = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'yaml-snapshot.json');

let loaded: Snapshot | null | undefined;
let recording: Snapshot | null = null;

/** The key of a file's text read as a given kind of file, checked by a given schema (its shape, so a snapshot made before the schema changed is not used). */
export function snapshotKey(text: string, what: string, schema?: z.ZodType): string {
  const hash = createHash('sha256').update(what).update('\0');
  if (schema) hash.update(shapeOf(schema)).update('\0');
  return hash.update(text).digest('hex');
}

const shapes = new WeakMap<z.ZodType, string>();

function shapeOf(schema: z.ZodType): string {
  let shape = shapes.get(schema);
  if (shape === undefined) {
    shape = JSON.stringify(z.toJSONSchema(schema, {unrepresentable: 'any'}));
    shapes.set(schema, shape);
  }
  return shape;
}

/** The parsed file, when the snapshot holds this very text; otherwise null. */
export function fromSnapshot(key: string): SnapshotEntry | null {
  if (recording) return null;
  if (loaded === undefined) {
    try {
      loaded = JSON.parse(readFileSync(SNAPSHOT_FILE, 'utf8')) as Snapshot;
    } catch {
      // No snapshot (running from src, or a build without one): every file is parsed.
      loaded = null;
    }
  }
  return loaded?.[key] ?? null;
}

/** While recording, the loader's result for a file: its data and every line it looks up. */
export function record(key: string, data: unknown): ((path: readonly (string | number)[], line: number | undefined) => void) | null {
  if (!recording) return null;
  const entry: SnapshotEntry = {data, lines: {}};
  recording[key] = entry;
  return (path, line) => {
    entry.lines[path.join('\0')] = line;
  };
}

/** Run the loaders with recording on, and write what they read to the snapshot file. */
export function writeSnapshot(load: () => void): string {
  recording = {};
  try {
    load();
    writeFileSync(SNAPSHOT_FILE, JSON.stringify(recording));
  } finally {
    recording = null;
  }
  return SNAPSHOT_FILE;
}
