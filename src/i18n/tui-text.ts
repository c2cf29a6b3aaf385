import {FURNITURE_NAME} from '../corpus/furniture-kind.js';
import type {Lang} from '../lesson/words.js';
import type {EditKind, FurnitureKind} from '../types.js';

/*
 * The terminal UI's own words, one table per interface language (--lang).
 * The Arabic table has the English table's type, so a key missing in
 * Arabic is a compile error. Words from the texts and the lexicon (terms,
 * ids, outlet names) are not here: they are shown as written.
 *
 * Arabic lines must survive a terminal that applies bidi itself (logical
 * mode), which reads each line as one left-to-right paragraph: a run of
 * Arabic swallows the spaces, digits and marks up to the next Latin
 * letter. So Arabic labels in a row with more columns, and key hints,
 * end with SEP (U+01C0, a letter drawn as a bar, strong left-to-right):
 * each Arabic label then stays in its place, in both modes, with no
 * bidi control character.
 */

/** A thin bar that is a left-to-right letter: closes an Arabic label before the next column or key hint. */
export const BAR = '\u01c0';

/**
 * `framelens · …بدء التشغيل` shaped and reordered as visual mode draws it
 * (fitLine), ready before the shaper is loaded; a test checks it against fitLine.
 */
export const STARTING_VISUAL = 'framelens \u00b7 \u2026\ufede\ufef4\ufed0\ufeb8\ufe98\ufedf\ufe8d \ufe80\ufeaa\ufe91';

const EDIT_AR: Readonly<Record<EditKind, string>> = {spelling: 'إملاء', number: 'رقم', wording: 'صياغة', added: 'إضافة', removed: 'حذف'};

