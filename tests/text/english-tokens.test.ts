import {describe, expect, it} from 'vitest';
import {englishTokens} from '../../src/text/english.js';

/*
 * wink takes a capitalised word for a name and gives it no lemma, so a plural
 * that opens a sentence missed a lexicon entry listed in the singular. Such a
 * word is lemmatised again in lower case; a capitalised word inside a
 * sentence (a name) is left as wink gave it. Real sentences, each with its
 * page's address.
 */

const lemmaOf = (sentence: string, word: string): string | undefined =>
  englishTokens(sentence, 0, sentence.length).find((t) => t.text === word)?.lemma;

describe('the lemma of a plural that opens a sentence', () => {
  it('is the singular, after a sentence end as at the start of a paragraph', () => {
    // https://www.newsweek.com/investigation-underway-whether-facebook-post-encouraging-looting-came-foreign-government-1508561
    const text = 'Monday\'s overnight protests resulted in windows being broken and fires set at the mall. Rioters also threw bricks and set a police cruiser on fire.';
    expect(lemmaOf(text, 'Rioters')).toBe('rioter');
    // https://disrn.com/news/minnesota-new-york-mayors-say-riots-were-organized-chicago-officials-request-federal-investigation
    expect(lemmaOf('Officials in New York and Minnesota both expressed concern that there are indications that riots appear to be coordinated and organized.', 'Officials')).toBe('official');
  });

  it('stays as wink gave it for a name inside a sentence', () => {
    // https://www.dai.com/our-work/projects/honduras-school-based-violence-prevention-activity-sbvpa
    const text = 'The Honduras School-Based Violence Prevention Activity (SBVPA), funded by the U.S. Agency for International Development (USAID), capitalizes on the opportunity that schools provide to establish a culture of non-violence, inclusion, and respect among youth.';
    expect(lemmaOf(text, 'Honduras')).toBeUndefined();
  });
});
