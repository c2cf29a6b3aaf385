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

/** Time until `wanted` appears in what the command draws in an 80×24 terminal; the text `quit` is then typed. */
function timeInTerminal(command: string, marks: readonly string[], quit: string, env: Record<string, string> = {}, timeoutMs = 30_000): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn('script', ['-qfec', `stty cols 80 rows 24; exec ${command}`, '/dev/null'], {stdio: ['pipe', 'pipe', 'ignore'], env: {...process.env, TERM: 'xterm-256color', CI: '', ...env}});
    const times: (number | undefined)[] = marks.map(() => undefined);
    let out = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`bench: \`${command}\` did not draw ${marks.join(', ')} in ${timeoutMs / 1000} s`));
    }, timeoutMs);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      const now = performance.now() - t0;
      out += chunk;
      const plain = out.replace(ESCAPES, '');
      marks.forEach((mark, i) => {
        if (times[i] === undefined && plain.includes(mark)) times[i] = now;
      });
      if (times.every((t) => t !== undefined) && quit) {
        child.stdin.write(quit);
        quit = '';
      }
    });
    child.on('exit', () => {
      clearTimeout(timer);
      if (times.every((t) => t !== undefined)) resolve(times as number[]);
      else reject(new Error(`bench: \`${command}\` ended before drawing ${marks.join(', ')}`));
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
    await timeInTerminal(launch([]), ['Overview ·'], 'q', env);
    const bare: number[] = [];
    const first: number[] = [];
    const cold: number[] = [];
    const warm: number[] = [];
    for (let k = 0; k < runs; k++) {
      const [nodeMs] = await timeInTerminal(`${node} -e "process.stdout.write('framelens bare node'); setTimeout(() => {}, 50)"`, ['framelens bare node'], '');
      bare.push(nodeMs!);
      const [drawn, shown] = await timeInTerminal(launch(['--no-cache']), ['framelens', 'Overview ·'], 'q', env);
      first.push(drawn!);
      cold.push(shown!);
      const [kept] = await timeInTerminal(launch([]), ['Overview ·'], 'q', env);
      warm.push(kept!);
    }
    const median = (xs: number[]): number => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
    const nodeMs = median(bare);
    const coldMs = median(cold);
    const warmMs = median(warm);
    return {coldMs, warmMs, firstDrawMs: median(first), nodeMs, coldRatio: coldMs / nodeMs, warmRatio: warmMs / nodeMs, runs};
  } finally {
    rmSync(cache, {recursive: true, force: true});
  }
}
