/**
 * The analysis result: the one document every view (text report, TUI, HTML,
 * Markdown, CSV, JSON) renders. Field names follow the JSON contract in
 * docs/framing-model.md; more fields may be added, none may change meaning.
 *
 * Every offset is a half-open range of UTF-16 code units into a source's
 * `body` (the decoded text without BOM or front matter), so that
 * `body.slice(start, end) === text` holds for every finding.
 */

export interface Span {
  readonly start: number;
  readonly end: number;
}

export type Language = 'ar' | 'en' | 'und';

export type Voice = 'outlet' | 'quoted' | 'attributed';

/**
 * What a paragraph is: the article's text, or page furniture around it —
 * a photo caption or credit, an embedded post (tweet, Telegram, Facebook),
 * a link to another story ("read more", related headlines), or page chrome
 * (share buttons, timestamps, tag lists, URLs, menus).
 */
export type FurnitureKind = 'caption' | 'embed' | 'related' | 'chrome';
export type ParagraphKind = 'text' | FurnitureKind;

/** A paragraph of a body with the language its script says it is in. */
export interface Paragraph extends Span {
  readonly language: Language;
  /** Set by the analysis (absent before it): article text or a kind of furniture. */
  readonly kind?: ParagraphKind;
}

/** A sentence of a body; `paragraph` indexes `Source.paragraphs`. */
export interface Sentence extends Span {
  readonly paragraph: number;
}

export interface SourceMeta {
  readonly id: string;
  /** The path as given on the command line (or the bundled seed's path). */
  readonly file: string;
  /** Null when the text does not say which outlet it comes from. */
  readonly outlet: string | null;
  /** The language of most of the body. */
  readonly language: Language;
  readonly title: string | null;
  readonly date: string | null;
  readonly url: string | null;
  /** How the file's bytes were read: utf-8, utf-16le, utf-16be or windows-1256 (absent for text not read from a file). */
  readonly encoding?: string;
  /** Damaged byte sequences replaced by U+FFFD when the file was decoded (absent = 0). */
  readonly replaced?: number;
  /**
   * What the body was read from: a plain-text file (absent or 'text'), the
   * article text extracted from a saved web page ('html'), one row of a
   * CSV/JSONL corpus ('row'), or standard input ('stdin'). For all but
   * plain text the body is not the file's text, so the JSON carries it.
   */
  readonly format?: SourceFormat;
  /** For a corpus row: the line of the file it starts on. */
  readonly line?: number;
  /** Metadata the tool does not use (front-matter keys, page metadata, extra columns), kept as written. */
  readonly extra?: Readonly<Record<string, string>>;
}

/** A file that was found but could not be read as an article, and why. */
export interface SkippedFile {
  readonly file: string;
  /** What is wrong, as the error would say it, without the file name in front ("line 3: …" when a line is known). */
  readonly reason: string;
}

export type SourceFormat = 'text' | 'html' | 'row' | 'stdin';

/** A loaded source: its metadata and the body every offset points into. */
export interface Source extends SourceMeta {
  readonly body: string;
  /** Stretches of the body the page's markup marks as furniture (<figcaption>, embedded posts). */
  readonly furnitureHints?: readonly {readonly start: number; readonly end: number; readonly kind: FurnitureKind}[];
}

/** What a credit is: see src/corpus/credits.ts. */
export type CreditKind = 'source-line' | 'byline' | 'photo' | 'dateline';

export interface NamedSpan extends Span {
  readonly text: string;
}

/**
 * What the text itself says about where it comes from (a credit line, a
 * byline, a photo credit, an agency dateline), with the names in it.
 */
export interface Credit extends NamedSpan {
  readonly kind: CreditKind;
  readonly names: readonly NamedSpan[];
}

/** A source as it appears in the result: metadata plus structure. */
export interface AnalyzedSource extends SourceMeta {
  readonly body: string;
  /** Credits found in the body, in text order (empty when the text names no source). */
  readonly credits: readonly Credit[];
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
  /** Number of word tokens in the body (for per-1,000-word rates). */
  readonly words: number;
}

export interface Mention extends Span {
  readonly source: string;
  readonly concept: string;
  readonly pole: string;
  /** The lexicon entry's id: what was matched. */
  readonly label: string;
  readonly text: string;
  readonly voice: Voice;
  readonly distanced: boolean;
  readonly negated: boolean;
  readonly speaker: string | null;
  /** English gloss of the lexicon entry. */
  readonly gloss: string;
  /** Stance weight of the entry in [-1, 1] (negative = the concept's first pole). */
  readonly weight: number;
  /** Index into the source's `sentences`. */
  readonly sentence: number;
  /** The reporting verb or phrase that made this mention attributed/quoted, if any. */
  readonly cue: string | null;
  /** Set when the mention sits in page furniture (a caption, an embedded post, …): listed, counted nowhere. */
  readonly furniture: FurnitureKind | null;
  /** The lexicon pattern that matched (as written in the lexicon), when the entry matched by a pattern rather than a term. */
  readonly pattern?: string;
}

export type ClaimQualifier = 'exactly' | 'at-least' | 'more-than' | 'about' | 'at-most' | 'less-than';

