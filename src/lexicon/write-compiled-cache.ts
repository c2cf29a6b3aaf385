import {createAnalyzer} from '../analyze.js';
import {writeCompiledCache} from './compiled-cache.js';
import {bundledLexiconDir} from './bundled-dir.js';
import {loadLexicon} from './load.js';

/* Run by scripts/bundle.mjs with the bundle's build key: the bundled lexicons compiled, into dist/compiled-lexicon.bin. */
const build = process.argv[2];
if (!build) throw new Error('usage: node dist/lexicon/write-compiled-cache.js BUILD-KEY');
const lexicon = loadLexicon();
const analyzer = createAnalyzer([], lexicon);
writeCompiledCache({lexicon, ar: analyzer.compiled.ar, en: analyzer.compiled.en, arCues: analyzer.cues.ar, enCues: analyzer.cues.en, outlets: analyzer.outlets.list}, bundledLexiconDir(), build);
process.stdout.write('framelens: wrote the compiled lexicon\n');
