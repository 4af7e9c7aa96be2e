// How search and the tree filter split text into terms: folded (case, diacritics, curly apostrophes), apostrophes
// dropped ("People's" = "Peoples"), split at anything that is not a letter or digit (hyphens, dashes, dots).
import { foldText } from '../text';

export function searchTerms(text: string): string[] {
  return foldText(text).replace(/'/g, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/**
 * The terms of indexed text: its search terms plus each hyphenated word joined up, so a name written
 * `Kil Mun-yong` is also found as `Kil Munyong`. Queries use plain searchTerms: every query term must match.
 */
export function indexTerms(text: string): string[] {
  const joined = foldText(text).replace(/'/g, '').match(/[\p{L}\p{N}]+(?:\p{Pd}[\p{L}\p{N}]+)+/gu) ?? [];
  return [...searchTerms(text), ...joined.map(w => w.replace(/\p{Pd}/gu, ''))];
}

/** The 4-digit years a query names: in search they select events of those years. */
export function yearsIn(terms: readonly string[]): number[] {
  return terms.filter(t => /^\d{4}$/.test(t)).map(Number);
}
