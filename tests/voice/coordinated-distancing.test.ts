import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * A label joined by "and" (و with the article, "and", "or") to the one a distancing marker governs ("من أسماهم بأقلية
 * من المتطرفين والمحرضين المأجورين") is set off by the same marker, a few words beyond the marker's own reach (three
 * words), as long as no clause's end (a comma, a full stop) stands between. Before, only the first label was
 * distanced. Grown on tests/fixtures/devset/tunisia-2010.
 */

/** Al-Wafd (via Masress), https://www.masress.com/alwafd/9397 (tunisia-2010). */
const ALWAFD = 'قال الرئيس التونسي زين العابدين بن علي في وقت سابق إن أعمال الشغب تضر بصورة تونس لدى المستثمرين، وتعهد بتطبيق القانون بصرامة ضد من أسماهم بأقلية من المتطرفين والمحرضين المأجورين.';

/** Al-Ahram, https://gate.ahram.org.eg/daily/news/203479/115/774356/ (belarus-2020-fourth). */
const AHRAM = 'فى توقيت مواكب لتراجع الخلافات مع موسكو بعد ما وصفته روسيا بدسائس أوكرانية وغربية استهدفت الوقيعة بين البلدين من جانب، والتمهيد للإطاحة بالكسندر لوكاشينكو القابض على دفة السلطة هناك منذ 1994.';

/** Darfur 24, https://darfur24.com/2018/12/25/البشير-خونة-ومندسين-وراء-احتجاجات-الغ (sudan-2019-new). */
const DARFUR24 = 'اتهم الرئيس السوداني، عمر البشير، من سماهم بـ “الخونة والمرتزقة والمندسين” بالوقوف وراء الاحتجاجات الشعبية';

describe('a label joined by "and" to a distanced one is distanced too', () => {
  it('«والمحرضين المأجورين» after «من أسماهم بأقلية من المتطرفين» (Al-Wafd)', () => {
    expect(voiceOf(ALWAFD, 'والمحرضين المأجورين', 'ar').distanced).toBe(true);
    expect(voiceOf(ALWAFD, 'أقلية من المتطرفين', 'ar').distanced).toBe(true);
  });
});

describe('what stays as it was', () => {
  it('a word after a comma is beyond the marker (Al-Ahram)', () => {
    expect(voiceOf(AHRAM, 'للإطاحة', 'ar').distanced).toBe(false);
  });

  it('labels inside the quotation after «من سماهم بـ» stay distanced as before (Darfur 24)', () => {
    expect(voiceOf(DARFUR24, 'المرتزقة', 'ar').distanced).toBe(true);
  });

  it('a label not joined by و is not reached: «أعمال الشغب» before the marker (Al-Wafd)', () => {
    expect(voiceOf(ALWAFD, 'أعمال الشغب', 'ar').distanced).toBe(false);
  });
});