export interface Claim extends Span {
  readonly source: string;
  readonly text: string;
  /** The number stated, or null for a vague quantity (see `approx`). */
  readonly value: number | null;
  /** A vague quantity: 'dozens', 'thousands', 'hundreds', 'tens', … */
  readonly approx: string | null;
  readonly qualifier: ClaimQualifier;
  /** killed | injured | arrested | hospitalized | … */
  readonly measure: string;
  /** security | protesters | attackers | people */
  readonly group: string;
  readonly voice: Voice;
  readonly speaker: string | null;
  readonly sentence: number;
  /** Set when the figure sits in page furniture: listed, left out of the claims table. */
  readonly furniture: FurnitureKind | null;
}

export type PoleCounts = Record<string, Record<Voice, number>>;

export interface OwnVoiceTerm {
  readonly label: string;
  readonly pole: string;
  readonly gloss: string;
  /** The surface forms used, most frequent first. */
  readonly forms: readonly string[];
  readonly count: number;
}

export interface MatrixCell {
  readonly source: string;
  readonly concept: string;
  readonly counts: PoleCounts;
  /** Mentions per 1,000 words, per pole (all voices). */
  readonly perThousand: Record<string, number>;
  readonly ownVoiceTerms: readonly OwnVoiceTerm[];
  /** Terms the outlet only quotes or attributes, not in its own voice. */
  readonly reportedTerms: readonly OwnVoiceTerm[];
  /** Terms the text marks as someone else's wording. */
  readonly distancedTerms: readonly OwnVoiceTerm[];
  /** Own-voice lean in [-1, 1], or null when there is no own-voice evidence. */
  readonly lean: number | null;
  /** Number of own-voice mentions the lean rests on. */
  readonly evidence: number;
  /** Indexes into `Analysis.mentions` that this cell counts. */
  readonly mentionIndexes: readonly number[];
}

export type EditKind = 'spelling' | 'number' | 'wording' | 'added' | 'removed';

export interface PassageEdit {
  readonly kind: EditKind;
  readonly a: Span | null;
  readonly b: Span | null;
  /** True when the edit touches a lexicon term in either source. */
  readonly term: boolean;
  /** For an addition: the offset in A where B's words come in. */
  readonly at?: number;
}

export interface PassageSide extends Span {
  readonly source: string;
}

export interface Passage {
  readonly a: PassageSide;
  readonly b: PassageSide;
  /** Share of normalised tokens the two sides have in common, in [0, 1]. */
  readonly similarity: number;
  readonly edits: readonly PassageEdit[];
}

/** One carrier of a passage many sources share. */
export interface GroupMember {
  readonly side: PassageSide;
  /** Share of words in common with the reference wording, in [0, 1] (1 for the reference itself). */
  readonly similarity: number;
  /** Edits from the reference wording (`a`) to this member's (`b`); none for the reference. */
  readonly edits: readonly PassageEdit[];
}

/**
 * A passage carried by more sources than pairs can show (one agency story
 * in many outlets): who carries it, the most common wording, and each
 * carrier's edits against it.
 */
export interface PassageGroup {
  /** The wording most carriers have word for word (offsets into that source's body). */
  readonly reference: PassageSide;
  /** One per carrying source, in corpus order, the reference's own source included. */
  readonly members: readonly GroupMember[];
}

export type VerbStance = 'neutral' | 'endorsing' | 'distancing';

export interface Statement extends Span {
  readonly source: string;
  readonly speaker: string | null;
  /** The reporting verb or phrase as written. */
  readonly cue: string;
  readonly stance: VerbStance;
  readonly kind: 'quote' | 'reported' | 'headline';
  /** Set when the statement sits in page furniture (a "Read more: …" link, an embedded post): listed, counted nowhere. */
  readonly furniture?: FurnitureKind | null;
}

export interface SpeakerStats {
  readonly source: string;
  readonly speaker: string;
  readonly statements: number;
  readonly mentions: number;
  /** Share of the source's framing mentions that this speaker voices. */
  readonly share: number;
}

export interface ClaimsTableRow {
  readonly measure: string;
  readonly group: string;
  /** source id → indexes into `Analysis.claims` */
  readonly cells: Record<string, readonly number[]>;
}

export interface ConceptInfo {
  readonly id: string;
  readonly question: string;
  /** Ordered: the first pole is the negative end of the lean. */
  readonly poles: readonly string[];
}

export interface LexiconEntryInfo {
  readonly id: string;
  readonly language: 'ar' | 'en';
  readonly concept: string;
  readonly pole: string;
  readonly terms: readonly string[];
  /** Patterns over word classes, as written in the lexicon (absent or empty for an entry of plain terms). */
  readonly patterns?: readonly string[];
  readonly gloss: string;
  /** The gloss in Arabic, when the lexicon gives one (`gloss_ar`). */
  readonly glossAr?: string | null;
  readonly weight: number;
  readonly note: string | null;
}

export interface Analysis {
  readonly version: 1;
  readonly concepts: readonly ConceptInfo[];
  readonly sources: readonly AnalyzedSource[];
  readonly mentions: readonly Mention[];
  readonly claims: readonly Claim[];
  readonly statements: readonly Statement[];
  readonly matrix: readonly MatrixCell[];
  readonly claimsTable: readonly ClaimsTableRow[];
  readonly passages: readonly Passage[];
  /** Passages shared N-way by many sources (more than ten), not as pairs. */
  readonly passageGroups: readonly PassageGroup[];
  readonly speakers: readonly SpeakerStats[];
  /** The lexicon entries that were in force, for the method section. */
  readonly lexicon: readonly LexiconEntryInfo[];
  /** Files of the corpus that were skipped, with the reason (absent or empty when every file was read). */
  readonly skipped?: readonly SkippedFile[];
}
