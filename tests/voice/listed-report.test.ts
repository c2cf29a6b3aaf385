import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * A report whose sentence ends its paragraph with a colon and whose content
 * follows as a list (paragraphs opening with a bullet, a dash or a number)
 * gives every item to its speaker, as the words after its colon would be in
 * one paragraph; the list ends at the first paragraph with no such mark. A
 * colon line that reports nothing, or whose reporting word stands far back
 * from the colon governing something else, lists nobody's words. "believe
 * that" reports its holder's view, as "is confident that" does.
 */

// https://jam-news.net/the-reaction-of-the-georgian-authorities-to-the-protests (JAMnews, Georgia 2024; development set georgia-2024)
const JAMNEWS = [
  'Irakli Kobakhidze, chairman of the Georgian Dream party, held another briefing wherein he reviewed the aftermath of last week’s events.',
  'Kobakhidze believes that:',
  '● Behind the protests were the United National Movement and the opposition in general, also called the “global war party”. Their goal is to forcefully overthrow the government and draw Georgia into the war.',
  '● To that end, the UNM is assisted by NGOs that play the role of “agents of foreign influence” in the country; and even without the passage of the law, it has become clear who those would be.',
  '● “Extremist youth groups of the radical opposition” also actively participated in the protests.',
  '● NGOs and the opposition plotted a coup as early as April 2022; before the so-called “Bakurian meeting”.',
  '-',
  'What is the "Bakuriani plan"',
  'Georgian Dream leaders have been talking about a “Bacuriani meeting” for almost a year now, where, they say, a specially brought in American coach Peter Ackerman trained representatives of the opposition parties, non-governmental organizations and the media to “coup the government” and taught them how to “make a revolution”.',
].join('\n');

// http://gulfnews.com/news/gulf/oman/one-more-dead-as-looting-continues-in-sohar-1.769264 (Gulf News, Oman 2011; development set oman-2011): "believe that" with no list.
const GULF_NEWS = "Some Omanis were seen guarding some of the stores as Sohar residents believe that ‘outsiders' were causing most of the violent trouble.";

// Counter-examples.
// https://www.liberationnews.org/chile-is-tired-of-being-exploited-largest-protests-ever-challenge-social-order/
// (Liberation News, Chile 2019; development set chile-2019-new): a list after a colon line whose "confirmed" is an
// adjective nine words back, not a report of the list.
const LIBERATION = [
  'So far there have been at least five confirmed deaths in the hands of the Chilean armed forces:',
  '  • Romario Veloz Cortés, 21, from Ecuador was shot dead by soldiers in La Serena',
  '  • Kevin Gomez Morga',
].join('\n');
// https://www.scmp.com/news/world/africa/article/2179550/sudan-leader-omar-hassan-ahmed-bashir-defies-calls-step-down-amid
// (South China Morning Post, Sudan 2018; development set sudan-2019-new): bullets under a headline
// with no colon.
const SCMP = [
  'Sudan leader Omar Hassan Ahmed Bashir defies calls to step down amid widespread protests',
  '  • People have taken to the streets since December 19',
  '  • They are protesting against acute shortages of fuel and other commodities',
].join('\n');

describe('a report whose content follows its colon as a list', () => {
  it('gives every item to the speaker of "Kobakhidze believes that:"', () => {
    for (const term of ['Behind the protests', 'forcefully overthrow the government', 'plotted a coup']) {
      const v = voiceOf(JAMNEWS, term, 'en');
      expect(v.voice).toBe('attributed');
      expect(v.speaker).toBe('Kobakhidze');
    }
    expect(voiceOf(JAMNEWS, 'radical opposition', 'en').voice).toBe('quoted');
  });

  it('gives the clause after "believe that" to its holders', () => {
    const v = voiceOf(GULF_NEWS, 'were causing most of the violent trouble', 'en');
    expect(v.voice).toBe('attributed');
    expect(v.speaker).toBe('Sohar residents');
  });

  it('ends the list at the first paragraph with no mark', () => {
    expect(voiceOf(JAMNEWS, 'Bacuriani meeting', 'en').voice).not.toBe('attributed');
  });

  it('lists nobody\'s words after a colon line with no report of its own, or none near the colon', () => {
    expect(voiceOf(LIBERATION, 'shot dead', 'en').voice).toBe('outlet');
    expect(voiceOf(SCMP, 'taken to the streets', 'en').voice).toBe('outlet');
    expect(voiceOf(SCMP, 'protesting', 'en').voice).toBe('outlet');
  });
});
