import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {parse} from 'yaml';
import {analyzeCorpus} from '../../src/analyze.js';
import {furnitureOf, paragraphKinds} from '../../src/corpus/furniture.js';
import {detectParagraphs} from '../../src/corpus/language.js';
import {loadSeeds, readCorpus} from '../../src/corpus/load.js';

/*
 * Page furniture on real text: the seeds' own leftovers (002's photo
 * captions, 004's "اقرأ المزيد" notice), lines from the saved pages in
 * tests/fixtures/pages, and an embedded tweet as its embed code renders.
 */
const kindsOf = (body: string, language: 'ar' | 'en') => {
  const paragraphs = detectParagraphs(body);
  return paragraphKinds(body, paragraphs, language).map((kind, i) => ({kind, text: body.slice(paragraphs[i]!.start, paragraphs[i]!.end)}));
};

describe('furniture in the seeds', () => {
  const a = analyzeCorpus(loadSeeds());
  const furniture = a.sources.flatMap((s) => s.paragraphs.filter((p) => p.kind !== 'text').map((p) => `${s.id} ${p.kind}: ${s.body.slice(p.start, p.end)}`));

  it('finds 002’s two captions and 004’s read-more notice, and nothing else (0 of the other paragraphs)', () => {
    expect(furniture).toEqual([
      '002 caption: Russia sends peacekeeping forces to Kazakhstan',
      '002 caption: قوة من التدخل الروسي في كازاخستان (الأناضول)',
      '004 related: اقرأ المزيد',
      '004 related: يحتوي هذا القسم على المقلات ذات صلة, الموضوعة في (Related Nodes field)',
    ]);
    const article = a.sources.reduce((n, s) => n + s.paragraphs.filter((p) => p.kind === 'text').length, 0);
    expect(article).toBe(79);
  });
});

