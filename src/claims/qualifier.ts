import type {ClaimQualifier} from '../types.js';

/** How each qualifier is written before a figure, in every view. */
export const QUALIFIER_SIGN: Readonly<Record<ClaimQualifier, string>> = {
  exactly: '',
  'at-least': '≥',
  'more-than': '>',
  about: '~',
  'at-most': '≤',
  'less-than': '<',
};

/** The legend the views print under a numbers table. */
export const QUALIFIER_LEGEND = '≥ at least, > more than, ~ about, ≤ at most, < less than';
