import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * "claim" before a thing won or done — victory, responsibility, credit —
 * names that thing, as "declare" and "announce" do: its object only, up
 * to a circumstance or a comma; the rest of the sentence is the outlet's.
 * "claimed that …" and "claims he has …" still report a clause. Grown on
 * the fifth voice probe (tests/fixtures/voice-probe5/).
 */

describe('claimed victory / responsibility names a thing', () => {
  it('"after Maduro claimed victory again, this time over challenger Edmundo González in the disputed election" (The Conversation copy, in the fifth probe)', () => {
    const s = 'It isn’t surprising, then, that there have been widespread demonstrations in the country after Maduro claimed victory again, this time over challenger Edmundo González in the disputed election held July 28, 2024.';
    expect(voiceOf(s, 'the disputed election held', 'en').voice).toBe('outlet');
  });

  it('"Chamisa has claimed victory … after rejecting the official outcome" (DW copy on AllAfrica)', () => {
    const s = "Zimbabwe opposition leader Nelson Chamisa has claimed victory in the country's presidential election on Sunday after rejecting the official outcome.";
    expect(voiceOf(s, 'rejecting the official outcome', 'en').voice).toBe('outlet');
  });

  it('"Although no group claimed responsibility, the bloodshed raised fears …" (The Washington Post, Tunisia 2015)', () => {
    const s = 'Although no group claimed responsibility, the bloodshed raised fears that militants linked to the Islamic State were expanding their operations.';
    expect(voiceOf(s, 'the bloodshed', 'en').voice).toBe('outlet');
    expect(voiceOf(s, 'militants linked to the Islamic State', 'en').voice).toBe('outlet');
  });
});

describe('claim with a clause still reports', () => {
  it('"Evo Morales … claims he has numbers to avoid election run-off" (SCMP)', () => {
    const s = 'Evo Morales, who has governed landlocked Bolivia for almost 14 years claims he has numbers to avoid election run-off';
    expect(voiceOf(s, 'avoid election run-off', 'en').voice).toBe('attributed');
  });

  it('"Belarus opposition claimed massive poll fraud …" (PM News): what is claimed without victory or responsibility stays the claim', () => {
    const s = 'Belarus opposition claimed massive poll fraud on Monday after election officials said the longtime authoritarian leader Alexander Lukashenko won his sixth consecutive presidential term, taking over 80% of the votes.';
    expect(voiceOf(s, 'massive poll fraud', 'en').voice).toBe('attributed');
  });
});