const EN = {
  tabs: {overview: 'Overview', concept: 'Concept', reader: 'Reader', compare: 'Compare', numbers: 'Numbers', lesson: 'Lesson', terms: 'Terms'},
  /** The screen number shown in tabs and the status line. */
  digit: (n: number): string => String(n),
  /** Between key hints and between parts of the status line. */
  sep: ' · ',
  helpTab: 'Help',
  searchTab: 'Search',
  global: [['?', 'help'], ['/', 'search'], ['g', 'gloss'], ['q', 'quit']] as [string, string][],
  arabicMode: (mode: string, reason: string): string => `Arabic: ${mode} (${reason})`,
  arabicGuess: (mode: string, reason: string): string[] => [`Arabic: ${mode} (${reason}; change with --bidi or FRAMELENS_BIDI)`, `Arabic: ${mode} (${reason}; --bidi to change)`, `Arabic: ${mode} (guessed; --bidi to change)`, `Arabic ${mode}, guessed: --bidi changes`],
  searchHint: ' search every source (Enter go · Esc cancel): ',
  revealAsk: ' Show every outlet’s name to everyone watching? y reveals · any other key keeps them hidden ',
  blind: 'BLIND',
  outletNotStated: '(outlet not stated)',
  revealed: 'REVEALED',
  furniture: FURNITURE_NAME as Readonly<Record<FurnitureKind, string>>,
  progress: {
    /** Written before the UI is loaded, as it is (no shaping then): the visual-mode form is given ready. */
    starting: (_mode: 'logical' | 'visual'): string => 'framelens · starting…',
    reading: 'framelens · reading the sources…',
    compared: (total: number): string => `framelens · ${total} sources analysed · comparing outlets (shared passages)…`,
    analysing: (done: number, total: number): string => `framelens · analysing ${done} of ${total} sources `,
  },
  voice: {outlet: 'own', quoted: 'quoted', attributed: 'attributed'},
  all: 'all',
  noEvidence: 'no own-voice evidence',
  noEvidenceCell: (width: number, glosses: boolean): [string, string] => (width >= 21 && !glosses ? ['no own-voice evidence', ''] : width >= 12 ? ['no own-voice', 'evidence'] : ['no evidence', '(own voice)']),
  termHeader: (concept: string): string[] => [`${concept}: own-voice term`, `${concept}: own voice`, 'own-voice term', concept],
  skippedFiles: (n: number): string => `${n} file${n === 1 ? '' : 's'} skipped (named on exit)`,
  noEvidenceWhy: (ends: string): string => ` — the outlet uses none of these terms in its own words (${ends})`,
  ownLean: (lean: string): string => `own-voice lean ${lean}`,
  ownMentions: (n: number): string => `${n} own-voice mention${n === 1 ? '' : 's'}`,
  counts: (own: number, quoted: number, attributed: number, per: string): string => `own ${own} · quoted ${quoted} · attributed ${attributed} · ${per} per 1,000 words`,
  groups: {own: 'own voice', reported: 'reported', distanced: 'distanced'},
  more: (n: number): string => ` (+${n} more)`,
  overviewKeys: [['←↑↓→', 'cell'], ['Enter', 'mentions'], ['g', 'glosses']] as [string, string][],
  mentions: (n: number): string => `${n} mention${n === 1 ? '' : 's'}`,
  filters: {concept: 'concept', voice: 'voice', pole: 'pole'},
  filterSummary: (voice: string, pole: string): string => `voice: ${voice} (v) · pole: ${pole} (p) · Tab filters · [ ] concept`,
  noConcepts: 'No concepts in this lexicon.',
  noMention: 'No mention with these filters: press v or p to widen them.',
  filtersWhere: 'filters',
  conceptKeysFilters: [['↑↓', 'filter'], ['←→', 'value'], ['Tab', 'list']] as [string, string][],
  conceptKeys: [['↑↓', 'mention'], ['Enter', 'read'], ['v p', 'filter'], ['Tab', 'filters']] as [string, string][],
  flags: {distanced: 'distanced', negated: 'negated'},
  speaker: 'speaker: ',
  noSources: 'No sources.',
  words: (n: number): string => `${n.toLocaleString('en')} word${n === 1 ? '' : 's'}`,
  terms: (n: number): string => `${n.toLocaleString('en')} term${n === 1 ? '' : 's'}`,
  credits: 'the text credits: ',
  namesNoSource: 'the text names no source',
  rows: (first: number, last: number, of: number): string => `rows ${first}–${last} of ${of}`,
  dimmed: 'others dimmed',
  readerKeys: [['↑↓', 'PgUp PgDn'], ['n N', 'term'], ['d', 'dim'], ['[ ]', 'article']] as [string, string][],
  glossesLabel: 'glosses: ',
  /** The Reader header's term: `− actors, quoted “terrorist gangs”`. */
  focusHead: (mark: string, concept: string, voice: string, gloss: string | null): string => `${mark} ${concept}, ${voice}${gloss === null ? '' : ` “${gloss}”`}`,
  noTermOnPage: 'no framing term on this page',
  compareNeedsTwo: 'Compare needs two sources.',
  conceptColumn: 'concept',
  ownVoiceTerm: (side: string, concept: string): string => `  ${side} ${concept}, own voice: `,
  noOwnTerm: (side: string, concept: string): string => `  ${side} ${concept}: no own-voice term`,
  sharesNone: (a: string, b: string): string => `${a} and ${b} share no passage`,
  /** The pair's passages and the stories both carry among many (passage groups); others: the first story's other carriers. */
  carried: (passages: number, groups: number, others: number): string => {
    const stories = groups === 1 ? `the same story as ${others} other sources` : `${groups} stories many sources share`;
    if (groups === 0) return `${passages} shared passage${passages === 1 ? '' : 's'}`;
    return passages === 0 ? `both carry ${stories}` : `${passages} shared passage${passages === 1 ? '' : 's'} + ${stories}`;
  },
  diffLegend: ['[-first only-]', '{+second only+}', 'a~b spelling', '‹!› term'] as [string, string, string, string],
  /** After a pair passage's or a group copy's heading: its similarity and edits. */
  passageStats: (similarity: string, edits: string): string => ` · similarity ${similarity} · ${edits}`,
  edit: (n: number, kind: EditKind): string => `${n} ${kind}`,
  /** Between the kinds of edit of one passage ("2 wording, 1 added"). */
  editSep: ', ',
  identical: 'identical',
  groupHead: (n: number, verbatim: number, reference: string): [string, string] => [`≡ ${n} sources carry this story`, ` · ${verbatim} word for word · common wording: ${reference}`],
  groupCopy: (similarity: string | null, edits: string): string => (similarity === null ? ' · word for word' : ` · similarity ${similarity} · ${edits} against the common wording`),
  panes: {outlets: 'outlets', concepts: 'concepts', passages: 'passages'},
  compareKeys: {
    outlets: [['↑↓', 'side'], ['←→', 'outlet'], ['Tab', 'pane']] as [string, string][],
    concepts: [['↑↓', 'concept'], ['Enter', 'mentions'], ['Tab', 'pane']] as [string, string][],
    passages: [['↑↓ PgUp PgDn', 'scroll'], ['Tab', 'pane']] as [string, string][],
  },
  whatWhom: 'what · whom',
  noFigures: 'No figures (tolls, arrests, injuries) found in these sources.',
  figureLegend: '* quoted/attributed · ≥ at least · > over · ~ about · ≤ at most · < under',
  figuresWhere: 'figures',
  numbersKeysTable: [['←↑↓→', 'cell'], ['Enter', 'read'], ['Tab', 'figures']] as [string, string][],
  numbersKeysClaims: [['↑↓', 'figure'], ['Enter', 'read'], ['Tab', 'table']] as [string, string][],
  noFigureRow: (id: string): string => `${id} gives no figure for this row.`,
  claimVoice: (voice: string): string => `${voice} voice`,
  termsHead: {here: 'here', else: 'else', known: 'known as', phrase: 'phrase', new: 'new', inside: 'in '},
  termsWords: (words: number, sources: number): string => `${words.toLocaleString('en')} words · ${sources} source${sources === 1 ? '' : 's'} · `,
  onlyOneOutlet: 'Only one outlet: nothing to compare with; the list shows its most used phrases.',
  tooSmall: (min: number): string => `Under ${min} words: too little text to trust; read these as hints.`,
  nothingStandsOut: '  Nothing stands out: no phrase is used at least twice and clearly more than by the other outlets.',
  findingTerms: 'Finding the words and phrases that set each outlet apart…',
  firstUse: (id: string, entry: string | null, outlets: number): string => `first use: ${id}${entry ?? ' · not in the lexicon'} · used by ${outlets} outlet${outlets === 1 ? '' : 's'}`,
  lexiconEntry: (id: string, gloss: string): string => ` · lexicon entry ${id} “${gloss}”`,
  termsKeys: [['↑↓', 'phrase'], ['←→ [ ]', 'outlet'], ['Enter', 'read']] as [string, string][],
  hits: (n: number, more: boolean): string => `${n}${more ? '+' : ''} hit${n === 1 ? '' : 's'}`,
  hitsFor: ' (diacritics and alef/hamza/ya spellings ignored) for ',
  nothingFound: 'Nothing found. Press / to search again, Esc to close.',
  searchKeys: [['↑↓', 'hit'], ['Enter', 'read'], ['/', 'again'], ['Esc', 'close']] as [string, string][],
  lessonKeys: (revealed: boolean): [string, string][] => [...(revealed ? [] : [['Enter', 'answer'] as [string, string]]), ['← →', 'step'], ['↑↓', 'scroll']],
  help: {
    onEachScreen: 'On each screen',
    reading: 'Reading:',
    readingText: '− / red = a concept’s first pole (delegitimizing, threat, foreign, peacekeeping, euphemistic), + / cyan = its second, · / magenta = a pole at neither end (neutral); n = own-voice mentions a lean rests on; underlined = distanced; * = a quoted or attributed figure.',
    gutter: 'Reader gutter:',
    gutterText: (letters: string): string => `one mark per framing term on the row: a concept letter (${letters}) and its pole’s end, so “E−A−” is a threat-side event term and a delegitimizing actors term, “F−” a euphemistic force term. d dims every word the outlet does not say in its own voice (quotes, reported speech). g shows glosses: on a wide terminal in the gutter, otherwise on a row under the text; off, only the marks stay.`,
    firstLetter: 'the concept’s first letter',
    arabic: 'Arabic:',
    arabicText: (mode: string, reason: string): string => `${mode} (${reason}). Terminals that reorder Arabic themselves need logical, the others visual: change with --bidi visual|logical or FRAMELENS_BIDI (README, “Arabic in the terminal”).`,
    scroll: [['↑↓', 'scroll'], ['? Esc', 'close']] as [string, string][],
    close: [['? Esc', 'close']] as [string, string][],
    global: [
      {keys: '1 2 3 4 5 6 7', what: 'Overview · Concept · Reader · Compare · Numbers · Lesson · Terms'},
      {keys: '← ↑ ↓ →  h k j l', what: 'move'},
      {keys: 'Tab  Shift-Tab', what: 'next / previous pane (Concept, Compare, Numbers)'},
      {keys: 'Enter', what: 'open what is selected'},
      {keys: 'Esc', what: 'back to the previous screen; close help or search'},
      {keys: 'PgUp PgDn Home End', what: 'page and jump in lists and texts (Space pages too)'},
      {keys: '/', what: 'search a word in every source; Enter opens the Reader there'},
      {keys: 'g', what: 'English glosses on / off (Overview cells, Reader gutter or gloss row, Compare)'},
      {keys: '?', what: 'this help'},
      {keys: 'R', what: 'blind reading (--blind): reveal the outlets’ names (asks first)'},
      {keys: 'q  Ctrl-C', what: 'quit'},
    ],
    screens: [
      {keys: 'Overview', what: 'Enter: the concept’s mentions, from the selected outlet on'},
      {keys: 'Concept', what: 'v / p: filter voice / pole · [ ]: concept · Enter: read it in the article'},
      {keys: 'Reader', what: 'd: dim others’ words · n N: next / previous term · [ ]: article · Enter: the term’s concept'},
      {keys: 'Compare', what: 'a / b: next outlet on side A / B · Enter on a concept: its mentions'},
      {keys: 'Numbers', what: 'Enter: read the figure in its article'},
      {keys: 'Lesson', what: 'Enter / Space: show the answer (again: next step) · ← → step · ↑↓ scroll'},
      {keys: 'Terms', what: '← → or [ ]: outlet · ↑↓ phrase · Enter: its first use in the Reader'},
    ],
  },
};

