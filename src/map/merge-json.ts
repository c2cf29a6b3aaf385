import {compareFindings, hostOf, passageTokens} from '../analyze.js';
import {buildClaimsTable} from '../claims/table.js';
import {buildMatrix} from '../compare/matrix.js';
import {findSharedText, type PassageInput, type SharedText} from '../compare/passages.js';
import {speakerStats} from '../compare/speakers.js';
import type {Lexicon} from '../lexicon/load.js';
import {analysisJsonChunks, StreamedList} from '../report/json.js';
import {analysisView} from '../text/analysis-view.js';
import type {Token} from '../text/tokenize.js';
import type {Claim, ClaimsTableRow, MatrixCell, Mention, SpeakerStats} from '../types.js';
import {LineFetcher} from './file-lines.js';
import {lineAgain, linesAgain, type MergeScan, scanLines} from './merge-scan.js';
import {parseSourceLine, type SourceLine} from './source-line.js';

/*
 * `framelens merge --format json` in bounded memory: the same document as
 * compareFindings + analysisJsonChunks over every source's findings, made
 * without holding those findings. One pass over the lines (merge-scan.ts) checks them and
 * keeps, per source, only what the cross-source steps need: the unique id,
 * where the line is (to fetch it again), the site and the claims-table
 * entries. The passage step fetches a source's line again when it needs
 * its body and tokens (the last few hundred are cached), the speakers step
 * fetches each line in source-id order. The
 * per-source parts of the document (sources, mentions, claims, matrix
 * cells, statements) are written by reading the lines again, one pass each,
 * so no more than one source's findings is held at a time.
 */

/** Claims-table entries: per row (measure × group, first met first), the (source, claim index) pairs. */
interface ClaimEntries {
  readonly rows: Map<string, {readonly first: Claim; readonly entries: number[]}>;
}

/** What the JSON merge keeps per source beyond the shared scan: the site (passage step) and the claims-table entries. */
interface JsonScan extends MergeScan {
  readonly sites: (string | null)[];
  readonly claims: ClaimEntries;
}

/**
 * The merged JSON document in pieces. The lines are checked and the shared
 * passages found before this returns (a bad line is an InputError here);
 * the pieces read the files again as they are written.
 */
export function mergedJsonChunks(files: readonly string[], lexicon: Lexicon): Iterable<string> {
  const scan = scanForJson(files, lexicon);
  const shared = sharedText(scan);
  const empty = compareFindings([], lexicon);
  const concepts = lexicon.concepts;
  const each = (): Generator<SourceLine> => linesAgain(scan);
  return analysisJsonChunks({
    version: 1,
    concepts,
    sources: new StreamedList(function* () {
      for (const f of each()) yield f.source;
    }),
    mentions: new StreamedList(function* () {
      for (const f of each()) yield* f.mentions;
    }),
    claims: new StreamedList(function* () {
      for (const f of each()) yield* f.claims;
    }),
    matrix: new StreamedList(() => matrixCells(each(), concepts)),
    passages: shared.passages,
    passageGroups: shared.groups,
    claimsTable: new StreamedList(() => claimsRows(scan)),
    speakers: new StreamedList(() => speakerRows(scan)),
    statements: new StreamedList(function* () {
      for (const f of each()) yield* f.statements;
    }),
    lexicon: empty.lexicon,
  });
}

/** The shared first pass, keeping each source's site and its claims' places in the claims table. */
function scanForJson(files: readonly string[], lexicon: Lexicon): JsonScan {
  const sites: (string | null)[] = [];
  const claims: ClaimEntries = {rows: new Map()};
  let claimIndex = 0;
  const scan = scanLines(files, lexicon, (f, k) => {
    sites.push(f.source.outlet ?? hostOf(f.source.url));
    for (const c of f.claims) keepClaim(claims, c, k, claimIndex++);
  });
  return {...scan, sites, claims};
}

