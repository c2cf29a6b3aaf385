import {matchKey} from '../text/normalize.js';
import {clauseMarkBefore, cueStartingAt, ONLY_COMMA, gapBefore, type SentenceView, SPEECH_CUES} from './sentence-view.js';

// "أعلن قائد الحرس الثوري الإيراني، اللواء محمد علي جعفري، اليوم الأربعاء،
// انتهاء المظاهرات …": in VS order, after a verb of announcing, the
// speaker's title may be followed by its holder's rank and name set off by
// commas. That aside is the speaker's name, not the announced thing: its
// closing comma does not end the object, which begins after it (and after a
// time aside that may follow). Only a rank opens such a name (اللواء،
// العميد، الدكتور …); a noun there ("أعلن الجيش، السيطرة على …،") is the
// announced thing, whose comma ends it as before.

/** Ranks and honorifics that open a name, with the article, as match keys. */
const RANKS = new Set([
  'اللواء', 'العميد', 'الفريق', 'العقيد', 'المقدم', 'الرائد', 'النقيب', 'المشير', 'الجنرال', 'الأدميرال',
  'الدكتور', 'الدكتورة', 'الشيخ', 'السيد', 'السيدة', 'المهندس', 'القاضي', 'الحاج', 'آية', 'حجة',
].map((w) => matchKey(w)));

/** How many words the rank and name may hold ("اللواء محمد علي جعفري"). */
const MAX_RANK_AND_NAME = 5;

/**
 * Is the stretch before the comma at token `c` a rank and a name set off by commas, right after the comma that
 * closed the speaker's title (`from`: the token after that comma)? No mark and no speech cue inside.
 */
export function rankNameAside(view: SentenceView, from: number, c: number): boolean {
  if (view.language !== 'ar' || from >= c || c - from > MAX_RANK_AND_NAME || !ONLY_COMMA.test(gapBefore(view, c))) return false;
  if (!RANKS.has(view.tokens[from]!.key)) return false;
  for (let t = from; t < c; t++) {
    if (t > from && clauseMarkBefore(view, t)) return false;
    if (cueStartingAt(view, t, SPEECH_CUES)) return false;
  }
  return true;
}
