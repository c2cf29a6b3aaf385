import {bundledOutletNames} from './corpus/outlet-list.js';
import {analyzeSource, compareFindings, keptAnalyzer, type Analyzer, type SourceFindings} from './analyze-steps.js';
import {bundledLexiconDir} from './lexicon/bundled-dir.js';
import {compileLexicon, type CompiledLexicon} from './lexicon/compile.js';
import {keepUserState} from './lexicon/compiled-cache.js';
import {loadLexicon, type Lexicon} from './lexicon/load.js';
import {lemmatizeWords} from './text/english.js';
import type {Analysis, Source} from './types.js';
import {loadVoiceCues, type VoiceCues} from './voice/cues.js';

export {analyzeSource, analyzerOf, compareFindings, hostOf, keptAnalyzer, passageTokens, tokensOf, type Analyzer, type EnglishTokens, type MappedSource, type SourceFindings} from './analyze-steps.js';

/*
 * A whole run in one process: the analyzer made (from the build's compiled
 * lexicon when it has one, else compiled from the lexicons' YAML), every
 * source mapped, the findings compared. The steps themselves are in
 * analyze-steps.ts.
 */

export interface AnalyzeOptions {
  /** Extra lexicon files (`--lexicon`), applied after the bundled ones. */
  readonly lexiconFiles?: readonly string[];
  /** Called after each source is read, for progress displays. */
  readonly onProgress?: (done: number, total: number) => void;
  /** An analyzer made once (createAnalyzer) for many calls; `lexiconFiles` is then ignored. */
  readonly analyzer?: Analyzer;
}

/**
 * The Arabic side is compiled at once; the English lexicon and cues are
 * compiled on first use (they need the English model for lemmas), so an
 * all-Arabic corpus never loads it.
 */
export function createAnalyzer(lexiconFiles: readonly string[] = [], loaded?: Lexicon): Analyzer {
  // The bundled build keeps the bundled lexicons compiled (lexicon/compiled-cache.ts).
  const kept = keptAnalyzer(lexiconFiles);
  if (kept && (loaded === undefined || loaded === kept.lexicon)) return kept;
  const lexicon = loaded ?? loadLexicon(lexiconFiles);
  const only = (language: 'ar' | 'en'): Lexicon => ({
    ...lexicon,
    entries: lexicon.entries.filter((e) => e.language === language),
    exclusions: lexicon.exclusions.filter((e) => e.language === language),
  });
  const ar = compileLexicon(only('ar'), lemmatizeWords).ar;
  let en: CompiledLexicon['en'] | undefined;
  let enCues: VoiceCues | undefined;
  const arCues = loadVoiceCues('ar', lemmatizeWords);
  const analyzer: Analyzer = {
    lexicon,
    compiled: {
      ar,
      get en() {
        return (en ??= compileLexicon(only('en'), lemmatizeWords).en);
      },
    },
    cues: {
      ar: arCues,
      get en() {
        return (enCues ??= loadVoiceCues('en', lemmatizeWords));
      },
    },
    outlets: bundledOutletNames(),
  };
  // A --lexicon of one's own: kept compiled for the next run (compiled-cache.ts).
  if (lexiconFiles.length > 0) keepUserState(() => ({lexicon, ar, en: analyzer.compiled.en, arCues, enCues: analyzer.cues.en, outlets: analyzer.outlets.list}), bundledLexiconDir(), lexiconFiles);
  return analyzer;
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
  return compareFindings(findings, analyzer.lexicon);
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
  return compareFindings(findings, analyzer.lexicon);
}
