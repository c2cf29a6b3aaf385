import {describe, expect, it} from 'vitest';
import {bidiReason, resolveBidiMode} from '../../src/tui/bidi-mode.js';

describe('resolveBidiMode', () => {
  it.each([
    [{WT_SESSION: 'x'}, 'visual', 'auto: Windows Terminal'],
    [{TERM: 'xterm-kitty'}, 'visual', 'auto: kitty'],
    [{ALACRITTY_SOCKET: '/tmp/a'}, 'visual', 'auto: Alacritty'],
    [{TERM_PROGRAM: 'vscode'}, 'visual', 'auto: VS Code'],
    [{XTERM_VERSION: 'XTerm(390)'}, 'visual', 'auto: xterm'],
    [{VTE_VERSION: '7600'}, 'logical', 'auto: VTE (GNOME Terminal)'],
    [{KONSOLE_VERSION: '230800'}, 'logical', 'auto: Konsole'],
    [{TERM_PROGRAM: 'Apple_Terminal'}, 'logical', 'auto: Apple Terminal'],
    [{TERM_PROGRAM: 'mintty'}, 'logical', 'auto: mintty'],
    [{TMUX: '/tmp/tmux-0/default,1,0'}, 'logical', 'auto: inside tmux, outer terminal unknown'],
    [{}, 'logical', 'auto: unknown terminal'],
  ])('auto in %o → %s', (env, mode, reason) => {
    expect(resolveBidiMode('auto', env)).toMatchObject({mode, reason});
    expect(resolveBidiMode(undefined, env)).toMatchObject({mode, reason});
  });

  it('lets the flag win over FRAMELENS_BIDI, and FRAMELENS_BIDI over the guess', () => {
    expect(resolveBidiMode('logical', {FRAMELENS_BIDI: 'visual', WT_SESSION: 'x'})).toEqual({mode: 'logical', reason: '--bidi logical'});
    expect(resolveBidiMode('auto', {FRAMELENS_BIDI: 'logical', WT_SESSION: 'x'})).toEqual({mode: 'logical', reason: 'FRAMELENS_BIDI=logical'});
    expect(resolveBidiMode(undefined, {FRAMELENS_BIDI: 'visual'})).toEqual({mode: 'visual', reason: 'FRAMELENS_BIDI=visual'});
  });

  it('says when FRAMELENS_BIDI holds something it cannot use', () => {
    expect(resolveBidiMode('auto', {FRAMELENS_BIDI: 'rtl', VTE_VERSION: '1'})).toMatchObject({mode: 'logical', reason: 'auto: VTE (GNOME Terminal) (FRAMELENS_BIDI=rtl ignored)'});
  });

  it('gives the reason in Arabic for --lang ar, with the terminal, flag and variable names as typed', () => {
    expect(bidiReason(resolveBidiMode('auto', {TMUX: '/tmp/tmux-0/default,1,0'}), 'ar')).toBe('تخمين: داخل tmux والطرفية الخارجية مجهولة');
    expect(bidiReason(resolveBidiMode('auto', {TERM: 'xterm-kitty', FRAMELENS_BIDI: 'rtl'}), 'ar')).toBe('تخمين: kitty (FRAMELENS_BIDI=rtl لا يُعتدّ به)');
    expect(bidiReason(resolveBidiMode('auto', {}), 'en')).toBe('auto: unknown terminal');
    // A flag or the variable is quoted as typed in either language.
    expect(bidiReason(resolveBidiMode('visual', {}), 'ar')).toBe('--bidi visual');
  });
});
