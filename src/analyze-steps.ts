import {extractClaims} from './claims/extract.js';
import {buildClaimsTable} from './claims/table.js';
import {buildMatrix} from './compare/matrix.js';
import {findSharedText} from './compare/passages.js';
import {speakerStats} from './compare/speakers.js';
import {paragraphKinds} from './corpus/furniture.js';
import {detectCredits} from './corpus/credits.js';
import {viewParagraphs} from './corpus/language.js';
import {outletNames, type OutletNames} from './corpus/outlet-names.js';
import {bundledLexiconDir} from './lexicon/bundled-dir.js';
import type {CompiledLexicon, LexiconPayload} from './lexicon/compile.js';
import {bundledState, userState, type AnalyzerState} from './lexicon/compiled-cache.js';
import type {Lexicon, LexiconEntry} from './lexicon/load.js';
import {findMatchesIn, type MatchToken} from './lexicon/match.js';
import {analysisView} from './text/analysis-view.js';
import {tokensOf, type EnglishTokens} from './text/body-tokens.js';
import {englishTokens} from './text/english.js';
import {sentenceAt, splitSentences} from './text/sentences.js';
import {tokenizeInto, type Token} from './text/tokenize.js';
import type {Analysis, AnalyzedSource, Claim, FurnitureKind, LexiconEntryInfo, Mention, Paragraph, Source, Statement} from './types.js';
import type {VoiceCues} from './voice/cues.js';
import {analyzeVoice, spanTokenRanges} from './voice/source-voice.js';

export {tokensOf, type EnglishTokens};

/*
 * The analysis's two steps, given an analyzer made beforehand: the map
 * (analyzeSource, one source on its own) and the reduce (compareFindings,
 * the sources side by side). Nothing here reads a lexicon's YAML: an
 * analyzer comes compiled from the build (keptAnalyzer) or is made by
 * analyze.ts's createAnalyzer, so the worker threads that only run these
 * steps never load the YAML and schema code.
 */

/** Everything loaded once per run: lexicon, compiled phrases, voice cues. */
export interface Analyzer {
  readonly lexicon: Lexicon;
  readonly compiled: CompiledLexicon;
  readonly cues: {readonly ar: VoiceCues; readonly en: VoiceCues};
  /** The known outlets' names, which credit lines give. */
  readonly outlets: OutletNames;
}

/** An analyzer over a compiled state (lexicon/compiled-cache.ts). */
export function analyzerOf(state: AnalyzerState): Analyzer {
  return {lexicon: state.lexicon, compiled: {ar: state.ar, en: state.en}, cues: {ar: state.arCues, en: state.enCues}, outlets: outletNames(state.outlets)};
}

const analyzers = new WeakMap<AnalyzerState, Analyzer>();

/** In the bundled build: the analyzer kept compiled (the bundled lexicons, or these --lexicon files compiled by an earlier run); otherwise null, and analyze.ts's createAnalyzer compiles one. */
export function keptAnalyzer(lexiconFiles: readonly string[] = []): Analyzer | null {
  const state = lexiconFiles.length === 0 ? bundledState(bundledLexiconDir()) : userState(bundledLexiconDir(), lexiconFiles);
  if (!state) return null;
  // One per state: its outlet finder makes its regex once.
  let analyzer = analyzers.get(state);
  if (!analyzer) analyzers.set(state, (analyzer = analyzerOf(state)));
  return analyzer;
}

/** What the map step gives for one source and the reduce (`compareFindings`) needs: structure, mentions, claims, statements. */
export interface MappedSource {
  readonly source: AnalyzedSource;
  readonly mentions: readonly Mention[];
  readonly claims: readonly Claim[];
  readonly statements: readonly Statement[];
}

/** One source read on its own, with its tokens (in-process runs keep them for the passage step). */
export interface SourceFindings extends MappedSource {
  readonly tokens: readonly MatchToken[];
}

