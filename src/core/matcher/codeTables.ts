// fold.ts compiled into lookup tables for the Basic Multilingual Plane, built once on first use; code points
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

let tables: CodeTables | undefined;
export function codeTables(): CodeTables {
  return tables ??= buildTables();
}

function buildTables(): CodeTables {
  const scanUnits = new Uint16Array(0x10000);
  const tokens = new Int32Array(0x10000);
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
  return { scanUnits, tokens };
}
