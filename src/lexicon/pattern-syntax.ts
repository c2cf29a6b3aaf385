import {splitTermWords} from './compile.js';

/*
 * The syntax of lexicon patterns (README, "Patterns"):
 *
 *   {AGENT} {FOREIGN}                 a member of AGENT, then a member of FOREIGN
 *   {STEER} …4 {FOREIGN}              up to 4 other words between them (`...4` too)
 *   {STEER} … {FOREIGN}               a bare gap allows up to DEFAULT_GAP words
 *   {ORDER} (was | has been) {RESTORE} one of the alternatives in brackets
 *   West is behind                    plain words, inflected like terms
 *   [fired on] …1 {CROWD}             only the bracketed items are the mention (its focus);
 *                                     the others must be there but stay free for other entries
 *
 * Parsing only checks the syntax; class names are looked up later
 * (classes.ts), where the file and line of the pattern are known.
 */

export const DEFAULT_GAP = 3;
export const MAX_GAP = 6;

/** A word written in the pattern, or a class named in braces. */
export type Atom = {readonly kind: 'word'; readonly word: string} | {readonly kind: 'class'; readonly name: string};

/** One position of a pattern: one of its alternatives, each a sequence of atoms, after up to `gap` other words. */
export interface PatternItem {
  readonly gap: number;
  readonly alternatives: readonly (readonly Atom[])[];
  /** Inside the pattern's focus (written in square brackets): the part reported as the mention. */
  readonly focus?: true;
}

export class PatternSyntaxError extends Error {}

const CLASS_NAME = /^\p{L}[\p{L}\p{N}_]*$/u;

type Lexeme =
  | {readonly kind: 'class'; readonly name: string}
  | {readonly kind: 'gap'; readonly size: number; readonly text: string}
  | {readonly kind: 'open' | 'close' | 'bar' | 'focus-open' | 'focus-close'}
  | {readonly kind: 'words'; readonly text: string};

function lex(pattern: string): Lexeme[] {
  const out: Lexeme[] = [];
  const re = /\s+|\{([^{}]*)\}|(?:\.\.\.|…)(\d*)|[()|[\]]|[{}]|[^\s{}()|[\]…]+/gu;
  for (let m = re.exec(pattern); m !== null; m = re.exec(pattern)) {
    const text = m[0];
    if (/^\s+$/u.test(text)) continue;
    if (m[1] !== undefined) {
      const name = m[1].trim();
      if (!CLASS_NAME.test(name)) throw new PatternSyntaxError(`"${text}" is not a class name (letters, digits and "_", as in {FOREIGN})`);
      out.push({kind: 'class', name});
    } else if (m[2] !== undefined) {
      const size = m[2] === '' ? DEFAULT_GAP : Number(m[2]);
      if (size > MAX_GAP) throw new PatternSyntaxError(`the gap "${text}" allows ${size} words, over the limit of ${MAX_GAP}`);
      if (size === 0) throw new PatternSyntaxError(`the gap "${text}" allows no words: leave it out`);
      out.push({kind: 'gap', size, text});
    } else if (text === '(') out.push({kind: 'open'});
    else if (text === ')') out.push({kind: 'close'});
    else if (text === '|') out.push({kind: 'bar'});
    else if (text === '[') out.push({kind: 'focus-open'});
    else if (text === ']') out.push({kind: 'focus-close'});
    else if (text === '{' || text === '}') throw new PatternSyntaxError(`unbalanced "${text}": a class is written {NAME}`);
    else if (text.startsWith('...')) throw new PatternSyntaxError(`"${text}": a gap is "…" or "..." followed by at most a number, then a space`);
    else out.push({kind: 'words', text});
  }
  return out;
}

function wordAtoms(text: string): Atom[] {
  const words = splitTermWords(text);
  if (words.length === 0) throw new PatternSyntaxError(`"${text}" has no word in it`);
  return words.map((word) => ({kind: 'word', word}));
}

/**
 * Parse a pattern into its items. With `allowGaps: false` (class members),
 * a gap or a focus is an error: members are phrases, gaps and focus belong
 * to patterns.
 */
