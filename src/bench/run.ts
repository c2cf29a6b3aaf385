import {spawnSync} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {analyzeCorpus} from '../analyze.js';
import {loadSeeds} from '../corpus/load.js';
import {benchSingleLine, benchThroughput} from './analysis.js';
import {benchDiscover} from './discover.js';
import {benchPassages} from './passages.js';
import {benchTui} from './tui.js';

/*
 * `npm run bench`: speed and memory targets live here, not in unit tests.
 * Targets: ≥ 5 MB/s of Arabic text on one core; a 1 MB article with no line
 * breaks must not stall; first TUI frame within 1 s of launch; 1,000
 * articles' shared passages without all-pairs work.
 */

const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(0)} MB`;

async function main(): Promise<void> {
  const seeds = loadSeeds();
  const peak = (): number => process.resourceUsage().maxRSS * 1024;

  const t = benchThroughput(seeds, 10);
  console.log(`analysis  ${t.megabytes.toFixed(1)} MB (${(t.tokens / 1e6).toFixed(2)} M tokens, ${t.mentions} mentions) in ${t.seconds.toFixed(2)} s: ${t.mbPerSecond.toFixed(1)} MB/s, ${(t.tokensPerSecond / 1e6).toFixed(2)} M tokens/s ${t.mbPerSecond >= 5 ? '(target ≥ 5 MB/s: met)' : '(target ≥ 5 MB/s: MISSED)'}`);
  const s = benchSingleLine(seeds, 1);
  console.log(`one line  ${s.megabytes.toFixed(2)} MB article without line breaks: ${s.seconds.toFixed(2)} s (${s.mbPerSecond.toFixed(1)} MB/s)`);
  const o = benchSingleLine(seeds, 1, true);
  console.log(`sentence  ${o.megabytes.toFixed(2)} MB article that is one sentence (no punctuation): ${o.seconds.toFixed(2)} s (${o.mbPerSecond.toFixed(1)} MB/s)`);
  const p = benchPassages(seeds, 1000);
  console.log(`passages  ${p.articles} articles: ${p.seconds.toFixed(2)} s, ${p.passages} shared passages, ${p.pairsExamined} of ${(p.articles * (p.articles - 1)) / 2} source pairs examined`);
  const dv = benchDiscover(seeds, 1);
  console.log(`discover  ${dv.sources} articles (${dv.megabytes.toFixed(1)} MB) in ten outlets: ${dv.seconds.toFixed(2)} s after the analysis`);
  const analysis = analyzeCorpus(seeds);
  const ui = await benchTui(analysis);
  console.log(`tui       first frame ${ui.firstFrameMs.toFixed(0)} ms after the analysis; key → frame ${ui.keyLatencyMs.toFixed(1)} ms on average`);
  const cli = fileURLToPath(new URL('../cli.js', import.meta.url));
  const t0 = performance.now();
  const run = spawnSync(process.execPath, [cli, 'analyze', '--format', 'json'], {encoding: 'utf8'});
  const launch = performance.now() - t0;
  console.log(`launch    framelens analyze on the seeds, cold process: ${launch.toFixed(0)} ms${run.status === 0 ? '' : ' (FAILED)'} ${launch < 1000 ? '(first-frame budget 1 s: met)' : '(first-frame budget 1 s: MISSED)'}`);
  console.log(`memory    peak RSS ${mb(peak())}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
