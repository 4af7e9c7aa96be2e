// Text folding shared by the loader's alias checks, search and the name matcher.

const APOSTROPHES = /[\u2018\u2019\u02BC\u02BB`\u00B4]/g;

/** Case-, diacritic- and apostrophe-folded form of a string, same length semantics not kept. */
export function foldText(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(APOSTROPHES, "'");
}

/**
 * The identity of a name for collision checks: folded, with spaces, hyphens, dashes and dots dropped,
 * so `Kil Mun-yong`, `Kil Mun Yong` and `kilmunyong` are one name.
 */
export function nameKey(name: string): string {
  return foldText(name).replace(/[\s\p{Pd}.]+/gu, '');
}
