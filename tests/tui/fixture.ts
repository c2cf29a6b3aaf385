import type {Analysis, AnalyzedSource, Claim, ConceptInfo, LexiconEntryInfo, MatrixCell, Mention, OwnVoiceTerm, Passage, Span, Statement, Voice} from '../../src/types.js';

/*
 * A small analysis written by hand: two sources whose bodies are sentences
 * copied from seeds 000 and 001, a few mentions, figures, statements and
 * one shared passage, each located by searching its exact text in the
 * body, so every offset holds (`body.slice(start, end) === text`).
 * Matrix cells are derived from the mentions the way docs/framing-model.md defines
 * them (lean from own-voice mentions only, null without any).
 */

export const CONCEPTS: readonly ConceptInfo[] = [
  {id: 'actors', question: 'who are the people in the streets?', poles: ['delegitimizing', 'legitimizing']},
  {id: 'event', question: 'what is happening?', poles: ['threat', 'protest', 'neutral']},
  {id: 'cause', question: 'why did it happen?', poles: ['foreign', 'grievance']},
  {id: 'intervention', question: 'what are the foreign troops?', poles: ['peacekeeping', 'intervention']},
  {id: 'force', question: 'what did the security forces do?', poles: ['euphemistic', 'explicit']},
];

const HEADLINE_000 = 'توكاييف: أعمال الشغب تقودها عصابات إرهابية تلقّت تدريباتها في الخارج';
const TOLL_000 = 'قُتل 18 من عناصر وضباط الشرطة الكازاخية وأصيب 700 آخرون بجروح نتيجة الاشتباكات التي اندلعت مع مسلحين حاولوا الاعتداء على المباني الحكومية في مدينة ألمآتا الليلة الماضية.';
const CSTO_000 = 'أعلنت منظمة معاهدة الأمن الجماعي بدء إرسال قوات حفظ السلام إلى كازاخستان لمساعدتها في حماية المنشآت الحيوية واستعادة الأمن.';
const QUOTE_000 = 'وكان رئيس كازاخستان قاسم جومارت توكاييف طلب مساعدة منظمة معاهدة الأمن الجماعي في التصدي لأعمال الشغب والتخريب التي تقودها “عصابات إرهابية تلقت تدريباً في الخارج” وفق قوله.';
const OPENING_001 = 'دخول العصابات والجماعات المتطرفة على خط الاحتجاجات الشعبية في كازاخستان، يعطي مدلولاً قوياً على أن يداً خارجية لا تريد السلام والأمان للشعب الكازاخي، هي من تحرك الأحداث وأعمال العنف الجارية في تلك البلاد، حيث قتل حتى اليوم 13 من عناصر الشرطة وأصيب أكثر من 300 آخرين خلال أعمال العنف والشغب التي اندلعت في مدينة ألما آتا، بحسب وكالات أنباء.';
const CSTO_001 = 'أعلنت منظمة معاهدة الأمن الجماعي اليوم الخميس، أنه تم إرسال قوات حفظ السلام إلى كازاخستان، وأكدت أن وحدة من القوات الروسية بدأت بالفعل في تنفيذ مهامها هناك.';

/** The span of the `nth` occurrence of `text` in `body`, after `from`; throws when it is not there. */
export function find(body: string, text: string, from = 0): Span {
  const start = body.indexOf(text, from);
  if (start < 0) throw new Error(`fixture: "${text}" is not in the body`);
  return {start, end: start + text.length};
}

function source(id: string, outlet: string | null, paragraphs: readonly string[]): AnalyzedSource {
  const body = paragraphs.join('\n');
  let at = 0;
  const spans = paragraphs.map((p) => {
    const span = {start: at, end: at + p.length};
    at += p.length + 1;
    return span;
  });
  return {
    id,
    file: `seeds/${id}.txt`,
    outlet,
    language: 'ar',
    title: null,
    date: null,
    url: null,
    body,
    credits: [],
    paragraphs: spans.map((s) => ({...s, language: 'ar' as const})),
    sentences: spans.map((s, i) => ({...s, paragraph: i})),
    words: body.split(/\s+/u).length,
  };
}

const S0 = source('000', null, [HEADLINE_000, TOLL_000, CSTO_000, QUOTE_000]);
const S1 = source('001', 'Al-Thawra (Syria)', [OPENING_001, CSTO_001]);

