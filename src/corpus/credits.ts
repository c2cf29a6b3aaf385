import type {Credit, CreditKind, Paragraph, Span} from '../types.js';
import type {OutletNames} from './outlet-names.js';

/*
 * What a text says about where it comes from: credit lines (المصدر :
 * الجزيرة + الأناضول, Source: Reuters), bylines (الثورة – ريم صالح:, By Jane
 * Doe, Reporting by …), photo credits at the end of a caption ((الأناضول),
 * (Photo: AFP)), agency datelines (LONDON (Reuters) -, موسكو - أ ف ب:) and
 * copyright footers; and the "read more" links a page leaves in the text.
 * Only the text's own words are reported — nothing is inferred from style.
 * Each credit carries the spans of the names in it (outlet, agency or
 * author), which blind mode masks.
 */

/** Words of a paragraph (runs of letters/digits). */
function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

const SOURCE_LINE = /^(المصدر|المصادر|مصدر|Sources?)\s*[:：]\s*(\S.*)$/iu;
const BYLINE_LEAD = /^(بقلم|كتب|كتبت|إعداد|اعداد|تقرير|By|Written by)\s*[:：]?\s+(\S.*?)\s*$/u;
const FOOTER_LEAD = /^\(?\s*((?:Additional )?[Rr]eporting by|Writing by|Editing by|Compiled by|©|Copyright\b|جميع الحقوق محفوظة)/u;
const DASHED = /^([^:：–—\-\n]{1,40}?)\s+[–—-]\s+([^:：\n]{1,40}?)\s*([:：])?\s*$/u;
const PHOTO_LEAD = /^(صورة|الصورة|تصوير|Photo|Image|Picture|Credit|Photograph)\s*[:：]\s*(\S.*)$/iu;
const TRAILING_PAREN = /[(（]([^()（）\n]{1,40})[)）]\s*$/u;
const DATELINE_PAREN = /^([^\s()（）:：.،,][^()（）\n:：.]{0,40}?)?\s*[(（]([^()（）\n]{1,40})[)）]\s*[-–—:：]\s*/u;
const DATELINE_DASH = /^([\p{L}\p{M}]+(?:\s[\p{L}\p{M}]+){0,2})\s*[-–—]\s*([^\-–—:：\n]{1,30}?)\s*[-–—:：]\s*/u;
const READ_MORE = /^(اقرأ|إقرأ|اقرا|إقرا)\s+(المزيد|أيضا|أيضاً|ايضا|ايضاً)|^(read more|read also|also read|related|recommended|see also)\b/iu;
const SENTENCE_END = /[.؟?!…]$/u;
const NAME_ONLY = /^([^|/:：]{2,40}?)\s*[|/:：\-–—]?\s*$/u;
const VIA = /^(from|via|عبر|نقلاً عن|نقلا عن)\s+(\S.*)$/iu;

/*
 * The marks a credit pattern cannot do without, read in one pass over a
 * paragraph: a line with none of them (most lines) is passed over with no
 * slice and no regex. A COLON for the "Source:"/"Photo:" lines, an opening
 * and a closing bracket for datelines and photo credits, a DASH for
 * dashed datelines.
 */
const COLON = 1;
const OPEN = 2;
const CLOSE = 4;
const DASH = 8;

function marksIn(body: string, start: number, end: number): number {
  let marks = 0;
  for (let i = start; i < end; i++) {
    const c = body.charCodeAt(i);
    if (c === 0x3a || c === 0xff1a) marks |= COLON;
    else if (c === 0x28 || c === 0xff08) marks |= OPEN;
    else if (c === 0x29 || c === 0xff09) marks |= CLOSE;
    else if (c === 0x2d || c === 0x2013 || c === 0x2014) marks |= DASH;
  }
  return marks;
}

/** The first letters READ_MORE can begin with (ا إ; r a s in either case, and ſ, which /iu folds to s). */
const READ_MORE_FIRST = new Set([0x627, 0x625, 0x72, 0x52, 0x61, 0x41, 0x73, 0x53, 0x17f]);

/** Split a credit's list of names (الجزيرة + الأناضول, Reuters and AP) into name spans. */
function nameSpans(text: string, offset: number): Span[] {
  const spans: Span[] = [];
  const re = /[^+،,;/&|]+/gu;
  for (const m of text.matchAll(re)) {
    let start = offset + m.index;
    // " and " / " و" join names too.
    for (const piece of m[0].split(/(\s+(?:and|و)\s+)/u)) {
      if (/^\s+(?:and|و)\s+$/u.test(piece)) {
        start += piece.length;
        continue;
      }
      const lead = piece.length - piece.trimStart().length;
      const trimmed = piece.trim().replace(/[:：.]+$/u, '');
      if (trimmed && /[\p{L}\p{N}]/u.test(trimmed)) spans.push({start: start + lead, end: start + lead + trimmed.length});
      start += piece.length;
    }
  }
  return spans;
}

function credit(kind: CreditKind, body: string, span: Span, names: readonly Span[]): Credit {
  return {kind, start: span.start, end: span.end, text: body.slice(span.start, span.end), names: names.map((n) => ({start: n.start, end: n.end, text: body.slice(n.start, n.end)}))};
}

/** A credit the whole paragraph is (source line, byline, footer, photo line), or null. */
function lineCredit(body: string, p: Paragraph, index: number, count: number, marks: number, outlets: OutletNames): Credit | null {
  const near = index < 3 || index >= count - 3;
  // Between the top and the bottom only the colon lines (Source:, Photo:) can match.
  if (!near && index >= 6 && (marks & COLON) === 0) return null;
  const text = body.slice(p.start, p.end);
  // Counted only when a pattern has matched: most paragraphs match none, and counting builds an array of their words.
  let counted = -1;
  const words = (): number => (counted < 0 ? (counted = wordCount(text)) : counted);
  let m = SOURCE_LINE.exec(text);
  if (m && words() <= 12) return credit('source-line', body, p, nameSpans(m[2]!, p.start + text.length - m[2]!.length));
  // Patterns that only count near the top or bottom are not even tried in between.
  m = near ? FOOTER_LEAD.exec(text) : null;
  if (m && words() <= 40) return credit('byline', body, p, nameSpans(text.slice(m[0].length).replace(/\)\s*$/u, ''), p.start + m[0].length));
  m = near ? BYLINE_LEAD.exec(text) : null;
  if (m && words() <= 8) return credit('byline', body, p, nameSpans(m[2]!, p.start + text.length - m[2]!.length));
  m = PHOTO_LEAD.exec(text);
  if (m && words() <= 10) return credit('photo', body, p, nameSpans(m[2]!, p.start + text.length - m[2]!.length));
  // An agency's name alone on a line near the top or bottom (Associated Press |).
  m = near ? NAME_ONLY.exec(text) : null;
  if (m && words() <= 5 && outlets.isKnown(m[1]!)) return credit('byline', body, p, [{start: p.start, end: p.start + m[1]!.length}]);
  // A syndication footer (from CNN.com - RSS Channel).
  m = index >= count - 2 ? VIA.exec(text) : null;
  if (m && words() <= 8 && outlets.containsKnown(m[2]!)) return credit('source-line', body, p, nameSpans(m[2]!, p.start + text.length - m[2]!.length));
  m = index < 6 ? DASHED.exec(text) : null;
  // Near the top: a saved page may leave a headline, a date and a lede line above the byline (الشارقة 24 – رويترز:).
  if (m && words() <= 7 && ((index < 2 && (m[3] !== undefined || outlets.isKnown(m[1]!))) || (index < 6 && m[3] !== undefined && (outlets.isKnown(m[1]!) || outlets.isKnown(m[2]!))))) {
    const first = {start: p.start, end: p.start + m[1]!.length};
    const secondAt = p.start + text.indexOf(m[2]!, m[1]!.length);
    return credit('byline', body, p, [first, {start: secondAt, end: secondAt + m[2]!.length}]);
  }
  return null;
}

