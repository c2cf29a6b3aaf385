import {spawnSync} from 'node:child_process';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {resolveBidiMode} from '../../src/tui/bidi-mode.js';
import {isMlterm} from '../../src/tui/styling.js';

/*
 * What Ink really writes for bold, inverse, underline and colour, in a
 * fresh Node process (chalk decides once, when it loads) after the UI's
 * preparation, with the terminal's environment and flags.
 */
const ROOT = join(import.meta.dirname, '..', '..');

function inkStyles(env: Record<string, string>, flags: string[]): {bold: boolean; inverse: boolean; underline: boolean; red: boolean} {
  const script = `
    const {prepareInkStyling} = await import(${JSON.stringify(join(ROOT, 'dist', 'tui', 'styling.js'))});
    prepareInkStyling(process.env, process.argv);
    const {renderToString, Text} = await import('ink');
    const React = (await import('react')).default;
    const draw = (props) => renderToString(React.createElement(Text, props, 'x'));
    process.stdout.write(JSON.stringify({bold: draw({bold: true}), inverse: draw({inverse: true}), underline: draw({underline: true}), red: draw({color: 'red'})}));
  `;
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !['FORCE_COLOR', 'NO_COLOR', 'TERM', 'MLTERM', 'COLORTERM', 'CI'].includes(k)));
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script, '--', ...flags], {cwd: ROOT, encoding: 'utf8', env: {...clean, ...env}});
  expect(r.stderr).toBe('');
  const out = JSON.parse(r.stdout) as Record<string, string>;
  return {bold: out.bold!.includes('\u001b[1m'), inverse: out.inverse!.includes('\u001b[7m'), underline: out.underline!.includes('\u001b[4m'), red: out.red!.includes('\u001b[31m')};
}

describe('styles the terminal UI can count on', () => {
  it('--no-color keeps bold, inverse and underline (the UI itself leaves out colour)', () => {
    expect(inkStyles({TERM: 'xterm-256color'}, ['--no-color'])).toMatchObject({bold: true, inverse: true, underline: true});
  });

  it('mlterm gets colour, bold and inverse without --color', () => {
    expect(inkStyles({TERM: 'mlterm', MLTERM: '3.9.3'}, [])).toEqual({bold: true, inverse: true, underline: true, red: true});
  });

  it('a dumb terminal gets nothing', () => {
    expect(inkStyles({TERM: 'dumb'}, [])).toEqual({bold: false, inverse: false, underline: false, red: false});
  });

  it('recognises mlterm by TERM or MLTERM, and reads Arabic in logical order there', () => {
    expect(isMlterm({TERM: 'mlterm'})).toBe(true);
    expect(isMlterm({MLTERM: '3.9.3', TERM: 'xterm'})).toBe(true);
    expect(isMlterm({TERM: 'xterm-256color'})).toBe(false);
    expect(resolveBidiMode('auto', {TERM: 'mlterm'}).mode).toBe('logical');
  });
});
