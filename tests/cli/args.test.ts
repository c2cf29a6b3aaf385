import {describe, expect, it} from 'vitest';
import {parseCli, type CliContext} from '../../src/cli/args.js';
import {closest, editDistance} from '../../src/cli/suggest.js';
import {InputError} from '../../src/errors.js';

const context = (env: Record<string, string> = {}, files: string[] = []): CliContext => ({exists: (p) => files.includes(p), env});

function failure(argv: string[], ctx = context()): InputError {
  try {
    parseCli(argv, ctx);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error(`parseCli(${argv.join(' ')}) did not fail`);
}

describe('typos on the command line', () => {
  it('measures swaps and single edits as one', () => {
    expect(editDistance('analyse', 'analyze')).toBe(1);
    expect(editDistance('reprot', 'report')).toBe(1);
    expect(editDistance('diff', 'diff')).toBe(0);
  });

  it('suggests only what is a typo away', () => {
    expect(closest('analyse', ['analyze', 'report', 'diff'])).toBe('analyze');
    expect(closest('dif', ['analyze', 'report', 'diff'])).toBe('diff');
    expect(closest('articles', ['analyze', 'report', 'diff'])).toBeNull();
  });

  it('framelens analyse: did you mean analyze?, exit 2', () => {
    const e = failure(['analyse']);
    expect(e.message).toContain('unknown command `analyse`');
    expect(e.hint).toContain('Did you mean `framelens analyze`?');
    expect(e.exitCode).toBe(2);
  });

  it('a folder named like a typo is still a path', () => {
    expect(parseCli(['analyse'], context({}, ['analyse'])).paths).toEqual(['analyse']);
  });

  it('a mistyped option: did you mean --color?, and an option of another command says which', () => {
    expect(failure(['report', '--colour']).hint).toContain('Did you mean --color?');
    expect(failure(['diff', '--out', 'x']).hint).toContain('--out works with `framelens analyze`, `framelens report`, `framelens merge`, `framelens worksheet` and `framelens discover`, not with `framelens diff`');
  });

  it('a one-letter option of another command is named with its long form', () => {
    const e = failure(['diff', '000', '001', '-o', 'x']);
    expect(e.message).toContain("Unknown option '-o'");
    expect(e.hint).toContain('-o (--out) works with `framelens analyze`');
    expect(e.hint).not.toContain('Usage:');
  });

  it('analyze takes -o FILE like the other commands', () => {
    expect(parseCli(['analyze', '--format', 'ndjson', '-o', 'out.ndjson']).out).toBe('out.ndjson');
  });
});

describe('npm start --bidi logical', () => {
  it('takes the mode npm passed on as a path (npm_config_bidi=true)', () => {
    const args = parseCli(['logical'], context({npm_config_bidi: 'true'}));
    expect(args.bidi).toBe('logical');
    expect(args.paths).toEqual([]);
  });

  it('takes --bidi=visual from npm_config_bidi; a flag on the command line wins', () => {
    expect(parseCli([], context({npm_config_bidi: 'visual'})).bidi).toBe('visual');
    expect(parseCli(['--bidi', 'logical'], context({npm_config_bidi: 'visual'})).bidi).toBe('logical');
  });

  it('a file named logical stays a path', () => {
    expect(parseCli(['logical'], context({npm_config_bidi: 'true'}, ['logical'])).paths).toEqual(['logical']);
  });
});
