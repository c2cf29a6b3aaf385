import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * "Highlights: Clashes erupted between tribal fighters in Deir Ezzor …": a
 * capitalised reporting word that opens its sentence alone, closed at once by
 * a colon, is a heading naming the kind of item — a noun with no subject —
 * not a verb reporting what follows; the text after it is the outlet's.
 * Grown on the twenty-fourth voice probe (tests/fixtures/voice-probe24/),
 * where Teller Report's summary line was read as the verb "highlights". The
 * verb with its subject still reports.
 */

describe('a reporting word heading its sentence before a colon is a heading', () => {
  it('Highlights: Clashes erupted between tribal fighters … (Teller Report translating Al Jazeera, Deir ez-Zor 2023, in the twenty-fourth probe)', () => {
    // https://tellerreport.com/amp/2023-08-29-clashes-between-tribal-fighters-in-deir-ezzor-and-sdf-forces-after-the-arrest-of-military-leaders.SkQHRqsia3.html
    const s = 'Highlights: Clashes erupted between tribal fighters in Deir Ezzor, eastern Syria, and the so-called Kurdish-led Syrian Democratic Forces (SDF) for the second day in a row. Local sources told Al Jazeera that fighters from Arab tribes in the region launched attacks on checkpoints of the SDF.';
    const v = voiceOf(s, 'Clashes erupted between tribal fighters', 'en');
    expect(v.voice).toBe('outlet');
    expect(v.speaker).toBeNull();
  });
});

describe('counter-examples: the verb with its subject still reports', () => {
  it('"The newspaper highlighted as causes the intensification of the blockade …" (Radio Reloj, Cuba 2021, in the thirteenth probe)', () => {
    // https://www.radioreloj.cu/news/national-news/cuba-denounces-us-responsibility-in-2021-riots/
    const s = 'The newspaper highlighted as causes the intensification of the blockade in the context of Covid-19 and the incitement and financing from US territory individuals and groups to commit violations of the law, which included acts of violence, robbery, assault and aggression.';
    expect(voiceOf(s, 'the incitement and financing', 'en').voice).toBe('attributed');
  });
});