/** A dateline at the start of a paragraph: LONDON (Reuters) -, (AFP) -, موسكو - رويترز: */
function datelineCredit(body: string, p: Paragraph, marks: number, outlets: OutletNames): Credit | null {
  if ((marks & (OPEN | CLOSE)) !== (OPEN | CLOSE) && (marks & DASH) === 0) return null;
  const text = body.slice(p.start, p.end);
  let m = DATELINE_PAREN.exec(text);
  if (m) {
    const inner = m[2]!;
    const dashed = /[)）]\s*[-–—]\s*$/u.test(m[0]);
    const short = wordCount(inner) <= 3 && !/\d/u.test(inner) && (m[1] === undefined || wordCount(m[1]) <= 4);
    if (outlets.containsKnown(inner) || (dashed && short)) {
      const at = p.start + m[0].indexOf(inner, (m[1] ?? '').length);
      return credit('dateline', body, {start: p.start, end: p.start + m[0].trimEnd().length}, [{start: at, end: at + inner.length}]);
    }
  }
  m = DATELINE_DASH.exec(text);
  if (m && outlets.isKnown(m[2]!)) {
    const at = p.start + m[1]!.length + text.slice(m[1]!.length).indexOf(m[2]!);
    return credit('dateline', body, {start: p.start, end: p.start + m[0].trimEnd().length}, [{start: at, end: at + m[2]!.length}]);
  }
  return null;
}

