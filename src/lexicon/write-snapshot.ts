import {readOutletList} from '../corpus/outlet-list.js';
import {lemmatizeWords} from '../text/english.js';
import {loadVoiceCues} from '../voice/cues.js';
import {loadLexicon} from './load.js';
import {writeSnapshot} from './yaml-snapshot.js';

/* Run after tsc (npm run build): the package's YAML files, parsed and checked, into dist/yaml-snapshot.json. */
const file = writeSnapshot(() => {
  loadLexicon();
  loadVoiceCues('ar', lemmatizeWords);
  loadVoiceCues('en', lemmatizeWords);
  readOutletList();
});
process.stdout.write(`framelens: wrote ${file}\n`);