export function parsePattern(pattern: string, allowGaps = true): PatternItem[] {
  const lexemes = lex(pattern);
  const items: PatternItem[] = [];
  let gap = 0;
  let pendingGap: string | null = null;
  const focus = new FocusState(allowGaps);
  const push = (alternatives: Atom[][], group = false): void => {
    const inFocus = focus.inside ? ({focus: true} as const) : {};
    // Plain words in a row are one item each, so a gap or bracket can sit between any two of them.
    if (alternatives.length === 1 && !group) {
      alternatives[0]!.forEach((atom, k) => items.push({gap: k === 0 ? gap : 0, alternatives: [[atom]], ...inFocus}));
    } else items.push({gap, alternatives, ...inFocus});
    focus.itemAdded();
    gap = 0;
    pendingGap = null;
  };
  for (let i = 0; i < lexemes.length; i++) {
    const lexeme = lexemes[i]!;
    switch (lexeme.kind) {
      case 'class':
        push([[lexeme]]);
        break;
      case 'words':
        push([wordAtoms(lexeme.text)]);
        break;
      case 'gap':
        if (!allowGaps) throw new PatternSyntaxError(`a class member cannot contain a gap ("${lexeme.text}"): put the gap in the pattern that uses the class`);
        if (items.length === 0) throw new PatternSyntaxError(`a pattern cannot begin with a gap ("${lexeme.text}")`);
        if (pendingGap !== null) throw new PatternSyntaxError(`two gaps in a row ("${pendingGap} ${lexeme.text}"): write one gap with the total, e.g. "…4"`);
        gap = lexeme.size;
        pendingGap = lexeme.text;
        break;
      case 'open': {
        const {alternatives, next} = parseGroup(lexemes, i + 1);
        i = next;
        push(alternatives, true);
        break;
      }
      case 'close':
        throw new PatternSyntaxError('")" without a matching "("');
      case 'bar':
        throw new PatternSyntaxError('"|" outside brackets: write alternatives as (a | b)');
      case 'focus-open':
        focus.open();
        break;
      case 'focus-close':
        if (pendingGap !== null) throw new PatternSyntaxError(`a focus cannot end with a gap ("${pendingGap}]"): put the gap after "]"`);
        focus.close();
        break;
    }
  }
  if (pendingGap !== null) throw new PatternSyntaxError(`a pattern cannot end with a gap ("${pendingGap}")`);
  if (items.length === 0) throw new PatternSyntaxError('the pattern has no word or class in it');
  focus.finish(items.length);
  return items;
}

/**
 * Where the parser stands with the focus, written [ … ] around some of a
 * pattern's items: one focus per pattern, not empty, not the whole pattern.
 */
class FocusState {
  private state: 'before' | 'inside' | 'after' = 'before';
  private size = 0;
  constructor(private readonly allowed: boolean) {}

  get inside(): boolean {
    return this.state === 'inside';
  }

  open(): void {
    if (!this.allowed) throw new PatternSyntaxError('a class member cannot mark a focus ("["): put the brackets in the pattern that uses the class');
    if (this.state === 'inside') throw new PatternSyntaxError('"[" inside a focus: a pattern has one focus, written [ … ] once');
    if (this.state === 'after') throw new PatternSyntaxError('a second focus: a pattern has one focus, written [ … ] once');
    this.state = 'inside';
  }

  close(): void {
    if (this.state !== 'inside') throw new PatternSyntaxError('"]" without a matching "["');
    if (this.size === 0) throw new PatternSyntaxError('an empty focus "[ ]": bracket the words that are the mention');
    this.state = 'after';
  }

  itemAdded(): void {
    if (this.state === 'inside') this.size++;
  }

  finish(items: number): void {
    if (this.state === 'inside') throw new PatternSyntaxError('"[" without a matching "]"');
    if (this.size === items) throw new PatternSyntaxError('the focus covers the whole pattern: leave the brackets out');
  }
}

/** Alternatives of a group whose "(" was just read; returns the index of its ")". */
function parseGroup(lexemes: readonly Lexeme[], from: number): {alternatives: Atom[][]; next: number} {
  const alternatives: Atom[][] = [[]];
  for (let i = from; i < lexemes.length; i++) {
    const lexeme = lexemes[i]!;
    const current = alternatives[alternatives.length - 1]!;
    switch (lexeme.kind) {
      case 'class':
        current.push(lexeme);
        break;
      case 'words':
        current.push(...wordAtoms(lexeme.text));
        break;
      case 'bar':
        if (current.length === 0) throw new PatternSyntaxError('an empty alternative in ( | ): every alternative needs a word or a class');
        alternatives.push([]);
        break;
      case 'close':
        if (current.length === 0) throw new PatternSyntaxError('an empty alternative in ( | ): every alternative needs a word or a class');
        return {alternatives, next: i};
      case 'open':
        throw new PatternSyntaxError('brackets inside brackets: list every alternative in one ( | ) group');
      case 'gap':
        throw new PatternSyntaxError(`a gap ("${lexeme.text}") inside brackets: put it between items of the pattern`);
      case 'focus-open':
      case 'focus-close':
        throw new PatternSyntaxError('a focus bracket inside ( | ): put [ ] around whole items of the pattern');
    }
  }
  throw new PatternSyntaxError('"(" without a matching ")"');
}

/** Class names a pattern (or class member) refers to, in order. */
export function classesNamed(items: readonly PatternItem[]): string[] {
  const names: string[] = [];
  for (const item of items) for (const alt of item.alternatives) for (const atom of alt) if (atom.kind === 'class') names.push(atom.name);
  return names;
}
