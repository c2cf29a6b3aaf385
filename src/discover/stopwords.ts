import {procliticSplits} from '../lexicon/proclitics.js';
import {matchKey} from '../text/normalize.js';

/*
 * Function words: a phrase made only of them ("في هذا", "of the") says
 * nothing about framing, and a phrase that starts or ends with one ("the
 * protesters", "protesters in") repeats the phrase inside it. Arabic words
 * are compared by match key, with or without proclitics (وفي، بهذا، للذين);
 * English ones by lemma.
 */

const ARABIC = `
في من إلى الى على عن مع عند لدى حتى منذ بين خلال حول ضد نحو دون عبر تحت فوق أمام وراء بعد قبل أثناء حين حيث
و ف ثم أو أم بل لكن لكنّ غير سوى إلا إذ إذا إن أن إنّ أنّ لأن كأن لو لولا ما ماذا لا لم لن ليس قد لقد سوف كي كما مثل
هذا هذه هذان هاتان هؤلاء ذلك تلك أولئك هنا هناك الذي التي الذين اللذان اللتان اللواتي اللاتي اللائي من ما
هو هي هم هن هما أنا نحن أنت أنتم إياه إياها
له لها لهم لهما لنا لي به بها بهم فيه فيها فيهم منه منها منهم عليه عليها عليهم إليه إليها إليهم عنه عنها عنهم معه معها معهم بينهم
كل بعض أي أية جميع كافة عدة أحد إحدى نفس ذات أيضا أيضاً فقط جدا كذلك وكذلك هكذا
كان كانت كانوا يكون تكون يكن تم تمت يتم تتم ليست ليسوا أصبح أصبحت صار ظل
عن لدى إزاء جراء إثر عقب وفق وفقا وفقاً بحسب حسب لدى يوم اليوم أمس الآن
قد وقد فقد ولقد إن وإن فإن أنه أنها أنهم إنه إنها إنهم بأن بأنه بأنها وأن وأنه لأنه كونه
`;

const ENGLISH = `
a an the and or but nor so yet if then than as at by for from in into of off on onto out over to up upon with within without
about above after against along amid among around before behind below beneath beside between beyond during except inside near
since through throughout till toward towards under until via
i me my mine myself we us our ours ourselves you your yours yourself yourselves he him his himself she her hers herself
it its itself they them their theirs themselves one
this that these those who whom whose which what where when why how whether there here
be am is are was were been being have has had having do does did doing will would shall should can could may might must
not no nor only own same too very just also all any both each few more most other some such every either neither
s t don now again further once ever even still already yet much many several various another others
`;

const arabic = new Set(ARABIC.split(/\s+/u).filter(Boolean).map(matchKey));
const english = new Set(ENGLISH.split(/\s+/u).filter(Boolean));

/** Is this Arabic match key a function word, alone or behind proclitics? */
export function isArabicStopword(key: string): boolean {
  if (arabic.has(key)) return true;
  for (const split of procliticSplits(key)) if (arabic.has(split.rest)) return true;
  return false;
}

/** Is this English lemma (or lower-cased word) a function word? */
export function isEnglishStopword(lemma: string): boolean {
  return english.has(lemma);
}