describe('furnitureOf, one paragraph', () => {
  it('captions and photo credits, Arabic and English', () => {
    for (const caption of [
      'قوة من التدخل الروسي في كازاخستان (الأناضول)',
      'مصدر الصورة: رويترز',
      'Photograph: Adrian Malloch',
      'Map: Flow of foreign fighters to Syria',
      'جانب من أعمال الشغب', // youm7's photo captions (devset, Hong Kong 2019)
      'جانب من المواجهات العنيفة',
    ]) {
      expect(furnitureOf(caption), caption).toBe(caption.startsWith('Map') ? null : 'caption');
    }
  });

  it('links to other stories', () => {
    for (const link of ['اقرأ المزيد', 'اقرأ أيضاً: روسيا تعلن اكتمال نشر قواتها', '[Read: Why Tunisia, Arab Spring’s sole success story, suffers from Islamist violence]', 'Read the full transcript of his interview', 'Read more:', 'Related:']) {
      expect(furnitureOf(link), link).toBe('related');
    }
  });

  it('page chrome: timestamps, comment rules, share bars, tags, bare URLs, menus', () => {
    for (const chrome of [
      'الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00 (GMT+0400)',
      'ترحب شبكة CNN بالنقاش الحيوي والمفيد، وكي لا نضطر في موقع CNN بالعربية إلى مراجعة التعليقات قبل نشرها. ننصحك بمراجعة إرشادات الاستخدام للتعرف إليها جيداً.',
      'Share this article',
      'شارك فيسبوك تويتر واتساب',
      'Published 24 July 2015',
      'Tags: Kenya, Barack Obama',
      'https://www.bbc.com/news/world-us-canada-33646704',
      'Home | World | Business | Sport | Video',
      'Continue reading the main story',
      // From the development set's pages (tests/fixtures/devset), kept as retrieved:
      '1. Skip to content',
      'Adjust font size:',
      'Date: Jan 21, 2019',
      '773ed2dc-4d0e-4726-94d6-e277a1e81e4d.jpeg',
      '#مدن_السودان_تنتفض',
      'Photo',
      // The names of a page's icons, left in the text (https://www.rt.com/russia/498734-belarus-color-revolution-foreign-meddling/).
      'icon bookmark-bicon bookmarkicon cameraicon checkicon chevron downicon chevron lefticon chevron righticon chevron upicon closeicon v-compressicon downloadicon editicon v-expandicon fbicon fileicon filtericon flag ruicon full chevron downicon full chevron lefticon full chevron righticon full chevron upicon gpicon insicon mailicon moveicon-musicicon mutedicon nomutedicon okicon v-pauseicon v-playicon searchicon shareicon sign inicon sign upicon stepbackicon stepforicon swipe downicon tagicon tagsicon tgicon trashicon twicon vkicon yticon wticon fm',
    ]) {
      expect(furnitureOf(chrome), chrome).toBe('chrome');
    }
  });

  it('embedded posts: the tweet and its signature line', () => {
    // A public tweet (twitter.com/eisa_ayed/status/1350154722351730688) as its embed code renders.
    const tweet = [
      'ورقتنا الخاصة بإكتشاف معلومات كوڤيد-١٩ المغلوطة في تويتر العربي بإستخدام خوارزميات تعلم الآله (العميق).',
      'في بداية الأزمة، صرح المدير العام لWHO أننا لانواجه فقط Pandemic ولكن  أيضاً Infodemic في إشارة لمعلومات كثيرة مغلوطة تنتشر بين المجتمعات (العربية). https://t.co/chRfzR1CCL pic.twitter.com/TGRuUD2e3Z',
      '— عيسى العنزي (@eisa_ayed) January 15, 2021',
    ].join('\n');
    expect(kindsOf(tweet, 'ar').map((p) => p.kind)).toEqual(['text', 'embed', 'embed']);
    expect(kindsOf(`${tweet.split('\n')[0]}\n— عيسى العنزي (@eisa_ayed) January 15, 2021`, 'ar').map((p) => p.kind)).toEqual(['embed', 'embed']);
  });

  it('leaves article paragraphs alone, even with a number, a bracket, a link word or an agency name', () => {
    for (const text of [
      'وذكرت أن عدد قتلى الاضطرابات بلغ 164 شخصاً، وأن عدد المعتقلين اقترب من 6 آلاف شخص، وأن أكثر من 1300 عنصر أمن أصيبوا أثناء حماية النظام العام.',
      'وكان نزارباييف (81 سنة) الرئيس الأطول بقاء في الحكم في أي من الجمهوريات السوفياتية السابقة إلى أن ترك منصبه لتوكاييف في عام 2019.',
      'قمة "الأمن الجماعي"',
      'المصدر : الجزيرة + الأناضول',
      'Russia sends peacekeeping forces to Kazakhstan',
      'Tunisian Prime Minister Habib Essid said that in addition to the slain foreigners a local museum worker and a security official were killed.',
      'Heba Habib contributed to this report.',
      '‘Unprecedented’ strandings',
      'وقال مكتب الرئاسة في بيان تناول تفاصيل اجتماع للاطلاع على الوضع الأمني برئاسة توكاييف، "تم نقل عدد من المنشآت الاستراتيجية".',
      'Chile Under Protests, Looting, Curfew and Massive Repression (Images + Videos)',
      // A word "icon" in prose (https://www.good.is/contributors/jesse-hirsch; https://newbetuts.com/350816-rosa-parks-is-a-symbol-for-the-civil-rights-movement).
      'How This Protest Image Became An Instant Icon',
      'The words icon or iconic are used much more broadly, for example a fashion magazine might describe a simple little black dress (wildly overpriced) iconic.',
    ]) {
      expect(furnitureOf(text), text).toBeNull();
    }
  });
});