export type TuiText = typeof EN;

// No full stop after the last Arabic word of a line: a terminal that does bidi draws it at the right, where the reading starts.
const AR: TuiText = {
  tabs: {overview: 'نظرة عامة', concept: 'المفهوم', reader: 'القارئ', compare: 'المقارنة', numbers: 'الأرقام', lesson: 'الدرس', terms: 'المفردات'},
  // Arabic-Indic digits belong to the Arabic run around them, so a bidi terminal keeps each number beside its tab.
  digit: (n: number): string => String(n).replace(/[0-9]/gu, (d) => String.fromCharCode(0x0660 + Number(d))),
  sep: ` ${BAR} `,
  helpTab: 'مساعدة',
  searchTab: 'بحث',
  global: [['?', 'مساعدة'], ['/', 'بحث'], ['g', 'المعاني'], ['q', 'خروج']],
  // The mode (a Latin word) first: after the global keys' │ it ends their Arabic run, so a bidi terminal keeps each side of the rule.
  arabicMode: (mode, reason) => `${mode} ${BAR} عرض العربية (${reason})`,
  arabicGuess: (mode, reason) => [`${mode} ${BAR} عرض العربية (${reason}؛ غيّره بـ --bidi أو FRAMELENS_BIDI)`, `${mode} ${BAR} عرض العربية (${reason}؛ غيّره بـ --bidi)`, `${mode} ${BAR} عرض العربية (تخمين؛ غيّره بـ --bidi)`, `${mode} ${BAR} تخمين ${BAR} --bidi`],
  searchHint: ` Enter ${BAR} Esc ${BAR} ابحث في كل المصادر: `,
  revealAsk: ` y: أظهر أسماء المصادر لكل الحاضرين ${BAR} أي مفتاح آخر يبقيها مخفية `,
  blind: 'أسماء مخفية',
  outletNotStated: '(المصدر غير مذكور)',
  revealed: 'أسماء مكشوفة',
  furniture: {caption: 'تعليق صورة', embed: 'منشور مضمَّن', related: 'رابط لخبر آخر', chrome: 'واجهة الموقع'},
  // An ellipsis goes before its Arabic words: after them, a left-to-right line puts it at the right, where the reading starts.
  progress: {
    starting: (mode) => (mode === 'visual' ? STARTING_VISUAL : 'framelens · …بدء التشغيل'),
    reading: 'framelens · …قراءة المصادر',
    compared: (total) => `framelens · ${total} ${BAR} مصادر حُلّلت ${BAR} …مقارنة المصادر (المقاطع المشتركة)`,
    // The bar after the label: the progress bar and its % stay left-to-right, outside the Arabic run.
    analysing: (done, total) => `framelens · ${done}/${total} ${BAR} تحليل المصادر ${BAR} `,
  },
  voice: {outlet: 'صوته', quoted: 'مقتبس', attributed: 'منسوب'},
  all: 'الكل',
  noEvidence: 'لا دليل بصوت المصدر',
  noEvidenceCell: (width) => (width >= 12 ? ['لا دليل', 'بصوت المصدر'] : ['لا دليل', '']),
  termHeader: (concept) => [`${concept}: بصوت المصدر`, concept],
  skippedFiles: (n) => `${n} ${BAR} ملفات لم تُقرأ (أسماؤها عند الخروج)`,
  noEvidenceWhy: (ends) => ` ${BAR} لا يستعمل المصدر أياً من هذه الكلمات بصوته (${ends})`,
  // A number first after a left-to-right letter (or the line's start) stays left of its Arabic label: read right to left, label then value.
  ownLean: (lean) => `${lean} الميل بصوت المصدر`,
  ownMentions: (n) => `n=${n} إشارات بصوت المصدر`,
  counts: (own, quoted, attributed, per) => `صوته ${own} ${BAR} مقتبس ${quoted} ${BAR} منسوب ${attributed} ${BAR} لكل ألف كلمة ${per}`,
  groups: {own: 'صوته', reported: 'منقول', distanced: 'متحفَّظ'},
  more: (n) => ` (+${n})`,
  overviewKeys: [['←↑↓→', 'خلية'], ['Enter', 'الإشارات'], ['g', 'المعاني']],
  mentions: (n) => `${n} إشارة`,
  filters: {concept: 'المفهوم', voice: 'الصوت', pole: 'القطب'},
  filterSummary: (voice, pole) => `v: ${voice} ${BAR} p: ${pole} ${BAR} Tab: المرشِّحات ${BAR} [ ]: المفهوم`,
  noConcepts: 'لا مفاهيم في هذا المعجم',
  noMention: 'لا إشارة بهذه المرشِّحات: اضغط v أو p لتوسيعها',
  filtersWhere: 'المرشِّحات',
  conceptKeysFilters: [['↑↓', 'مرشِّح'], ['←→', 'قيمة'], ['Tab', 'القائمة']],
  conceptKeys: [['↑↓', 'إشارة'], ['Enter', 'اقرأ'], ['v p', 'رشِّح'], ['Tab', 'المرشِّحات']],
  flags: {distanced: 'متحفَّظ عليه', negated: 'منفي'},
  // Label and value separated by the bar: a colon before a Latin name (an English corpus) would be drawn where the reading starts.
  speaker: `المتحدث ${BAR} `,
  noSources: 'لا مصادر',
  words: (n) => `${n.toLocaleString('en')} كلمة`,
  terms: (n) => `${n.toLocaleString('en')} مصطلح`,
  credits: `ينسب النص إلى ${BAR} `,
  namesNoSource: 'لا يذكر النص مصدراً',
  rows: (first, last, of) => `${first}–${last} / ${of}`,
  dimmed: 'كلام غيره باهت',
  readerKeys: [['↑↓', 'PgUp PgDn'], ['n N', 'مصطلح'], ['d', 'تعتيم'], ['[ ]', 'مقال']],
  glossesLabel: `المعاني ${BAR} `,
  // Bars, not a comma and quotation marks: after the Arabic gloss a mark would be drawn where the reading starts.
  focusHead: (mark, concept, voice, gloss) => `${mark} ${concept} ${BAR} ${voice}${gloss === null ? '' : ` ${BAR} ${gloss}`}`,
  noTermOnPage: 'لا مصطلح في هذه الصفحة',
  compareNeedsTwo: 'المقارنة تحتاج إلى مصدرين',
  conceptColumn: 'المفهوم',
  ownVoiceTerm: (side, concept) => `  ${side} ${concept} ${BAR} بصوته: `,
  noOwnTerm: (side, concept) => `  ${side} ${concept} ${BAR} لا مصطلح بصوته`,
  sharesNone: (a, b) => `${a} ${b} ${BAR} لا مقطع مشترك`,
  carried: (passages, groups, others) => {
    const stories = groups === 1 ? `${others} ${BAR} مصادر أخرى تنقل القصة نفسها` : `${groups} ${BAR} قصص تنقلها مصادر كثيرة`;
    if (groups === 0) return `${passages} ${BAR} مقاطع مشتركة`;
    return passages === 0 ? stories : `${passages} ${BAR} مقاطع مشتركة ${BAR} ${stories}`;
  },
  diffLegend: ['[-في الأول-]', '{+في الثاني+}', 'a~b إملاء', '‹!› مصطلح'],
  passageStats: (similarity, edits) => ` ${BAR} ${similarity} التشابه ${BAR} ${edits}`,
  edit: (n, kind) => `${n} ${EDIT_AR[kind]}`,
  // The bar, not an Arabic comma: after "،" a count would join the Arabic run before it and sit beside the wrong label in a bidi terminal.
  editSep: ` ${BAR} `,
  identical: 'متطابقان',
  groupHead: (n, verbatim, reference) => [`≡ ${n} ${BAR} مصادر تنقل هذه القصة`, ` ${BAR} ${verbatim} ${BAR} حرفياً ${BAR} الصياغة الشائعة: ${reference}`],
  groupCopy: (similarity, edits) => (similarity === null ? ` ${BAR} حرفياً` : ` ${BAR} ${similarity} التشابه ${BAR} ${edits} ${BAR} مقارنة بالصياغة الشائعة`),
  panes: {outlets: 'المصادر', concepts: 'المفاهيم', passages: 'المقاطع'},
  compareKeys: {
    outlets: [['↑↓', 'الجهة'], ['←→', 'المصدر'], ['Tab', 'اللوحة']],
    concepts: [['↑↓', 'مفهوم'], ['Enter', 'الإشارات'], ['Tab', 'اللوحة']],
    passages: [['↑↓ PgUp PgDn', 'تمرير'], ['Tab', 'اللوحة']],
  },
  whatWhom: 'ماذا · مَن',
  noFigures: 'لا أرقام (قتلى، معتقلون، جرحى) في هذه المصادر',
  figureLegend: `* مقتبس أو منسوب ${BAR} ≥ على الأقل ${BAR} > أكثر من ${BAR} ~ نحو ${BAR} ≤ على الأكثر ${BAR} < أقل من`,
  figuresWhere: 'الأرقام',
  numbersKeysTable: [['←↑↓→', 'خلية'], ['Enter', 'اقرأ'], ['Tab', 'الأرقام']],
  numbersKeysClaims: [['↑↓', 'رقم'], ['Enter', 'اقرأ'], ['Tab', 'الجدول']],
  noFigureRow: (id) => `${id} ${BAR} لا رقم لهذا الصف`,
  claimVoice: (voice) => voice,
  termsHead: {here: 'هنا', else: 'غيره', known: 'في المعجم', phrase: 'العبارة', new: 'جديدة', inside: 'في '},
  termsWords: (words, sources) => `${words.toLocaleString('en')} ${BAR} كلمة ${BAR} ${sources} ${BAR} مصدر ${BAR} `,
  onlyOneOutlet: 'مصدر واحد فقط: لا شيء للمقارنة؛ القائمة تعرض أكثر عباراته استعمالاً',
  tooSmall: (min) => `أقل من ${min} كلمة: نص قليل لا يوثق به؛ اقرأ هذه القائمة كإشارات فقط`,
  nothingStandsOut: '  لا شيء يبرز: لا عبارة تُستعمل مرتين على الأقل وأكثر بوضوح مما تستعملها المصادر الأخرى',
  findingTerms: 'جارٍ البحث عن الكلمات والعبارات التي تميّز كل مصدر عن غيره…',
  firstUse: (id, entry, outlets) => `${id}${entry ?? ` ${BAR} ليست في المعجم`} ${BAR} ${outlets} ${BAR} مصادر ${BAR} أول استعمال`,
  lexiconEntry: (id, gloss) => ` ${BAR} ${id} ${BAR} ${gloss}`,
  termsKeys: [['↑↓', 'عبارة'], ['←→ [ ]', 'مصدر'], ['Enter', 'اقرأ']],
  hits: (n, more) => `${n}${more ? '+' : ''} ${BAR} نتيجة`,
  hitsFor: ` ${BAR} (بلا تشكيل ولا فرق بين صور الألف والهمزة والياء) `,
  nothingFound: 'لا شيء. اضغط / لبحث جديد، أو Esc للإغلاق',
  searchKeys: [['↑↓', 'نتيجة'], ['Enter', 'اقرأ'], ['/', 'بحث'], ['Esc', 'إغلاق']],
  lessonKeys: (revealed) => [...(revealed ? [] : [['Enter', 'الإجابة'] as [string, string]]), ['← →', 'خطوة'], ['↑↓', 'تمرير']],
  help: {
    onEachScreen: 'في كل شاشة',
    reading: 'القراءة:',
    readingText: '− أو الأحمر: القطب الأول للمفهوم (نزع الشرعية، التهديد، اليد الخارجية، حفظ السلام، التلطيف)، + أو السماوي: القطب الثاني، · أو الأرجواني: قطب محايد؛ n: عدد الإشارات بصوت المصدر التي بُني عليها الميل؛ التسطير: متحفَّظ عليه؛ *: رقم مقتبس أو منسوب',
    gutter: 'هامش القارئ:',
    gutterText: (letters) => `علامة لكل مصطلح في السطر: حرف المفهوم (${letters}) وطرف قطبه، فـ E−A− مصطلح حدث من جهة التهديد ومصطلح فاعلين ينزع الشرعية. d يعتّم كل كلمة لا يقولها المصدر بصوته. g يُظهر المعاني`,
    firstLetter: 'الحرف الأول من المفهوم',
    arabic: 'العربية:',
    arabicText: (mode, reason) => `${mode} (${reason}) ${BAR} الطرفيات التي ترتب العربية بنفسها تحتاج logical، والأخرى visual: غيّره بـ --bidi أو FRAMELENS_BIDI.`,
    scroll: [['↑↓', 'تمرير'], ['? Esc', 'إغلاق']],
    close: [['? Esc', 'إغلاق']],
    global: [
      {keys: '1 2 3 4 5 6 7', what: 'نظرة عامة · المفهوم · القارئ · المقارنة · الأرقام · الدرس · المفردات'},
      {keys: '← ↑ ↓ →  h k j l', what: 'تنقّل'},
      {keys: 'Tab  Shift-Tab', what: 'اللوحة التالية / السابقة (المفهوم، المقارنة، الأرقام)'},
      {keys: 'Enter', what: 'افتح المحدَّد'},
      {keys: 'Esc', what: 'عودة إلى الشاشة السابقة؛ إغلاق المساعدة أو البحث'},
      {keys: 'PgUp PgDn Home End', what: 'صفحة وقفز في القوائم والنصوص (والمسافة أيضاً)'},
      {keys: '/', what: 'ابحث عن كلمة في كل المصادر؛ Enter يفتح القارئ عندها'},
      {keys: 'g', what: 'إظهار المعاني أو إخفاؤها (خلايا النظرة العامة، هامش القارئ، المقارنة)'},
      {keys: '?', what: 'هذه المساعدة'},
      {keys: 'R', what: 'القراءة العمياء (--blind): كشف أسماء المصادر (بعد سؤال)'},
      {keys: 'q  Ctrl-C', what: 'خروج'},
    ],
    screens: [
      {keys: 'Overview', what: 'Enter: إشارات المفهوم، بدءاً بالمصدر المحدَّد'},
      {keys: 'Concept', what: 'v / p: ترشيح الصوت / القطب · [ ]: المفهوم · Enter: اقرأه في المقال'},
      {keys: 'Reader', what: 'd: تعتيم كلام الآخرين · n N: المصطلح التالي / السابق · [ ]: المقال · Enter: مفهوم المصطلح'},
      {keys: 'Compare', what: 'a / b: المصدر التالي في الجهة A / B · Enter على مفهوم: إشاراته'},
      {keys: 'Numbers', what: 'Enter: اقرأ الرقم في مقاله'},
      {keys: 'Lesson', what: 'Enter أو المسافة: أظهر الإجابة (ومرة أخرى: الخطوة التالية) · ← →: خطوة · ↑↓: تمرير'},
      {keys: 'Terms', what: '← → أو [ ]: المصدر · ↑↓: عبارة · Enter: أول استعمال لها في القارئ'},
    ],
  },
};

export function tuiText(lang: Lang): TuiText {
  return lang === 'ar' ? AR : EN;
}

/** `←↑↓→ cell · Enter mentions`: key hints; in Arabic each hint is closed by the bar (see above). */
export function keyHints(list: readonly (readonly [string, string])[], lang: Lang): string {
  return list.map(([key, what]) => `${key} ${what}`).join(tuiText(lang).sep);
}
