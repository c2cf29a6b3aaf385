import {spawn, spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

/*
 * Launch → first real frame of the terminal UI, as a person sees it: the
 * real binary in a pseudo-terminal of 80×24 (util-linux `script` makes
 * one), timed from the spawn until the Overview's title line has come out
 * of the terminal, on the bundled seeds. Beside it, bare node printing one
 * line through the same pseudo-terminal, so the ratio does not count the
 * cost of `script` and `stty` and follows the machine's load.
 */

const CLI = fileURLToPath(new URL('../cli.js', import.meta.url));
const ESCAPES = /\u001b\[[0-9;?]*[A-Za-z]|\u001b[()][0-9A-Za-z]|\u001b[=>78]/gu;

export interface LaunchResult {
  /** Median ms from spawn to the Overview on screen, analysing afresh (--no-cache). */
  readonly coldMs: number;
  /** Median ms from spawn to the Overview on screen, the analysis kept from an earlier run (the cache). */
  readonly warmMs: number;
  /** Median ms from spawn to the Concept screen for a 2 typed the moment the Overview shows: when keys are answered (Ink loaded). */
  readonly coldKeyMs: number;
  readonly warmKeyMs: number;
  /** Median ms from spawn to the first thing drawn of a cold launch (`framelens · starting…`). */
  readonly firstDrawMs: number;
  /** Median ms from spawn to bare node's line on screen, through the same terminal. */
  readonly nodeMs: number;
  /** coldMs / nodeMs and warmMs / nodeMs. */
  readonly coldRatio: number;
  readonly warmRatio: number;
  readonly runs: number;
}

/** Whether this machine can make a pseudo-terminal for the bench (util-linux `script`). */
export function canLaunchInTerminal(): boolean {
  return spawnSync('script', ['--version'], {encoding: 'utf8'}).status === 0;
}

/** A text to wait for on screen, and what to type once it is there. */
interface Step {
  readonly mark: string;
  readonly type?: string;
}

/** Times (ms from the spawn) at which each step's mark appears, in order, in what the command draws in an 80×24 terminal. */
function timeInTerminal(command: string, steps: readonly Step[], env: Record<string, string> = {}, timeoutMs = 30_000): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn('script', ['-qfec', `stty cols 80 rows 24; exec ${command}`, '/dev/null'], {stdio: ['pipe', 'pipe', 'ignore'], env: {...process.env, TERM: 'xterm-256color', CI: '', ...env}});
    const times: number[] = [];
    const marks = steps.map((s) => s.mark).join(', ');
    // Marks after a key are looked for in what is drawn after it.
    let out = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`bench: \`${command}\` did not draw ${marks} in ${timeoutMs / 1000} s`));
    }, timeoutMs);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      const now = performance.now() - t0;
      out += chunk;
      while (times.length < steps.length && out.replace(ESCAPES, '').includes(steps[times.length]!.mark)) {
        times.push(now);
        const keys = steps[times.length - 1]!.type;
        if (keys) {
          out = '';
          child.stdin.write(keys);
          break;
        }
      }
    });
    child.on('exit', () => {
      clearTimeout(timer);
      if (times.length === steps.length) resolve(times);
      else reject(new Error(`bench: \`${command}\` ended before drawing ${marks}`));
    });
  });
}

/**
 * Median times over `runs` launches of each kind, bare node, a cold and a
 * warm launch interleaved so a change of load hits all three. The cache is
 * a fresh folder of the bench's (FRAMELENS_CACHE_DIR), filled by one launch
 * before the warm ones; for the seeds the analysis built with the package
 * (dist/analysis-cache) would answer too.
 */
export async function benchLaunch(runs = 7, args: readonly string[] = []): Promise<LaunchResult> {
  const node = JSON.stringify(process.execPath);
  const cache = mkdtempSync(join(tmpdir(), 'framelens-bench-cache-'));
  const env = {FRAMELENS_CACHE_DIR: cache};
  const launch = (extra: readonly string[]): string => [node, JSON.stringify(CLI), ...args, ...extra].join(' ');
  try {
    // Interactive: the Concept screen drawn for a 2 typed as soon as the Overview shows.
    const steps: Step[] = [{mark: 'Overview ·', type: '2'}, {mark: 'Concept ·', type: 'q'}];
    // A cold launch draws `framelens · starting…` first.
    const coldSteps: Step[] = [{mark: 'framelens'}, ...steps];
    await timeInTerminal(launch([]), steps, env);
    const bare: number[] = [];
    const first: number[] = [];
    const cold: number[] = [];
    const warm: number[] = [];
    const coldKeys: number[] = [];
    const warmKeys: number[] = [];
    for (let k = 0; k < runs; k++) {
      const [nodeMs] = await timeInTerminal(`${node} -e "process.stdout.write('framelens bare node'); setTimeout(() => {}, 50)"`, [{mark: 'framelens bare node'}]);
      bare.push(nodeMs!);
      const [drawn, shown, coldKey] = await timeInTerminal(launch(['--no-cache']), coldSteps, env);
      first.push(drawn!);
      cold.push(shown!);
      coldKeys.push(coldKey!);
      const [kept, warmKey] = await timeInTerminal(launch([]), steps, env);
      warm.push(kept!);
      warmKeys.push(warmKey!);
    }
    const median = (xs: number[]): number => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
    const nodeMs = median(bare);
    const coldMs = median(cold);
    const warmMs = median(warm);
    return {coldMs, warmMs, coldKeyMs: median(coldKeys), warmKeyMs: median(warmKeys), firstDrawMs: median(first), nodeMs, coldRatio: coldMs / nodeMs, warmRatio: warmMs / nodeMs, runs};
  } finally {
    rmSync(cache, {recursive: true, force: true});
  }
}
