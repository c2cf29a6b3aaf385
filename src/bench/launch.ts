import {spawn, spawnSync} from 'node:child_process';
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
  /** Median ms from spawn to the Overview on screen. */
  readonly overviewMs: number;
  /** Median ms from spawn to the first thing drawn (`framelens · starting…`). */
  readonly firstDrawMs: number;
  /** Median ms from spawn to bare node's line on screen, through the same terminal. */
  readonly nodeMs: number;
  readonly ratio: number;
  readonly runs: number;
}

/** Whether this machine can make a pseudo-terminal for the bench (util-linux `script`). */
export function canLaunchInTerminal(): boolean {
  return spawnSync('script', ['--version'], {encoding: 'utf8'}).status === 0;
}

/** Time until `wanted` appears in what the command draws in an 80×24 terminal; the text `quit` is then typed. */
function timeInTerminal(command: string, marks: readonly string[], quit: string, timeoutMs = 30_000): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn('script', ['-qfec', `stty cols 80 rows 24; exec ${command}`, '/dev/null'], {stdio: ['pipe', 'pipe', 'ignore'], env: {...process.env, TERM: 'xterm-256color', CI: ''}});
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

/** Median times over `runs` launches, bare node and framelens interleaved so a change of load hits both. */
export async function benchLaunch(runs = 7, args: readonly string[] = []): Promise<LaunchResult> {
  const node = JSON.stringify(process.execPath);
  const bare: number[] = [];
  const first: number[] = [];
  const overview: number[] = [];
  for (let k = 0; k < runs; k++) {
    const [nodeMs] = await timeInTerminal(`${node} -e "process.stdout.write('framelens bare node'); setTimeout(() => {}, 50)"`, ['framelens bare node'], '');
    bare.push(nodeMs!);
    const [drawn, shown] = await timeInTerminal([node, JSON.stringify(CLI), ...args].join(' '), ['framelens', 'Overview ·'], 'q');
    first.push(drawn!);
    overview.push(shown!);
  }
  const median = (xs: number[]): number => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
  const nodeMs = median(bare);
  const overviewMs = median(overview);
  return {overviewMs, firstDrawMs: median(first), nodeMs, ratio: overviewMs / nodeMs, runs};
}