/** A photo credit closing a caption: قوة من التدخل الروسي (الأناضول), … (Getty Images). */
function photoCredit(body: string, p: Paragraph, marks: number, outlets: OutletNames): Credit | null {
  if ((marks & (OPEN | CLOSE)) !== (OPEN | CLOSE)) return null;
  const text = body.slice(p.start, p.end);
  const m = TRAILING_PAREN.exec(text);
  if (!m) return null;
  const inner = m[1]!;
  const before = text.slice(0, m.index).trim();
  const caption = wordCount(text) <= 15 && !SENTENCE_END.test(before);
  const credited = outlets.containsKnown(inner) || /^(صورة|الصورة|تصوير|Photo|Image|Picture|Credit|©)/iu.test(inner.trim());
  if (!credited && !(caption && wordCount(inner) <= 3 && !/\d/u.test(inner) && before.length > 0)) return null;
  const at = p.start + m.index + m[0].indexOf(inner);
  return credit('photo', body, {start: p.start + m.index, end: p.start + m.index + m[0].trimEnd().length}, [{start: at, end: at + inner.length}]);
}

/** Every credit in the body, in text order; `outlets` are the names a credit may give. */
export function detectCredits(body: string, paragraphs: readonly Paragraph[], outlets: OutletNames): Credit[] {
  const found: Credit[] = [];
  const furniture = new Set(detectReadMore(body, paragraphs).map((s) => s.start));
  paragraphs.forEach((p, i) => {
    if (furniture.has(p.start)) return;
    const marks = marksIn(body, p.start, p.end);
    const whole = lineCredit(body, p, i, paragraphs.length, marks, outlets);
    if (whole) {
      found.push(whole);
      return;
    }
    const dateline = datelineCredit(body, p, marks, outlets);
    if (dateline) found.push(dateline);
    const photo = photoCredit(body, p, marks, outlets);
    if (photo && (!dateline || photo.start >= dateline.end)) found.push(photo);
  });
  return found;
}

/**
 * "Read more" links a web page leaves in the text (اقرأ المزيد, Read also: …)
 * and the short line after one (the linked headline or a template notice):
 * not article text, and in blind mode they can name the site.
 */
export function detectReadMore(body: string, paragraphs: readonly Paragraph[]): Span[] {
  const spans: Span[] = [];
  paragraphs.forEach((p, i) => {
    if (!READ_MORE_FIRST.has(body.charCodeAt(p.start))) return;
    const text = body.slice(p.start, p.end);
    if (!READ_MORE.test(text) || wordCount(text) > 15) return;
    spans.push({start: p.start, end: p.end});
    const next = paragraphs[i + 1];
    if (!next || READ_MORE.test(body.slice(next.start, next.end))) return;
    const nextText = body.slice(next.start, next.end);
    const linkOnly = /[:：]\s*$/u.test(text) || wordCount(text) <= 3;
    if (linkOnly && wordCount(nextText) <= 15 && !SENTENCE_END.test(nextText)) spans.push({start: next.start, end: next.end});
  });
  return spans;
}
