import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * "refer to X as Y" labels X with Y, as "describe X as Y" does: the label
 * (and what it runs on into) is the speaker's, the thing labelled the
 * outlet's, and a quoted label after it is set off as after "describing …
 * as". Without the "as" of a label ("referring to the damage perpetrated in
 * the subway stations") it only points at something: nothing is reported.
 */

// http://larouchepub.com./pr/2020/20200815_lukashenko.html (EIR, Belarus 2020, belarus-2020-more)
const EIR = 'Those who roam the streets, most of them do not understand this.” He referred to the demonstrations as a “color revolution” being orchestrated from outside the country.';
// https://roarmag.org/essays/chileans-stand-fearless-in-the-face-of-repression/ (ROAR, Chile 2019, chile-2019-new)
const ROAR = 'President Piñera and other public officials encouraged this mistrust, referring to fare-evaders as “delinquents” and accusing them of only wanting to incite chaos.';

// Counter-example.
// https://orinocotribune.com/chile-under-protests-looting-curfew-and-massive-repression-images-videos/ (Orinoco
// Tribune, Chile 2019, chile-2019): "referring to" with no label after it.
const ORINOCO = 'He said that “nobody has the right to act with brutal violence,” referring to the damage perpetrated in the subway stations of the capital, the burning of trains, buses, terminals and public transport stations,” according to Actualidad RT.';

describe('"refer to X as Y" labels', () => {
  it('gives the label and what it runs on into to the speaker; the thing labelled stays the outlet\'s', () => {
    const label = voiceOf(EIR, 'color revolution', 'en');
    expect(label.voice).toBe('quoted');
    expect(label.speaker).toBe('He');
    expect(voiceOf(EIR, 'orchestrated from outside the country', 'en').voice).toBe('attributed');
    expect(voiceOf(EIR, 'demonstrations', 'en').voice).toBe('outlet');
  });

  it('sets off a quoted label after "referring to … as"', () => {
    const v = voiceOf(ROAR, 'delinquents', 'en');
    expect(v.voice).toBe('quoted');
    expect(v.distanced).toBe(true);
  });

  it('reports nothing where "referring to" has no label', () => {
    expect(voiceOf(ORINOCO, 'brutal violence', 'en').voice).toBe('quoted');
    expect(voiceOf(ORINOCO, 'damage perpetrated', 'en').cue).not.toBe('referring to');
  });
});
