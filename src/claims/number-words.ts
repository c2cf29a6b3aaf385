/*
 * Quantities in words, keyed by match key (normalize.ts: ة→ه, أ→ا, ى→ي).
 * Units and tens are exact values; scales multiply a preceding number
 * ("ثمانية آلاف", "6 آلاف"); vague quantities (عشرات "dozens") have no value.
 */

const UNITS: Record<string, number> = {
  واحد: 1, اثنان: 2, اثنين: 2, ثلاثه: 3, ثلاث: 3, اربعه: 4, اربع: 4, خمسه: 5, خمس: 5, سته: 6, ست: 6, سبعه: 7, سبع: 7,
  ثمانيه: 8, ثماني: 8, ثمان: 8, تسعه: 9, تسع: 9, عشره: 10, عشر: 10,
  عشرون: 20, عشرين: 20, ثلاثون: 30, ثلاثين: 30, اربعون: 40, اربعين: 40, خمسون: 50, خمسين: 50, ستون: 60, ستين: 60,
  سبعون: 70, سبعين: 70, ثمانون: 80, ثمانين: 80, تسعون: 90, تسعين: 90, مئه: 100, مائه: 100, مئتان: 200, مئتين: 200, مائتين: 200,
  الف: 1000, الفان: 2000, الفين: 2000,
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, thousand: 1000, dozen: 12,
};

/** Words that multiply the number before them. */
const SCALES: Record<string, number> = {الاف: 1000, الف: 1000, مليون: 1e6, ملايين: 1e6, thousand: 1000, million: 1e6, hundred: 100};

const VAGUE: Record<string, string> = {
  عشرات: 'dozens', العشرات: 'dozens', مئات: 'hundreds', المئات: 'hundreds', الاف: 'thousands', الالاف: 'thousands',
  dozens: 'dozens', scores: 'dozens', hundreds: 'hundreds', thousands: 'thousands',
};

const UNIT_MAP = new Map(Object.entries(UNITS));
const SCALE_MAP = new Map(Object.entries(SCALES));
const VAGUE_MAP = new Map(Object.entries(VAGUE));

export function unitValue(key: string): number | undefined {
  return UNIT_MAP.get(key);
}

export function scaleValue(key: string): number | undefined {
  return SCALE_MAP.get(key);
}

export function vagueQuantity(key: string): string | undefined {
  return VAGUE_MAP.get(key);
}
