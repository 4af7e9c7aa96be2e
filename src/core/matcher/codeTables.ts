// fold.ts compiled into lookup tables for the Basic Multilingual Plane, filled once on first use; code points
// outside the fast cases (surrogate pairs, multi-unit folds, marks) go through a cached slow description.
import { type CodePointInfo, describeCodePoint } from './fold';

/** scanUnits: a letter or digit folding to one unit gets that unit; everything else that is not a word char, 0. */
export const COMPLEX_UNIT = 0xffff;
/** tokens: a trie label (≥ 0), or one of these. */
export const SEPARATOR_TOKEN = -1;
export const IGNORABLE_TOKEN = -2;
export const COMPLEX_TOKEN = -3;

export interface CodeTables {
  /** For the word scan: the folded unit of a simple letter or digit, 0 for a non-word char, COMPLEX_UNIT otherwise. */
  scanUnits: Uint16Array;
  /** For the trie walk: the label of a code point folding to one unit, or a *_TOKEN. */
  tokens: Int32Array;
}

const slowInfo = new Map<number, CodePointInfo>();
export function infoOf(cp: number): CodePointInfo {
  let info = slowInfo.get(cp);
  if (!info) {
    info = describeCodePoint(cp);
    slowInfo.set(cp, info);
  }
  return info;
}

/**
 * codeTables().scanUnits, allocated (zeroed) at load and filled by the first codeTables(). The scan's per-character
 * loop indexes this module constant itself: V8 then knows the array is 2^16 long, so a char code needs no bounds
 * check, and the matcher was 4–6% faster. Read through codeTables() elsewhere: the trie walk indexing `tokens` so
 * was 9% slower (DEVELOPERS.md, "A sixth look").
 */
export const SCAN_UNITS = new Uint16Array(0x10000);
const tables: CodeTables = { scanUnits: SCAN_UNITS, tokens: new Int32Array(0x10000) };
let filled = false;
export function codeTables(): CodeTables {
  if (!filled) {
    fill(tables);
    filled = true;
  }
  return tables;
}

function fill({ scanUnits, tokens }: CodeTables): void {
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) {
      scanUnits[c] = COMPLEX_UNIT;
      tokens[c] = COMPLEX_TOKEN;
      continue;
    }
    const info = describeCodePoint(c);
    const single = info.labels.length === 1;
    scanUnits[c] = info.ignorable || (info.word && !single) ? COMPLEX_UNIT : info.word ? info.labels[0] : 0;
    tokens[c] = info.separator ? SEPARATOR_TOKEN : info.ignorable ? IGNORABLE_TOKEN : single ? info.labels[0] : COMPLEX_TOKEN;
  }
}
