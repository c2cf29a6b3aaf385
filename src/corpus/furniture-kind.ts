import type {FurnitureKind} from '../types.js';

/** How each kind of page furniture is named in the views (report flags, TUI marks). */
export const FURNITURE_NAME: Readonly<Record<FurnitureKind, string>> = {
  caption: 'caption',
  embed: 'embedded post',
  related: 'link to another story',
  chrome: 'page chrome',
};
