import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * A participle of naming right after a noun, with no comma before it ("protests dubbed the 'Friday of Rage'"), and a
 * closed quotation after it (an article or "as" at most between): what it reports is the name only, and the words
 * after the closing mark are the narrator's again. Grown on Egypt 2013 (tests/fixtures/devset/egypt-2013: Ahram
 * Online on the Ramses Square protests of 16 August 2013).
 */

describe('a quoted name after "dubbed" ends the report at its closing mark', () => {
  it('"… for protests dubbed the \'Friday of Rage\' after the violent dispersal of their sit-ins on Wednesday." (Ahram Online, 16 August 2013)', () => {
    // https://english.ahram.org.eg/NewsContent/1/64/79200/Egypt/Politics-/Morsi-supporters-protest-in-Cairo-on-Friday-of-Rag.aspx
    const s = "Supporters of ousted president Mohamed Morsi have begun gathering in Cairo’s Ramses Square near downtown for protests dubbed the 'Friday of Rage' after the violent dispersal of their sit-ins on Wednesday.";
    expect(voiceOf(s, 'violent dispersal', 'en').voice).toBe('outlet');
    expect(voiceOf(s, 'sit-ins', 'en').voice).toBe('outlet');
    expect(voiceOf(s, 'Friday of Rage', 'en').voice).not.toBe('outlet');
  });

  it('"Elmoghir, who is dubbed as “Khairat el-Shater’s boy,” has long plied social media platforms to incite violence …" (Egypt Today, 15 August 2017)', () => {
    // https://www.egypttoday.com/Article/1/17416/%E2%80%98Peaceful%E2%80%99-Rabaa-sit-in-claims-debunked-by-Brotherhood-leaders
    const s = 'Elmoghir, who is dubbed as “Khairat el-Shater’s boy,” has long plied social media platforms to incite violence against the armed forces and has repeatedly called on Brotherhood members and supporters to launch what he called an “armed revolution” to establish the state of “Islam.”';
    expect(voiceOf(s, 'incite violence', 'en').voice).toBe('outlet');
  });
});

describe('what the quoted-name rule leaves', () => {
  it('a participle after a comma is the aside rule\'s: "The Tayouneh ambush, labeled by some \'a massacre,\' left …" (Al Mayadeen English, in the seventeenth probe)', () => {
    // https://english.almayadeen.net/news/politics/lebanon-mourns-martyrs-of-tayouneh-ambush
    const s = "The Tayouneh ambush, labeled by some 'a massacre,' left several people martyred and dozens wounded.";
    expect(voiceOf(s, 'a massacre', 'en').voice).not.toBe('outlet');
    expect(voiceOf(s, 'left several people martyred', 'en').voice).toBe('outlet');
  });

  it('a verb of saying still reports its clause: "Egypt\'s interior ministry said two members of the security forces were killed … as they moved to break up the pro-Mursi protests, describing them as \'martyrs\'." (a blog\'s copy of Euronews, 14 August 2013)', () => {
    // https://srnfunandcreativity.blogspot.com/2013/08/deaths-in-cairo-as-egypt-security.html
    const s = "Egypt's interior ministry said two members of the security forces were killed by gunfire as they moved to break up the pro-Mursi protests, describing them as 'martyrs'.";
    expect(voiceOf(s, 'break up the pro-Mursi protests', 'en').voice).not.toBe('outlet');
  });
});