describe('furniture in the development set (real excerpts kept as retrieved, page leftovers and all)', () => {
  // The annotators marked framing words wherever they stood, captions included: those in furniture are
  // listed (the scorer still finds them) but not counted. Each one below was checked by reading the page:
  // Reuters' photo captions ("… Photo by Anthony Kwan/Getty Images"), youm7's «جانب من …» captions, a "Read more:" link,
  // an embedded tweet (Saraha News: "ثورة بلا دبكة مثلاً؟ https://t.co/…"). A headline ending "(Images + Videos)"
  // announces pictures, it is no credit (Orinoco Tribune).
  it('marks the leftovers; the annotated words it takes out of the count are all in captions or links', () => {
    const root = join(import.meta.dirname, '..', 'fixtures', 'devset');
    let located = 0;
    let furniture = 0;
    const inFurniture: string[] = [];
    for (const event of readdirSync(root).filter((d) => !d.includes('.'))) {
      const gold = parse(readFileSync(join(root, event, 'gold.yaml'), 'utf8')) as {sources: Record<string, {mentions?: {find: string; term: string}[]}>};
      const a = analyzeCorpus(readCorpus([join(root, event)]).sources);
      for (const s of a.sources) furniture += s.paragraphs.filter((p) => p.kind !== 'text').length;
      for (const [id, entry] of Object.entries(gold.sources)) {
        const s = a.sources.find((x) => x.id === id);
        if (!s) continue;
        for (const m of entry.mentions ?? []) {
          const at = s.body.indexOf(m.find);
          if (at < 0) continue;
          located++;
          const term = at + m.find.indexOf(m.term);
          const p = s.paragraphs.find((x) => x.start <= term && term < x.end);
          if (p && p.kind !== 'text') inFurniture.push(`${event}/${id}: ${m.term}`);
        }
      }
    }
    expect(located).toBeGreaterThan(80);
    expect(inFurniture).toEqual([
      // Al Jazeera Net's photo caption ("لم يعرف عدد المصابين في المظاهرات المستمرة في أرمينيا على نتائج انتخابات الرئاسة (الفرنسية)").
      'armenia-2008/003-aljazeera-yerevan2008: المظاهرات',
      'armenia-2008/003-aljazeera-yerevan2008: على نتائج انتخابات الرئاسة',
      // Al Jazeera Net's photo caption ("الدوار كان مركز الاحتجاجات المطالبة بالتغيير والإصلاح (رويترز)").
      'bahrain-2011/005-aljazeera-net-pearl: الاحتجاجات',
      'bahrain-2011/005-aljazeera-net-pearl: بالتغيير والإصلاح',
      // Popular Resistance's photo line ("Above photo: Demonstrators in support of the government. Twitter.").
      'belarus-2020-fifth/007-popularresistance-minsk: Demonstrators',
      // TRT Arabi's photo caption ("تتواصل المظاهرات في عاصمة بيلاروسيا … (AFP)").
      'belarus-2020-new/009-trtarabi-minsk: المظاهرات',
      'chile-2019/004-youm7: العنف',
      // The Guardian's photo caption, printed twice on the page ("… anti-government protest. Photograph: Suhaib Salem/Reuters").
      'egypt-2011/010-guardian: protester',
      'egypt-2011/010-guardian: protest',
      'egypt-2011/010-guardian: anti-government',
      'egypt-2011/010-guardian: protester',
      'egypt-2011/010-guardian: protest',
      'egypt-2011/010-guardian: anti-government',
      'hong-kong-2019/005-independent-reuters: demonstrators',
      'hong-kong-2019/005-independent-reuters: protest',
      'hong-kong-2019/005-independent-reuters: demonstrators',
      'hong-kong-2019/005-independent-reuters: protest',
      'hong-kong-2019/009-youm7: أعمال الشغب',
      'hong-kong-2019/009-youm7: العنف',
      'hong-kong-2019/009-youm7: المواجهات العنيفة',
      // Iran Press's "اقرأ المزيد" link to another story ("تظاهرة في هونغ كونغ ضد تسليم المطلوبين للصين").
      'hong-kong-2019-new/006-iranpress-arabic-hk: تظاهرة',
      'hong-kong-2019-new/006-iranpress-arabic-hk: تسليم المطلوبين للصين',
      'iraq-2019/005-globalvillagespace-reuters: protests',
      // Kitabat's embedded tweet ("تصوير حصري … اطلاق قذيفة غاز مسيل للدموع بشكل أفقي … pic.twitter.com/…") and Rudaw's
      // photo caption ("A protester gestures amid smoke from burning tyres and tear gas during a demonstration … Photo: … / AFP").
      'iraq-2019-new/005-kitabat-baghdad: قذيفة غاز مسيل للدموع',
      'iraq-2019-new/009-rudaw-baghdad: protester',
      'iraq-2019-new/009-rudaw-baghdad: tear gas',
      'iraq-2019-new/009-rudaw-baghdad: demonstration',
      // RT Arabic's photo caption ("جانب من الاحتجاجات وسط العاصمة القيرغيزية بشكيك") and an embedded tweet in Sputnik
      // ("Kyrgyzstan: Looks like riot police have cleared the square in Bishkek pic.twitter.com/…"), annotated optional.
      'kyrgyzstan-2020/003-rt-arabic-bishkek: الاحتجاجات',
      'kyrgyzstan-2020/007-sputnik-bishkek: cleared the square',
      'lebanon-2019/003-sarahanews: ثورة',
      // Small Wars Journal's reprint opens with the store's date and the title ending in a credit
      // (" date 2019-10-24 Hezbollah Warns of Chaos, Civil War in Lebanon – Reuters"), read as a credit line.
      'lebanon-2019-new/006-reuters-swj-beirut: Chaos',
      'lebanon-2019-new/006-reuters-swj-beirut: Civil War',
      // The Guardian's photo caption ("Moldovans shout slogans at a rally … accused neighbouring Romania of involvement in
      // the anti-Communist riots in the capital. Photograph: Viktor Crachev/AFP/Getty Images").
      'moldova-2009/009-guardian-moldova2009: rally',
      'moldova-2009/009-guardian-moldova2009: accused neighbouring Romania of involvement',
      'moldova-2009/009-guardian-moldova2009: anti-Communist riots',
      // Al Jazeera Net's photo caption ("مظاهرة سابقة في مدينة الحسيمة (رويترز)").
      'morocco-2017/003-aljazeera-rif2017: مظاهرة',
      // Emarat Al Youm's photo caption ("جانب من آثار أعمال الشغب في صحار. رويترز") and Al Jazeera English's ("Oman has seen
      // demonstrations, but protesters have emphasised their loyalty to Sultan Qaboos [Reuters]").
      'oman-2011/001-emaratalyoum-sohar: أعمال الشغب',
      'oman-2011/006-aljazeera-english-oman: demonstrations',
      'oman-2011/006-aljazeera-english-oman: protesters',
      // Asharq Al-Awsat's photo caption ("رجال شرطة روسيون يلقون القبض على متظاهر يرتدي قناع صورة رئيس الوزراء … (رويترز)").
      'russia-2011/002-aawsat-moscow2011: يلقون القبض',
      'russia-2011/002-aawsat-moscow2011: متظاهر',
      // An embedded tweet (Rassd: "الطلقة ما بتقتل … #موكب_25ديسمبر pic.twitter.com/…").
      'sudan-2019-new/002-rassd-anadolu-sudan: موكب',
      // Al-Araby's embedded tweet ("\"ويلا ارحل يا بشار\".. حشود غفيرة في ساحة الكرامة … تنادي برحيل رئيس النظام السوري #سوريا
      // pic.twitter.com/…"), both annotated optional.
      'syria-suwayda-2023/004-alaraby-suwayda: حشود غفيرة',
      'syria-suwayda-2023/004-alaraby-suwayda: برحيل رئيس النظام',
      // The New Arab's photo caption ("Protests against Syria's ruling Assad regime in Suweida erupted last year and spread to
      // other parts of the country [Getty]").
      'syria-suwayda-2023/009-newarab-suwayda: Protests',
      'syria-suwayda-2023/009-newarab-suwayda: against Syria\'s ruling Assad regime',
      // Global Voices' category line ("Categories: Ukraine, Breaking News, … Politics, Protest"), annotated optional.
      'ukraine-2014-new/010-globalvoices-maidan: Protest',
      // Youm7's embedded tweets ("Apple store in Portland looted, … #riot #riots2020 pic.twitter.com/…", "THIS IS A LIVE
      // CRIME SCENCE!"), annotated optional by that event's rule for embedded tweets.
      'usa-2020/007-youm7-riots: looted',
      'usa-2020/007-youm7-riots: #riot',
      'usa-2020/007-youm7-riots: #riots2020',
      'usa-2020/007-youm7-riots: LIVE CRIME SCENCE',
      // The National's "Read more:" link to another story ("Venezuelan opposition marches to seize momentum …"), annotated optional.
      'venezuela-2019-new/010-thenational-caracas: marches',
    ]);
    expect(furniture).toBeGreaterThanOrEqual(25);
    // Every devset folder is analysed here, one by one: the time grows with the set (past 30 s on a loaded machine).
  }, 120_000);
});
