/** The reshaper is only a yardstick for our own shaper (src/tui/shape.ts). */
declare module 'arabic-persian-reshaper' {
  const reshaper: {ArabicShaper: {convertArabic(text: string): string}};
  export default reshaper;
}
