import type {FurnitureKind, Language, Paragraph, ParagraphKind, Span} from '../types.js';
import {boundedMemo} from '../text/bounded-memo.js';

/*
 * Page furniture: the paragraphs of a saved or copied page that are not the
 * article's text — a photo caption or credit, an embedded post (tweet,
 * Telegram, Instagram, Facebook), a link to another story ("Read more",
 * اقرأ أيضاً, related headlines) and page chrome (share buttons, timestamps,
 * tag lists, bare URLs, menus, comment rules). Their words are not the
 * outlet's voice about the event, so their mentions are listed and counted
 * nowhere.
 *
 * The rules look at one paragraph (and, for captions and posts, at its
 * neighbours) and only fire on wording that ordinary article paragraphs do
 * not have: a paragraph is article text unless a rule is sure. A saved web
 * page adds what its markup says (<figcaption>, a tweet's <blockquote>),
 * passed in as hints.
 */

/** A stretch of the body that the page's markup already marks as furniture. */
export interface FurnitureHint extends Span {
  readonly kind: FurnitureKind;
}

/** Words in a paragraph (runs of non-space), counted up to 100: every rule that counts looks at short paragraphs. */
function wordCount(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length && n <= 100; i++) {
    const c = text.charCodeAt(i);
    const space = c <= 0x20 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

// --- links to other stories -------------------------------------------------

const READ_MORE_AR = /^[«"“(\[]?\s*(?:[اإأ]قر[اأ]|شاهد|طالع|[اإ]نظر|تابع)\s+(?:[اأ]يضا|[اأ]يضاً|المزيد|كذلك)(?=$|[\s:：.،\-–—»"”)\]])/u;
const RELATED_AR = /^(?:مواضيع|مقالات|موضوعات|[اأ]خبار|قصص|روابط)\s+(?:ذات\s+صلة|متعلقة|مشابهة|قد\s+تهمك)|^(?:للمزيد|المزيد)\s*[:：]|^(?:[اأ]خبار|مقالات)\s+(?:ذات\s+علاقة|مرتبطة)/u;
const RELATED_SECTION_AR = /ذات\s+صلة/u;
const READ_MORE_EN = /^[\["“(]?\s*(?:read\s*:|read\s+(?:more|also|next|the\s+full|our)\b|see\s+also\b|more\s+on\s+this\s+(?:story|topic)\b|(?:related|recommended|more\s+from\s+[\w ]{1,30}|you\s+(?:may|might)\s+also\s+like|most\s+(?:read|popular|viewed)|further\s+reading|watch|listen)(?:\s+(?:articles?|stories|coverage|content|links|reading|news|topics|for\s+you|videos?))?\s*(?:[:：]|$))/iu;

function isRelatedLink(text: string, words: number): boolean {
  if (READ_MORE_AR.test(text) || RELATED_AR.test(text)) return true;
  // "يحتوي هذا القسم على المقالات ذات صلة" — a section notice, not a sentence about the event.
  if (words <= 20 && RELATED_SECTION_AR.test(text) && /القسم|Related/u.test(text)) return true;
  return words <= 25 && READ_MORE_EN.test(text);
}

// --- embedded posts -------------------------------------------------------------

const POST_URL = /(?:pic\.twitter\.com\/|(?:twitter|x)\.com\/\w{1,15}\/status\/|\bt\.me\/|instagram\.com\/(?:p|reel)\/|facebook\.com\/[^\s/]+\/(?:posts|videos)\/|\bhttps?:\/\/t\.co\/)/iu;
/** "— Name (@handle) January 15, 2021": how a pasted or saved tweet signs off. */
const POST_SIGNATURE = /[—–-]\s*[^\n()]{1,60}\(@\w{1,15}\)/u;
const POST_NOTICE = /view this post on instagram|a post shared by|منشور مشترك بواسطة|عرض هذا المنشور على (?:ان|إن)ستغرام/iu;

/** Cheap tests first: a post's URL has a slash, its signature "(@", its notice is short. */
function isEmbeddedPost(text: string, words: number): boolean {
  return (text.includes('/') && POST_URL.test(text)) || (text.includes('(@') && POST_SIGNATURE.test(text)) || (words <= 40 && POST_NOTICE.test(text));
}

// --- captions and photo credits -------------------------------------------------

const CREDIT_WORD = /(?:AFP|Reuters|\bAP\b|EPA|Getty|Anadolu|Shutterstock|Xinhua|TASS|Bloomberg|Photo\b|Image\b|Picture\b|Photograph\b|Credit|Courtesy|Handout|File|الأناضول|الاناضول|رويترز|الفرنسية|أ\s*ف\s*ب|ا\s*ف\s*ب|أسوشيتد|اسوشيتد|غيتي|جيتي|شينخوا|تاس|وكالات|صورة|الصورة|تصوير|أرشيف|ارشيف|أرشيفية|ارشيفية|مواقع التواصل|إعلام محلي|اعلام محلي|الجزيرة|سانا|واس|إرنا|ارنا|الأوروبية|الأوروبية)/iu;
/** A credit in brackets closing the paragraph: "… في كازاخستان (الأناضول)", "… (Reuters/John Smith)". */
const CLOSING_CREDIT = /[(\[]([^()\[\]]{1,40})[)\]]\s*$/u;
const CAPTION_LEAD_EN = /^(?:image|photo|photograph|picture|caption|image caption|media caption|image copyright|image source|file photo|pictured)\s*[:：,-]/iu;
const CAPTION_INSIDE_EN = /\b(?:photograph|photo|image|picture)\s*:\s*\S|\((?:photo|image|picture)\s+by\b|\bphoto\s+by\s+[A-Z]|\/\s*(?:AFP|Reuters|AP|EPA|Getty Images)\s*$/u;
const CAPTION_LEAD_AR = /^(?:صورة|الصورة|تصوير|مصدر الصورة|التعليق على الصورة|تعليق الصورة|صورة أرشيفية|صورة ارشيفية|صورة من)\s*[:：\-–(]/u;
/** "جانب من المواجهات", "لقطة من الاحتجاجات": how Arabic sites caption a photo, as a short line without a full stop. */
const CAPTION_SHORT_AR = /^(?:جانب|لقطة|مشهد|صورة)\s+(?:من|لـ?|ل)\s*\S/u;
const CAPTION_INSIDE_AR = /مصدر الصورة|التعليق على الصورة|\((?:صورة|تصوير)\s*[:：]?[^)]*\)/u;

function isCaption(text: string, words: number): boolean {
  if (CAPTION_LEAD_EN.test(text) || CAPTION_LEAD_AR.test(text)) return words <= 60;
  if (words <= 8 && CAPTION_SHORT_AR.test(text) && !/[.!?؟:]["”»']?$/u.test(text)) return true;
  if (words > 40) return false;
  if (CAPTION_INSIDE_EN.test(text) || ((text.includes('صور') || text.includes('تصوير')) && CAPTION_INSIDE_AR.test(text))) return true;
  const credit = CLOSING_CREDIT.exec(text);
  // A sentence that ends with its full stop before a bracket is article text; a caption has no full stop.
  return credit !== null && wordCount(credit[1]!) <= 5 && CREDIT_WORD.test(credit[1]!) && !/[.!؟?]\s*[(\[][^()\[\]]*[)\]]\s*$/u.test(text);
}

// --- page chrome ------------------------------------------------------------------

const URL_ONLY = /^(?:(?:https?:\/\/|www\.)\S+\s*)+$/iu;
/** An image's file name left in the text ("773ed2dc-….jpeg"), or a line of hashtags. */
const FILE_NAME = /^\S+\.(?:jpe?g|png|gif|webp|svg|mp4)$/iu;
const HASHTAGS = /^(?:#[\p{L}\p{N}_]+\s*)+$/u;
const STAMP_LEAD = /^(?:date|published|updated|last updated|posted|posted on|first published|نشر في|نُشر في|نشر بتاريخ|تاريخ النشر|آخر تحديث|اخر تحديث|تم التحديث|تحديث|محدث|نشر)\s*(?:[:：]|on\b|\d|في|بتاريخ|$)/iu;
const TAG_LEAD = /^(?:tags|topics|filed under|keywords|categories|section|الكلمات المفتاحية|كلمات مفتاحية|الكلمات الدالة|كلمات دالة|الوسوم|وسوم|تصنيفات|التصنيفات|الأقسام|القسم|مواضيع)\s*[:：]/iu;
const COPYRIGHT = /^(?:©|\(c\)\s|copyright\b|all rights reserved|جميع الحقوق محفوظة|حقوق النشر|كل الحقوق محفوظة)/iu;
const COMMENT_RULES = /تعليق|comment/iu;
const SITE_POLICY = /(?:سياسة الخصوصية|شروط الاستخدام|شروط استخدام|إرشادات الاستخدام|ارشادات الاستخدام|privacy policy|terms of (?:use|service)|community (?:guidelines|standards))/iu;
/** Words of share bars, subscription boxes and ad labels; a paragraph of nothing else is chrome. */
const CHROME_WORDS = /(?:share(?:\s+(?:this\s+)?(?:article|story|page|post|on|via))?|tweet|facebook|twitter|whatsapp|telegram|linkedin|reddit|pinterest|e-?mail|print|copy(?:\s+link)?|comments?|advertisement|sponsored|photos?|images?|videos?|gallery|continue\s+reading(?:\s+the\s+main\s+story)?|skip\s+to\s+(?:the\s+)?(?:content|main\s+(?:content|menu)|navigation|more\s+\w+\s+sites)|adjust\s+font\s+size|font\s+size|\d{1,2}\.(?=\s)|صورة|صور|فيديو|subscribe|sign\s+up|follow\s+us(?:\s+on)?|newsletter|شارك(?:وا)?(?:\s+الخبر)?|مشاركة|طباعة|واتساب|واتس\s*آب|فيسبوك|فيس\s*بوك|تويتر|تلغرام|تيليغرام|لينكدإن|البريد الإلكتروني|نسخ الرابط|الرابط المختصر|تعليقات|التعليقات|إعلان|اعلان|اشترك|اشتراك|تابعونا(?:\s+على)?|تابعنا(?:\s+على)?|النشرة البريدية|[|•·»«\-–—:：/,،+]|\s)+/giu;
const DATE_WORDS = /(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|am|pm|gmt|utc|bst|edt|est|updated|published|يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يونيه|يوليو|يوليه|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر|كانون الثاني|شباط|آذار|اذار|نيسان|أيار|ايار|حزيران|تموز|آب|اب|أيلول|ايلول|تشرين الأول|تشرين الاول|تشرين الثاني|كانون الأول|كانون الاول|الأحد|الاحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|السبت|آخر تحديث|اخر تحديث|تحديث|نشر|ص|م|توقيت|بتوقيت|غرينتش|مكة|[0-9\u0660-\u0669]+|[\s,،:：/.\-–—()+|])+/giu;

function isChrome(text: string, words: number): boolean {
  if (URL_ONLY.test(text) || FILE_NAME.test(text) || HASHTAGS.test(text)) return true;
  if (words <= 12 && STAMP_LEAD.test(text)) return true;
  if (words <= 40 && TAG_LEAD.test(text)) return true;
  if (words <= 40 && COPYRIGHT.test(text)) return true;
  if (words <= 100 && COMMENT_RULES.test(text) && SITE_POLICY.test(text)) return true;
  if (words <= 12 && text.replace(CHROME_WORDS, '') === '') return true;
  if (words <= 14 && /\d/u.test(text) && text.replace(DATE_WORDS, '') === '') return true;
  return (words <= 40 && isMenu(text)) || isIconNames(text, words);
}

/** A word that names an icon of the page's sprite ("chevron downicon", "fbicon", "v-playicon"). */
const ICON_WORD = /icon(?=$|\s)/gu;

/** The names of a page's icons, left in copied text as a line: half its words or more name an icon. */
function isIconNames(text: string, words: number): boolean {
  // Most paragraphs hold no "icon" at all (no regex run).
  if (!text.includes('icon')) return false;
  const icons = text.match(ICON_WORD)?.length ?? 0;
  return icons >= 4 && icons * 2 >= words;
}

/** "Home | World | Business | Sport": many short items between separators. */
function isMenu(text: string): boolean {
  // Without a separator the split is the paragraph itself: one item, no menu (most paragraphs; no regex run).
  if (!text.includes('|') && !text.includes('•') && !text.includes('·')) return false;
  const items = text.split(/\s*[|•·]\s*/u).filter((s) => s !== '');
  return items.length >= 4 && items.every((s) => wordCount(s) <= 4);
}

// --- classification ------------------------------------------------------------

/** The kind of one paragraph on its own (no neighbours, no markup). */
export function furnitureOf(text: string): FurnitureKind | null {
  const words = wordCount(text);
  if (isEmbeddedPost(text, words)) return 'embed';
  if (isCaption(text, words)) return 'caption';
  if (isRelatedLink(text, words)) return 'related';
  if (isChrome(text, words)) return 'chrome';
  return null;
}

/*
 * Short lines repeat (a site's menu and share bar on every page, a byline,
 * a one-word line of a list): furnitureOf, a pure function of the text,
 * is remembered for lines up to 64 characters (bounded, emptied when full).
 * Longer paragraphs are read each time.
 */
const SHORT_LINE = 64;
// A slice of 13 characters or more would keep its whole body alive in the memo: stored as a copy of its own.
const cachedFurnitureOf = boundedMemo(furnitureOf, 20_000, (text) => (text.length < 13 ? text : (' ' + text).slice(1)));

function shortFurnitureOf(text: string): FurnitureKind | null {
  return text.length > SHORT_LINE ? furnitureOf(text) : cachedFurnitureOf(text);
}

/** A short line in the other script with no full stop: an image's alt text or caption beside a caption. */
function isForeignCaptionLine(text: string, paragraph: Paragraph, documentLanguage: Language): boolean {
  return paragraph.language !== documentLanguage && paragraph.language !== 'und' && wordCount(text) <= 15 && !/[.!?؟]["”»']?$/u.test(text);
}

/**
 * Each paragraph's kind. Markup hints win; then the rules of
 * `furnitureOf`; then neighbours: the text of a post just above its
 * "— Name (@handle)" signature line is the post, and a short line in the
 * other script next to a caption is part of the caption.
 */
export function paragraphKinds(body: string, paragraphs: readonly Paragraph[], documentLanguage: Language, hints: readonly FurnitureHint[] = []): ParagraphKind[] {
  const texts = paragraphs.map((p) => body.slice(p.start, p.end));
  const kinds: ParagraphKind[] = paragraphs.map((p, i) => hintFor(p, hints) ?? shortFurnitureOf(texts[i]!) ?? 'text');
  for (let i = 0; i < paragraphs.length; i++) {
    if (kinds[i] !== 'text') continue;
    const next = kinds[i + 1];
    const prev = kinds[i - 1];
    if (next === 'embed' && /^[—–-]\s*[^()]{1,60}\(@\w{1,15}\)/u.test(texts[i + 1]!)) kinds[i] = 'embed';
    else if ((next === 'caption' || prev === 'caption') && isForeignCaptionLine(texts[i]!, paragraphs[i]!, documentLanguage)) kinds[i] = 'caption';
    else if (prev === 'related' && relatedRun(texts, kinds, i) && isHeadlineLine(texts[i]!)) kinds[i] = 'related';
  }
  return kinds;
}

/** Whether the related paragraphs just above `i` start with a bare label ("Read more:", "اقرأ أيضاً"), under which headlines are listed. */
function relatedRun(texts: readonly string[], kinds: readonly ParagraphKind[], i: number): boolean {
  let j = i - 1;
  while (j > 0 && kinds[j - 1] === 'related' && isHeadlineLine(texts[j]!)) j--;
  return kinds[j] === 'related' && wordCount(texts[j]!) <= 4;
}

/** A headline-like line: short, and not ending like a sentence. */
function isHeadlineLine(text: string): boolean {
  return wordCount(text) <= 16 && !/[.!?؟:]["”»']?$/u.test(text);
}

function hintFor(p: Span, hints: readonly FurnitureHint[]): FurnitureKind | null {
  for (const h of hints) if (h.start <= p.start && p.end <= h.end) return h.kind;
  return null;
}