interface MentionSpec {
  readonly src: AnalyzedSource;
  readonly text: string;
  /** Search from this text's position (to pick a later occurrence). */
  readonly after?: string;
  readonly concept: string;
  readonly pole: string;
  readonly label: string;
  readonly gloss: string;
  readonly weight: number;
  readonly voice: Voice;
  readonly distanced?: boolean;
  readonly speaker?: string;
  readonly cue?: string;
}

function mention(m: MentionSpec): Mention {
  const span = find(m.src.body, m.text, m.after ? find(m.src.body, m.after).start : 0);
  const sentence = m.src.sentences.findIndex((s) => s.start <= span.start && span.end <= s.end);
  return {
    ...span,
    source: m.src.id,
    concept: m.concept,
    pole: m.pole,
    label: m.label,
    text: m.text,
    voice: m.voice,
    distanced: m.distanced ?? false,
    negated: false,
    speaker: m.speaker ?? null,
    gloss: m.gloss,
    weight: m.weight,
    sentence,
    cue: m.cue ?? null,
    furniture: null,
  };
}

const RIOTS = {concept: 'event', pole: 'threat', label: 'ar.event.riots', gloss: 'riots', weight: -0.7} as const;
const TERROR_GANGS = {concept: 'actors', pole: 'delegitimizing', label: 'ar.actors.terrorist-gang', gloss: 'terrorist gangs', weight: -1} as const;
const PEACEKEEPERS = {concept: 'intervention', pole: 'peacekeeping', label: 'ar.intervention.peacekeepers', gloss: 'peacekeeping forces', weight: -0.8} as const;

export const MENTIONS: readonly Mention[] = [
  mention({src: S0, text: 'أعمال الشغب', ...RIOTS, voice: 'attributed', speaker: 'توكاييف', cue: ':'}),
  mention({src: S0, text: 'عصابات إرهابية', ...TERROR_GANGS, voice: 'attributed', speaker: 'توكاييف', cue: ':'}),
  mention({src: S0, text: 'مسلحين', concept: 'actors', pole: 'delegitimizing', label: 'ar.actors.gunmen', gloss: 'gunmen / armed men', weight: -0.7, voice: 'outlet'}),
  mention({src: S0, text: 'قوات حفظ السلام', ...PEACEKEEPERS, voice: 'outlet'}),
  mention({src: S0, text: 'عصابات إرهابية', after: QUOTE_000, ...TERROR_GANGS, voice: 'quoted', distanced: true, speaker: 'قاسم جومارت توكاييف', cue: 'وفق قوله'}),
  mention({src: S1, text: 'العصابات', concept: 'actors', pole: 'delegitimizing', label: 'ar.actors.gang', gloss: 'gangs', weight: -0.9, voice: 'outlet'}),
  mention({src: S1, text: 'الجماعات المتطرفة', concept: 'actors', pole: 'delegitimizing', label: 'ar.actors.extremist', gloss: 'extremists', weight: -0.9, voice: 'outlet'}),
  mention({src: S1, text: 'الاحتجاجات الشعبية', concept: 'event', pole: 'protest', label: 'ar.event.protests', gloss: 'protests', weight: 0.6, voice: 'outlet'}),
  mention({src: S1, text: 'يداً خارجية', concept: 'cause', pole: 'foreign', label: 'ar.cause.foreign-hand', gloss: 'a foreign hand', weight: -1, voice: 'outlet'}),
  mention({src: S1, text: 'أعمال العنف والشغب', ...RIOTS, voice: 'attributed', speaker: 'وكالات أنباء', cue: 'بحسب'}),
  mention({src: S1, text: 'قوات حفظ السلام', ...PEACEKEEPERS, voice: 'outlet'}),
];

function claim(src: AnalyzedSource, text: string, rest: Omit<Claim, 'source' | 'text' | 'start' | 'end' | 'sentence' | 'furniture'>): Claim {
  const span = find(src.body, text);
  return {...span, source: src.id, text, sentence: src.sentences.findIndex((s) => s.start <= span.start && span.end <= s.end), furniture: null, ...rest};
}

export const CLAIMS: readonly Claim[] = [
  claim(S0, '18 من عناصر وضباط', {value: 18, approx: null, qualifier: 'exactly', measure: 'killed', group: 'security', voice: 'outlet', speaker: null}),
  claim(S0, '700 آخرون', {value: 700, approx: null, qualifier: 'exactly', measure: 'injured', group: 'security', voice: 'outlet', speaker: null}),
  claim(S1, '13 من عناصر الشرطة', {value: 13, approx: null, qualifier: 'exactly', measure: 'killed', group: 'security', voice: 'attributed', speaker: 'وكالات أنباء'}),
  claim(S1, 'أكثر من 300 آخرين', {value: 300, approx: null, qualifier: 'more-than', measure: 'injured', group: 'security', voice: 'attributed', speaker: 'وكالات أنباء'}),
];