/** As buildClaimsTable: a figure in page furniture is listed, not tabled; indexes count every claim. */
function keepClaim(table: ClaimEntries, c: Claim, source: number, index: number): void {
  if (c.furniture) return;
  const key = `${c.measure}\u0000${c.group}`;
  let row = table.rows.get(key);
  if (!row) {
    row = {first: c, entries: []};
    table.rows.set(key, row);
  }
  row.entries.push(source, index);
}

/** The matrix cells of each source in turn; mention indexes count the mentions of the sources before. */
function* matrixCells(lines: Iterable<SourceLine>, concepts: Lexicon['concepts']): Generator<MatrixCell> {
  let offset = 0;
  for (const f of lines) {
    for (const cell of buildMatrix([f.source], concepts, f.mentions)) {
      yield offset === 0 ? cell : {...cell, mentionIndexes: cell.mentionIndexes.map((i) => i + offset)};
    }
    offset += f.mentions.length;
  }
}

/** The claims table, one row at a time, in buildClaimsTable's order (asked of it with one claim per row). */
function* claimsRows(scan: JsonScan): Generator<ClaimsTableRow> {
  const rows = [...scan.claims.rows.values()];
  const ordered = buildClaimsTable(
    rows.map((r) => r.first),
    [],
  ).map((r) => rows.find((x) => x.first.measure === r.measure && x.first.group === r.group)!);
  for (const row of ordered) {
    const cells: Record<string, number[]> = Object.fromEntries(scan.ids.map((id) => [id, [] as number[]]));
    for (let e = 0; e < row.entries.length; e += 2) (cells[scan.ids[row.entries[e]!]!] ??= []).push(row.entries[e + 1]!);
    yield {measure: row.first.measure, group: row.first.group, cells};
  }
}

/**
 * Speaker rows by source id, as speakerStats sorts them (each source's own
 * rows come in order from it): each source's line is fetched again in id
 * order, so no speaker row is held (the bench's mixed corpus has ~9 rows
 * an article, half of them with a speaker string met nowhere else: held,
 * they were ~1 KB a source).
 */
function* speakerRows(scan: MergeScan): Generator<SpeakerStats> {
  const {ids} = scan;
  const order = ids.map((_, k) => k).sort((x, y) => (ids[x]! < ids[y]! ? -1 : ids[x]! > ids[y]! ? 1 : 0));
  const fetcher = new LineFetcher();
  try {
    for (const k of order) {
      const f = lineAgain(scan, k, fetcher);
      yield* speakerStats([ids[k]!], f.statements, f.mentions);
    }
  } finally {
    fetcher.close();
  }
}

/** What the passage step reads of one source, fetched again from its line. */
interface Fetched {
  readonly body: string;
  readonly tokens: readonly Token[];
  readonly termSpans: readonly Mention[];
}

/**
 * The shared passages, over inputs that fetch each source's line again when
 * the step asks for its body, tokens or terms (the index reads them in
 * source order; pairs come sorted by first source; a group aligns against
 * one reference), keeping the most recent few hundred.
 */
function sharedText(scan: JsonScan): SharedText {
  const fetcher = new LineFetcher();
  const recent = new Map<number, Fetched>();
  const fetch = (k: number): Fetched => {
    let got = recent.get(k);
    if (got) {
      recent.delete(k);
    } else {
      const place = scan.places[k]!;
      const {source, mentions} = parseSourceLine(fetcher.read(place.file, place.offset, place.bytes), place.file, place.line);
      got = {body: analysisView(source.body), tokens: passageTokens(source), termSpans: mentions};
      if (recent.size >= RECENT) recent.delete(recent.keys().next().value!);
    }
    recent.set(k, got);
    return got;
  };
  const inputs: PassageInput[] = scan.ids.map((id, k) => ({
    id,
    site: scan.sites[k]!,
    get body() {
      return fetch(k).body;
    },
    get tokens() {
      return fetch(k).tokens;
    },
    get termSpans() {
      return fetch(k).termSpans;
    },
  }));
  try {
    return findSharedText(inputs);
  } finally {
    fetcher.close();
  }
}

const RECENT = 256;
