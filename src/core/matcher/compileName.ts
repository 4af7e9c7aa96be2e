// One name as the matcher sees it: the labels it must match, where separators may stand, and the words it can
// begin with (for the scan's word filter).
import { infoOf } from './codeTables';
import { NON_WORD_TAG } from './fold';

export interface CompiledName {
  labels: number[];
  /** Label counts before which the name has a separator; the text may put separators there, or nothing. */
  separatorDepths: number[];
  /**
   * Folded units of every word the text may begin this name with: the name's leading letters up to each of its
   * separators (joined, since separators are optional) and up to its first non-letter.
   */
  firstWords: number[][];
  /** Written in capitals (`DPRK`, `U.S.`): matches only text without lower-case letters, so `us` is not the US. */
  capitalsOnly: boolean;
}

const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/gu;

/** Lower-case letters in text mean it is not the acronym a capitals-only name stands for. */
export function hasLowerCase(text: string): boolean {
  return LOWER.test(text);
}

/** undefined when the name cannot be matched: it must begin with a letter or digit. */
export function compileName(name: string): CompiledName | undefined {
  const labels: number[] = [];
  const separatorDepths: number[] = [];
  for (const ch of name) {
    const info = infoOf(ch.codePointAt(0)!);
    if (info.separator) {
      if (labels.length > 0 && separatorDepths[separatorDepths.length - 1] !== labels.length) {
        separatorDepths.push(labels.length);
      }
    } else if (!info.ignorable) {
      if (labels.length === 0 && !info.word) {
        return undefined;
      }
      labels.push(...info.labels);
    }
  }
  if (labels.length === 0) {
    return undefined;
  }
  if (separatorDepths[separatorDepths.length - 1] === labels.length) {
    separatorDepths.pop();
  }
  const capitalsOnly = !hasLowerCase(name) && (name.match(UPPER)?.length ?? 0) >= 2;
  const nonWord = labels.findIndex(l => (l & NON_WORD_TAG) !== 0);
  const firstWordEnd = nonWord < 0 ? labels.length : nonWord;
  const firstWords = [...separatorDepths.filter(d => d < firstWordEnd), firstWordEnd].map(d => labels.slice(0, d));
  return { labels, separatorDepths, firstWords, capitalsOnly };
}
