import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * A headline whose prefix before the colon names the event — a coup, like
 * protests or riots — is a rubric, not "Speaker: claim": "Sudan coup: …",
 * "Turkey coup: …", "انقلاب بوركينا فاسو: …" are the outlet's headlines.
 * Grown on the fourth voice probe (tests/fixtures/voice-probe4/).
 */

describe('a coup named before the colon is a rubric', () => {
  it('"Sudan coup: Protesters tear-gassed at rally in Khartoum" (GoNewsCloud, BBC copy, in the fourth probe)', () => {
    const v = voiceOf('Sudan coup: Protesters tear-gassed at rally in Khartoum – BBC News', 'Protesters tear-gassed at rally', 'en');
    expect(v.voice).toBe('outlet');
  });

  it('"Turkey coup: Soldiers on Istanbul’s Bosphorus Bridge surrender" (Mega Media News, in the fourth probe)', () => {
    expect(voiceOf('Turkey coup: Soldiers on Istanbul’s Bosphorus Bridge surrender', 'Soldiers on Istanbul’s Bosphorus Bridge', 'en').voice).toBe('outlet');
  });

  it('"انقلاب بوركينا فاسو: توتر في البلاد …" (Akhbar Al Aan, in the fourth probe)', () => {
    const s = 'انقلاب بوركينا فاسو: توتر في البلاد وإطلاق غاز مسيل للدموع من السفارة الفرنسية لتفريق متظاهرين';
    expect(voiceOf(s, 'لتفريق متظاهرين', 'ar').voice).toBe('outlet');
  });
});

describe('a speaker before the colon still speaks', () => {
  it('"Erdogan: Coup Failed" (Lragir, in the fourth probe): the coup is the claim, Erdogan the speaker', () => {
    const v = voiceOf('Erdogan: Coup Failed', 'Coup Failed', 'en');
    expect(v.voice).toBe('attributed');
    expect(v.speaker).toBe('Erdogan');
  });

  it('"الداخلية المصرية: فض اعتصامي …" (Al-Nas News, in the third probe)', () => {
    expect(voiceOf('الداخلية المصرية: فض اعتصامي "رابعة والنهضة" قريبا', 'فض اعتصامي', 'ar').voice).toBe('attributed');
  });
});
