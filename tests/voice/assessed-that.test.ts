import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * "assess that" reports a clause as "say that" does: an official's judgement given as his ("He also assessed that the
 * police reacted with extreme restraint during the riots"), as "in his assessment," already gives a view. "assess"
 * with an object weighs a thing and reports nothing. Grown on tests/fixtures/voice-probe21 (Tanjug on B92).
 */

/** B92 (Tanjug), https://www.b92.net/eng/news/society.php?yyyy=2020&mm=07&dd=08&nav_id=108871 (voice-probe21). */
const B92 = [
  'Society Epilogue of the chaos in front of the Assembly:43 policemen and 17 protesters injured Police Director Vladimir Rebic stated that 23 people were detained during the protest in front of the Assembly, the police restrained from using excessive force Source: Tanjug Wednesday, July 8, 2020 | 09:20 Tanjug, Dimitrije Goll',
  'He also assessed that the police reacted with extreme restraint during the riots.',
].join('\n');

/** B92 (Tanjug), the same page, further on. */
const B92_FORCE = 'He assessed that the police used force with extreme restraint, that tear gas was thrown only around 11 pm when the protesters tried to enter the parliament again, and that in the end, the cavalry had to get involved because the protesters did not give up.';

/** Counter-example: Newsweek, https://www.newsweek.com/ohio-statehouse-has-windows-smashed-american-flags-burned-those-protesting-george-floyds-death-1507506 */
const NEWSWEEK = 'The Capitol Square Review and Advisory Board, which is responsible for maintaining the state capitol and the 10 acres surrounding it, stated in a press release Friday that, at that time, it could not assess the cost of the damage.';

describe('"assessed that" reports what the official judged', () => {
  it('the police director\'s judgement of the riots (Tanjug on B92)', () => {
    for (const term of ['reacted with extreme restraint', 'the riots']) {
      const v = voiceOf(B92, term, 'en');
      expect(v.voice, term).toBe('attributed');
      expect(v.cue, term).toBe('assessed that');
    }
    expect(voiceOf(B92_FORCE, 'the protesters tried to enter the parliament', 'en').voice).toBe('attributed');
  });

  it('not "assess" with an object: the report is the outer "stated" (Newsweek)', () => {
    expect(voiceOf(NEWSWEEK, 'the damage', 'en').cue).toBe('stated');
  });
});
