import {extractClaims} from './claims/extract.js';
import {buildClaimsTable} from './claims/table.js';
import {buildMatrix} from './compare/matrix.js';
import {findSharedPassages} from './compare/passages.js';
import {speakerStats} from './compare/speakers.js';
import {detectParagraphs} from './corpus/language.js';
import {compileLexicon, type CompiledLexicon, type LexiconPayload} from './lexicon/compile.js';
import {loadLexicon, type Lexicon, type LexiconEntry} from './lexicon/load.js';
import {findMatches, type MatchToken} from './lexicon/match.js';
import {analysisView} from './text/analysis-view.js';
import {englishTokens, lemmatizeWords} from './text/english.js';
import {sentenceAt, splitSentences} from './text/sentences.js';
import {tokenize} from './text/tokenize.js';
import type {Analysis, AnalyzedSource, Claim, LexiconEntryInfo, Mention, Paragraph, Source, Statement} from './types.js';
import {loadVoiceCues, type VoiceCues} from './voice/cues.js';
import {analyzeVoice, tokenRange} from './voice/source-voice.js';

export interface AnalyzeOptions {
  /** Extra lexicon files (`--lexicon`), applied after the bundled ones. */
  readonly lexiconFiles?: readonly string[];
  /** Called after each source is read, for progress displays. */
  readonly onProgress?: (done: number, total: number) => void;
  /** An analyzer made once (createAnalyzer) for many calls; `lexiconFiles` is then ignored. */
  readonly analyzer?: Analyzer;
}

/** Everything loaded once per run: lexicon, compiled phrases, voice cues. */
export interface Analyzer {
  readonly lexicon: Lexicon;
  readonly compiled: CompiledLexicon;
  readonly cues: {readonly ar: VoiceCues; readonly en: VoiceCues};
}

export function createAnalyzer(lexiconFiles: readonly string[] = []): Analyzer {
  const lexicon = loadLexicon(lexiconFiles);
  return {
    lexicon,
    compiled: compileLexicon(lexicon, lemmatizeWords),
    cues: {ar: loadVoiceCues('ar', lemmatizeWords), en: loadVoiceCues('en', lemmatizeWords)},
  };
}

/** One source read on its own: structure, mentions, claims, statements. */
export interface SourceFindings {
  readonly source: AnalyzedSource;
  readonly tokens: readonly MatchToken[];
  readonly mentions: readonly Mention[];
  readonly claims: readonly Claim[];
  readonly statements: readonly Statement[];
}

/**
 * Text in, one analysis result out. Pure: no terminal, no files beyond the
 * lexicons; every finding carries offsets into its source's body.
 */
export function analyzeCorpus(sources: readonly Source[], options: AnalyzeOptions = {}): Analysis {
  const analyzer = options.analyzer ?? createAnalyzer(options.lexiconFiles);
  const findings: SourceFindings[] = [];
  sources.forEach((source, i) => {
    findings.push(analyzeSource(source, analyzer));
    options.onProgress?.(i + 1, sources.length);
  });
  return compare(findings, analyzer.lexicon);
}

/**
 * The same analysis, yielding to the event loop between sources (every
 * ~30 ms) so a terminal UI can draw its progress line on a large corpus.
 */
export async function analyzeCorpusAsync(sources: readonly Source[], options: AnalyzeOptions = {}): Promise<Analysis> {
  const analyzer = createAnalyzer(options.lexiconFiles);
  const findings: SourceFindings[] = [];
  let last = Date.now();
  for (let i = 0; i < sources.length; i++) {
    findings.push(analyzeSource(sources[i]!, analyzer));
    options.onProgress?.(i + 1, sources.length);
    if (Date.now() - last > 30) {
      await new Promise((resolve) => setImmediate(resolve));
      last = Date.now();
    }
  }
  return compare(findings, analyzer.lexicon);
}

export function analyzeSource(source: Source, analyzer: Analyzer): SourceFindings {
  // Every step reads the view (control and escape sequences blanked, same offsets); the texts reported are sliced from the body.
  const body = analysisView(source.body);
  const paragraphs = detectParagraphs(body);
  const sentences = splitSentences(body, paragraphs);
  const tokens = tokensOf(body, paragraphs);
  // Framing terms are found first: the voice rules need to know where they begin (a speaker never runs into one).
  const matches: {entry: LexiconEntry; first: number; last: number; start: number; end: number}[] = [];
  for (const paragraph of paragraphs) {
    if (paragraph.language === 'und') continue;
    const [a, b] = tokenRange(tokens, paragraph);
    const found = findMatches<LexiconPayload>(body, tokens.slice(a, b), analyzer.compiled[paragraph.language], {isBlocker: (p) => p.kind === 'exclusion'});
    for (const m of found) if (m.payload.kind === 'entry') matches.push({entry: m.payload.entry, first: m.first + a, last: m.last + a, start: m.start, end: m.end});
  }
  const termStarts = new Set(matches.map((m) => m.first));
  const voice = analyzeVoice({source: source.id, body, paragraphs, sentences, tokens, cues: analyzer.cues, termStarts});

  const mentions: Mention[] = matches.map(({entry, first, last, start, end}) => {
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
    };
  });

  const found = extractClaims({
    source: source.id,
    body,
    sentences,
    tokens,
    voiceAt: voice.voiceAt,
  });
  const claims = body === source.body ? found : found.map((c) => ({...c, text: source.body.slice(c.start, c.end)}));
  const words = tokens.reduce((n, t) => n + (t.isNumber ? 0 : 1), 0);
  return {source: {...source, paragraphs, sentences, words}, tokens, mentions, claims, statements: voice.statements};
}

/** Tokens of the whole body; English paragraphs get wink lemmas, Arabic ones never see the English model. */
export function tokensOf(body: string, paragraphs: readonly Paragraph[]): MatchToken[] {
  const tokens: MatchToken[] = [];
  // A loop, not push(...list): a paragraph of a few hundred thousand tokens overflows the call stack as arguments.
  const append = (list: readonly MatchToken[]): void => {
    for (const token of list) tokens.push(token);
  };
  let at = 0;
  for (const p of paragraphs) {
    append(tokenize(body, at, p.start));
    append(p.language === 'en' ? englishTokens(body, p.start, p.end) : tokenize(body, p.start, p.end));
    at = p.end;
  }
  append(tokenize(body, at, body.length));
  return tokens;
}

/** Put the sources side by side: matrix, claims table, speakers, shared passages. */
function compare(findings: readonly SourceFindings[], lexicon: Lexicon): Analysis {
  const sources = findings.map((f) => f.source);
  const mentions = findings.flatMap((f) => f.mentions);
  const claims = findings.flatMap((f) => f.claims);
  const statements = findings.flatMap((f) => f.statements);
  const ids = sources.map((s) => s.id);
  const passages = findSharedPassages(
    findings.map((f) => ({id: f.source.id, body: analysisView(f.source.body), tokens: f.tokens, termSpans: f.mentions})),
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
    speakers: speakerStats(ids, statements, mentions),
    lexicon: lexicon.entries.map(
      (e): LexiconEntryInfo => ({id: e.id, language: e.language, concept: e.concept, pole: e.pole, terms: e.terms, gloss: e.gloss, weight: e.weight, note: e.note}),
    ),
  };
}
