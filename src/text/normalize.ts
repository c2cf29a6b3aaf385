import {boundedMemo} from './bounded-memo.js';

/**
 * Matching keys for Arabic (and Latin) words. The key is used only to
 * compare words: displayed text and offsets always come from the original
 * (README, "Lexicon format"). Folding is deliberately aggressive (alef forms,
 * alef maksura, teh marbuta, hamza seats) because news spelling of those is
 * inconsistent; the collisions it causes (على/علي) do not matter for the
 * multi-letter lexicon words we compare.
 */

const DROP = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u00AD\u200B-\u200F\u202A-\u202E\u2066-\u2069\u061C\uFEFF]/gu;
const PRESENTATION = /[\uFB50-\uFDFF\uFE70-\uFEFE]/u;

const FOLD: Readonly<Record<string, string>> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ٲ': 'ا', 'ٳ': 'ا',
  'ى': 'ي', 'ی': 'ي', 'ې': 'ي',
  'ة': 'ه', 'ۀ': 'ه', 'ھ': 'ه',
  'ؤ': 'ء', 'ئ': 'ء',
  'ک': 'ك', 'گ': 'ك',
};

const FOLD_RE = /[أإآٱٲٳىیېةۀھؤئکگ]/gu;
const ARABIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/gu;

function asciiDigit(ch: string): string {
  const code = ch.charCodeAt(0);
  return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
}

/*
 * Word keys repeat (news vocabulary is small next to its running text), so
 * keys are memoised; the cache is cleared when it grows large, which keeps
 * memory flat on big corpora.
 */
const cachedKey = boundedMemo(computeKey, 200_000);
/** Figures repeat (years, tolls): each written form is read once. */
const cachedDigits = boundedMemo(readDigits, 50_000);

/** The matching key of one word (or any short string). */
export function matchKey(text: string): string {
  return text.length > 40 ? computeKey(text) : cachedKey(text);
}

/** A run of more combining marks than any word has (a diacritics storm): cut for the key, since NFC reorders a run in quadratic time. */
const MARK_STORM = /\p{M}{33,}/gu;

function computeKey(text: string): string {
  let s = (text.length > 32 ? text.replace(MARK_STORM, (run) => run.slice(0, 32)) : text).normalize('NFC');
  // NFKC only where it is safe: presentation forms fold to base letters.
  if (PRESENTATION.test(s)) s = s.replace(/[\uFB50-\uFDFF\uFE70-\uFEFE]/gu, (c) => c.normalize('NFKC'));
  return s
    .replace(DROP, '')
    .replace(FOLD_RE, (c) => FOLD[c] ?? c)
    .replace(ARABIC_DIGITS, asciiDigit)
    .toLowerCase();
}

/** Parse a number written with ASCII or Arabic-Indic digits and , ٬ ٫ separators. */
export function parseDigits(text: string): number | null {
  return cachedDigits(text);
}


function readDigits(text: string): number | null {
  const ascii = text.replace(ARABIC_DIGITS, asciiDigit).replace(/[٬]/gu, ',').replace(/[٫]/gu, '.');
  // "1,8" (Arabic decimal comma) vs "7,989" (thousands): three digits after the comma = thousands.
  const cleaned = /^\d{1,3}(,\d{3})+$/u.test(ascii) ? ascii.replace(/,/gu, '') : ascii.replace(',', '.');
  if (!/^\d+(\.\d+)?$/u.test(cleaned)) return null;
  return Number(cleaned);
}