const STATEMENTS: readonly Statement[] = [
  {...find(S0.body, HEADLINE_000), source: '000', speaker: 'توكاييف', cue: ':', stance: 'neutral', kind: 'headline'},
  {...find(S0.body, '“عصابات إرهابية تلقت تدريباً في الخارج”'), source: '000', speaker: 'قاسم جومارت توكاييف', cue: 'وفق قوله', stance: 'distancing', kind: 'quote'},
  {...find(S1.body, 'حيث قتل حتى اليوم'), end: find(S1.body, 'بحسب وكالات أنباء').end, source: '001', speaker: 'وكالات أنباء', cue: 'بحسب', stance: 'neutral', kind: 'reported'},
];

const PASSAGE: Passage = {
  a: {source: '000', ...find(S0.body, 'أعلنت منظمة معاهدة الأمن الجماعي بدء إرسال قوات حفظ السلام إلى كازاخستان')},
  b: {source: '001', ...find(S1.body, 'أعلنت منظمة معاهدة الأمن الجماعي اليوم الخميس، أنه تم إرسال قوات حفظ السلام إلى كازاخستان')},
  similarity: 0.73,
  edits: [{kind: 'wording', a: find(S0.body, 'بدء'), b: find(S1.body, 'اليوم الخميس، أنه تم'), term: false}],
};

function terms(list: readonly Mention[]): OwnVoiceTerm[] {
  const byLabel = new Map<string, Mention[]>();
  for (const m of list) byLabel.set(m.label, [...(byLabel.get(m.label) ?? []), m]);
  return [...byLabel.values()]
    .map((ms) => ({label: ms[0]!.label, pole: ms[0]!.pole, gloss: ms[0]!.gloss, forms: [...new Set(ms.map((m) => m.text))], count: ms.length}))
    .sort((x, y) => y.count - x.count);
}

function cell(src: AnalyzedSource, concept: ConceptInfo): MatrixCell {
  const indexes = MENTIONS.map((m, i) => [m, i] as const).filter(([m]) => m.source === src.id && m.concept === concept.id);
  const mentions = indexes.map(([m]) => m);
  const counts = Object.fromEntries(concept.poles.map((p) => [p, {outlet: 0, quoted: 0, attributed: 0}]));
  for (const m of mentions) counts[m.pole]![m.voice]++;
  const own = mentions.filter((m) => m.voice === 'outlet');
  return {
    source: src.id,
    concept: concept.id,
    counts,
    perThousand: Object.fromEntries(concept.poles.map((p) => [p, Math.round((mentions.filter((m) => m.pole === p).length / src.words) * 100_000) / 100])),
    ownVoiceTerms: terms(own),
    reportedTerms: terms(mentions.filter((m) => m.voice !== 'outlet' && !own.some((o) => o.label === m.label))),
    distancedTerms: terms(mentions.filter((m) => m.distanced)),
    lean: own.length ? Math.round((own.reduce((n, m) => n + m.weight, 0) / own.length) * 100) / 100 : null,
    evidence: own.length,
    mentionIndexes: indexes.map(([, i]) => i),
  };
}

const LEXICON: readonly LexiconEntryInfo[] = [...new Map(MENTIONS.map((m) => [m.label, m])).values()].map((m) => ({
  id: m.label,
  language: 'ar',
  concept: m.concept,
  pole: m.pole,
  terms: [m.text],
  gloss: m.gloss,
  weight: m.weight,
  note: null,
}));

export const FIXTURE: Analysis = {
  version: 1,
  concepts: CONCEPTS,
  sources: [S0, S1],
  mentions: MENTIONS,
  claims: CLAIMS,
  statements: STATEMENTS,
  matrix: [S0, S1].flatMap((s) => CONCEPTS.map((c) => cell(s, c))),
  claimsTable: [
    {measure: 'killed', group: 'security', cells: {'000': [0], '001': [2]}},
    {measure: 'injured', group: 'security', cells: {'000': [1], '001': [3]}},
  ],
  passages: [PASSAGE],
  passageGroups: [],
  speakers: [],
  lexicon: LEXICON,
};
