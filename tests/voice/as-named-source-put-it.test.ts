import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * "من طرف المشاغبين، على حد تعبير الوكالة الرسمية": "as the official agency
 * put it", with the one who put it named after the marker, distances the
 * words before it as "على حد تعبيره" does (lexicons/voice.ar.yaml,
 * distancingAfter). Before, only the forms with a pronoun were known.
 */

// https://maghress.com/tazacity/2707 (Taza City relaying MAP, Morocco, 21 February 2011; voice probe 20)
const TAZACITY =
  'يذكر أن وزير الداخلية الطيب الشرقاوي، قد أعلن صباح الإثنين 21 فبراير 2011، في تصريح صحافي بالرباط، أنه تم العثور على خمس جثث متفحمة لأشخاص بداخل إحدى الوكالات البنكية التي تم إحراقها بالحسيمة من طرف المشاغبين، على حد تعبير الوكالة الرسمية التي أوردت إعلان الشرقاوي أن البحث جار لمعرفة ظروف وملابسات هذا الحادث تنفيذا لأمر النيابة العامة.';

// Counter-example: a term followed by the preposition على is not set off.
// https://jordanzad.com/index.php?id=38387&page=article (Jordan Zad, 25 March 2011; voice probe 20)
const JORDANZAD = 'اعتداء على شباب ٢٤ اذار بالعصي والحجارة ...';

describe('على حد تعبير with the one who put it named', () => {
  it('distances the words before it', () => {
    expect(voiceOf(TAZACITY, 'من طرف المشاغبين').distanced).toBe(true);
    expect(voiceOf(TAZACITY, 'من طرف المشاغبين').voice).toBe('attributed');
  });

  it('leaves the words further back as they were', () => {
    expect(voiceOf(TAZACITY, 'إحراقها').distanced).toBe(false);
  });

  it('counter-example: a term before the preposition على', () => {
    expect(voiceOf(JORDANZAD, 'اعتداء').distanced).toBe(false);
  });
});