/** One source read on its own; `english` gives English tokens with lemmas: the English model's (text/english.ts), or ones made ahead elsewhere (the terminal UI's English thread). */
export function analyzeSource(source: Source, analyzer: Analyzer, english: EnglishTokens = englishTokens): SourceFindings {
  // Every step reads the view (control and escape sequences blanked, same offsets); the texts reported are sliced from the body.
  const {view: body, paragraphs: detected} = viewParagraphs(source.body);
  const kinds = paragraphKinds(body, detected, source.language, source.furnitureHints);
  const paragraphs: Paragraph[] = detected.map((p, i) => ({start: p.start, end: p.end, language: p.language, kind: kinds[i]!}));
  const furnitureAt = (offset: number): FurnitureKind | null => {
    const kind = paragraphAt(paragraphs, offset)?.kind;
    return kind === undefined || kind === 'text' ? null : kind;
  };
  const sentences = splitSentences(body, paragraphs);
  const tokens = tokensOf(body, paragraphs, english);
  // Framing terms are found first: the voice rules need to know where they begin (a speaker never runs into one).
  const matches: {entry: LexiconEntry; pattern: string | undefined; first: number; last: number; start: number; end: number}[] = [];
  const paragraphTokens = spanTokenRanges(tokens, paragraphs);
  for (let p = 0; p < paragraphs.length; p++) {
    const paragraph = paragraphs[p]!;
    if (paragraph.language === 'und') continue;
    const a = paragraphTokens[2 * p]!;
    const b = paragraphTokens[2 * p + 1]!;
    const found = findMatchesIn<LexiconPayload>(body, tokens, a, b, analyzer.compiled[paragraph.language], {isBlocker: (p) => p.kind === 'exclusion'});
    for (const m of found) if (m.payload.kind === 'entry') matches.push({entry: m.payload.entry, pattern: m.payload.pattern, first: m.first, last: m.last, start: m.start, end: m.end});
  }
  const termStarts = new Set(matches.map((m) => m.first));
  const voice = analyzeVoice({source: source.id, body, paragraphs, sentences, tokens, cues: analyzer.cues, termStarts, furnitureAt});

  const mentions: Mention[] = matches.map(({entry, pattern, first, last, start, end}) => {
    const v = voice.verdict(first, last);
    return {
      source: source.id,
      concept: entry.concept,
      pole: entry.pole,
      label: entry.id,
      text: source.body.slice(start, end),
      start,
      end,
      voice: v.voice,
      distanced: v.distanced,
      negated: v.negated,
      speaker: v.voice === 'outlet' ? null : v.speaker,
      gloss: entry.gloss,
      weight: entry.weight,
      sentence: sentenceAt(sentences, start),
      cue: v.cue,
      furniture: furnitureAt(start),
      ...(pattern === undefined ? {} : {pattern}),
    };
  });

  const claims: Claim[] = extractClaims({
    source: source.id,
    body,
    sentences,
    tokens,
    voiceAt: voice.voiceAt,
    voiceOf: voice.claimVerdict,
    text: source.body,
    furnitureAt,
  });
  const words = tokens.reduce((n, t) => n + (t.isNumber ? 0 : 1), 0);
  const credits = detectCredits(body, paragraphs, analyzer.outlets);
  // Made by the voice step with their furniture (no copy of each here).
  const statements = voice.statements;
  return {source: {...source, paragraphs, sentences, words, credits}, tokens, mentions, claims, statements};
}

/** The paragraph that contains `offset` (binary search; paragraphs are in body order), or null between paragraphs. */
function paragraphAt(paragraphs: readonly Paragraph[], offset: number): Paragraph | null {
  let lo = 0;
  let hi = paragraphs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = paragraphs[mid]!;
    if (offset < p.start) hi = mid - 1;
    else if (offset >= p.end) lo = mid + 1;
    else return p;
  }
  return null;
}

/**
 * The tokens the passage step aligns, from a body and its paragraphs alone:
 * the same offsets and keys as `analyzeSource` gives (English lemmas are not
 * needed to find copy), so a reduce over ndjson lines or worker results
 * needs no token list from the map.
 */
export function passageTokens(source: AnalyzedSource): Token[] {
  // The analysis view, as analyzeSource tokenises it (controls blanked, same offsets).
  const body = analysisView(source.body);
  const tokens: Token[] = [];
  let at = 0;
  for (const p of source.paragraphs) {
    tokenizeInto(tokens, body, at, p.start);
    tokenizeInto(tokens, body, p.start, p.end);
    at = p.end;
  }
  tokenizeInto(tokens, body, at, body.length);
  return tokens;
}

/**
 * Put the sources side by side: matrix, claims table, speakers, shared
 * passages. The reduce of the map/reduce: every step is one pass (or a
 * sort) over the findings, never a scan per source.
 */
export function compareFindings(findings: readonly (MappedSource | SourceFindings)[], lexicon: Lexicon): Analysis {
  const sources = findings.map((f) => f.source);
  const mentions = findings.flatMap((f) => f.mentions);
  const claims = findings.flatMap((f) => f.claims);
  const statements = findings.flatMap((f) => f.statements);
  const ids = sources.map((s) => s.id);
  const tokensOf = recentTokens();
  const {passages, groups} = findSharedText(
    findings.map((f) => ({
      id: f.source.id,
      body: analysisView(f.source.body),
      // Sources read back from ndjson or workers have no tokens: they are made again when the passage step asks, and only the recent ones are kept.
      get tokens() {
        return 'tokens' in f ? f.tokens : tokensOf(f.source);
      },
      termSpans: f.mentions,
      site: f.source.outlet ?? hostOf(f.source.url),
    })),
  );
  return {
    version: 1,
    concepts: lexicon.concepts,
    sources,
    mentions,
    claims,
    statements,
    matrix: buildMatrix(sources, lexicon.concepts, mentions),
    claimsTable: buildClaimsTable(claims, ids),
    passages,
    passageGroups: groups,
    speakers: speakerStats(ids, statements, mentions),
    lexicon: lexicon.entries.map(
      (e): LexiconEntryInfo => ({id: e.id, language: e.language, concept: e.concept, pole: e.pole, terms: e.terms, ...(e.patterns.length ? {patterns: e.patterns.map((p) => p.text)} : {}), gloss: e.gloss, glossAr: e.glossAr, weight: e.weight, note: e.note}),
    ),
  };
}

/** passageTokens with the last few hundred sources' tokens kept: pairs come sorted by first source, groups align against one reference. */
function recentTokens(limit = 256): (source: AnalyzedSource) => Token[] {
  const cache = new Map<AnalyzedSource, Token[]>();
  return (source) => {
    let tokens = cache.get(source);
    if (tokens) {
      cache.delete(source);
    } else {
      tokens = passageTokens(source);
      if (cache.size >= limit) cache.delete(cache.keys().next().value!);
    }
    cache.set(source, tokens);
    return tokens;
  };
}

/** The web host of a source's URL (its site, when no outlet is named), or null. */
export function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).host || null;
  } catch {
    return null;
  }
}
