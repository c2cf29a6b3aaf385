import {describe} from 'vitest';
import {type Counter, itFindsEach, runCounters} from './paraphrase-cases.js';

/*
 * A beating told by its cruelty ("were beaten up unmercifully", "Mercilessly Beaten", "roughed up") or, in Arabic,
 * as blows rained on people (انهال … بالضرب): the force's act whoever the subject is. The lexicon listed beatings
 * with a crowd noun before them (en.force.crowd-beaten-and-began-to-beat) or the police after them, and «للضرب
 * المبرح»; these wordings of Belarusian and Arab coverage were found by none. Real sentences of stored public pages
 * (none of the development set's held-out events); each case must give the entry and its exact slice, each
 * counter-example (a team beaten, a car struck with bars) must not.
 */

const cases: [string, 'ar' | 'en', string, string][] = [
  // https://charter97.org/en/news/2007/12/13/2372/ (Charter 97, Minsk, December 2007)
  ['Charter 97', 'en', 'People, who gathered on the square with national flags, were beaten up unmercifully.', 'en.force.beaten-without-mercy=beaten up unmercifully'],
  ['Charter 97', 'en', 'Those who tried to resist were beaten up cruelly by fists, kicked.', 'en.force.beaten-without-mercy=beaten up cruelly'],
  // https://articlefeed.org/people-are-seeking-change-in-belarus-instead-theyre-being-mercilessly-beaten-and-detained/ (Minsk, August 2020: headline)
  ['Article Feed', 'en', 'People are Seeking Change in Belarus. Instead, They’re Being Mercilessly Beaten and Detained', 'en.force.beaten-without-mercy=Mercilessly Beaten'],
  // https://www.globalsecurity.org/wmd/library/news/belarus/belarus-170325-rferl01.htm (RFE/RL, Minsk, March 2017)
  ['RFE/RL', 'en', 'Dynko said elderly citizens, some disabled and as old as in their 80s, were roughed up by several police who violently shoved them into police vehicles.', 'en.force.beaten-without-mercy=were roughed up'],
  // https://marayanews.com/?p=599828 (Haifa)
  ['Maraya News', 'ar', 'وقال عضو الكنيست عن القائمة العربية جمال زحالقة في فيديو مصور “ان الشرطة الإسرائيلية هاجمت المتظاهرين بوحشية، وانهالت عليهم بالضرب”.', 'ar.force.rained-blows=وانهالت عليهم بالضرب'],
  // https://hourpress.net/amp/14264 (Akhbar Al-Saa, Sanaa, December 2012: students quoted)
  ['Akhbar Al-Saa', 'ar', 'وأضافوا " وفجأة دون سابق إنذار انهال العساكر علينا بالضرب بعضي وهراوي غير مفرقين بين الناس .', 'ar.force.rained-blows=انهال العساكر علينا بالضرب'],
];

const counters: Counter[] = [
  // https://boards.straightdope.com/t/greatest-team-to-get-the-biggest-ass-kicking/827390?page=2 (a team beaten in a match)
  ['https://boards.straightdope.com/t/greatest-team-to-get-the-biggest-ass-kicking/827390?page=2', 'en', 'It’s likely that they would have beaten Brazil anyway, but that’s a major asterisk in my opinion.', 'en.force.beaten-without-mercy'],
  // https://alwatannews.net/ampArticle/115260 (Paris, 2016, AFP copy: protesters beating a police car with iron bars; blows, but none rained on people)
  ['https://alwatannews.net/ampArticle/115260', 'ar', 'وراح 15 من بينهم يضربون السيارة بقضبان حديدية، وبالقوة أخرجوا شرطيين كانا في داخلها ثم ألقوا زجاجة حارقة عبر النافذة الخلفية المكسورة، وفقاً للمصدر نفسه.', 'ar.force.rained-blows'],
];

describe('a beating told by its cruelty, or as blows rained on people', () => {
  itFindsEach(cases);

  runCounters(counters);
});
