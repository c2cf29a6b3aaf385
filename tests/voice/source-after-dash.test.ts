import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * A headline that names its source after a dash set off by spaces ("…
 * ‘coup attempt’ – army", "… – Ukrainian interior ministry") gives the
 * claim in that source's voice, as "…: Statement" does after a colon: the
 * same short source ending in a noun of a source (army, ministry, police,
 * official …). After a dash a name is as often the site's own ("… – BBC
 * News", "by Hu Xijin – Global Times"), so a name alone never speaks
 * there, and a claim after the dash leaves the line as it was. Grown on
 * the nineteenth voice probe (tests/fixtures/voice-probe19/), where AFP's
 * headline on The Citizen ended in "– army".
 */

describe('a source after a headline\'s dash speaks the claim', () => {
  it('"DR Congo thwarts Kinshasa ‘coup attempt’ – army" (The Citizen, AFP, DR Congo 2024, in the nineteenth probe)', () => {
    // https://www.citizen.co.za/news/news-world/news-africa/dr-congo-thwarts-kinshasa-coup-attempt-army/
    const s = 'DR Congo thwarts Kinshasa ‘coup attempt’ – army';
    const coup = voiceOf(s, 'coup attempt', 'en');
    expect(coup.voice).toBe('quoted');
    expect(coup.speaker).toBe('army');
  });

  it('"Policeman shot dead in Kyiv, another policeman sustains knife wound – Ukrainian interior ministry" (Al Ayham, Ukraine 2014)', () => {
    // https://news.alayham.com/node/137096
    const s = '8) Policeman shot dead in Kyiv, another policeman sustains knife wound – Ukrainian interior ministry';
    const shot = voiceOf(s, 'shot dead', 'en');
    expect(shot.voice).toBe('attributed');
    // The cue is the dash that closes the claim, as a headline's colon is its cue.
    expect(shot.cue).toBe('–');
  });
});

describe('what after a dash is no source', () => {
  it('"by Hu Xijin – Global Times": a name after a dash is the site\'s, not a speaker (News1, Global Times, USA 2020)', () => {
    // https://www.news1.news/en/2020/05/global-times-the-united-states-should-support-violent-protesters-in-minnesota-as-well-as-hong-kong-rioters-world-affairs.html
    const s = 'by Hu Xijin – Global Times';
    expect(voiceOf(s, 'Hu Xijin', 'en').voice).toBe('outlet');
  });

  it('"Sudan coup: Protesters tear-gassed at rally in Khartoum – BBC News" names the site (Go News Cloud, Sudan 2021, in the fourth probe)', () => {
    // https://gonewscloud.io/sudan-coup-protesters-tear-gassed-at-rally-in-khartoum-bbc-news/
    const s = 'Sudan coup: Protesters tear-gassed at rally in Khartoum – BBC News';
    expect(voiceOf(s, 'tear-gassed', 'en').voice).toBe('outlet');
  });

  it('"Massive protests erupt again over disputed Venezuelan elections – but they look different this time" (Plawiuk, CBC copy, Venezuela 2024, in the fifth probe)', () => {
    // http://plawiuk.blogspot.com/2024/08/massive-protests-erupt-again-over.html
    const s = 'Massive protests erupt again over disputed Venezuelan elections – but they look different this time';
    expect(voiceOf(s, 'Massive protests', 'en').voice).toBe('outlet');
  });
});
