// One name as the matcher sees it: the labels it must match, where separators may stand, and the words it can
// begin with (for the scan's word filter).
import { infoOf } from './codeTables';
import { COMMON_WORD_KEYS } from './commonWords';
import { NON_WORD_TAG } from './fold';

export interface CompiledName {
  labels: number[];
  /** Label counts before which the name has a separator; the text may put separators there, or nothing. */
  separatorDepths: number[];
  /**
   * How the text may begin this name (see WordFilter): by a first word, or, when that is a common word, by a first
   * and a second word.
   */
  firstWords: number[][];
  wordPairs: [number[], number[]][];
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
  for (let i = 0; i < name.length; i++) {
    const cp = name.codePointAt(i)!;
    if (cp > 0xffff) {
      i++;
    }
    const info = infoOf(cp);
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
  const { firstWords, wordPairs } = openings(words(labels, separatorDepths));
  return { labels, separatorDepths, firstWords, wordPairs, capitalsOnly };
}

interface Word {
  units: number[];
  /** A separator follows, so the text may join this word to the next; otherwise a non-letter or the end does. */
  joinable: boolean;
}

/** The name's words: runs of letter labels, split at separators and at non-letter labels (which are dropped). */
function words(labels: readonly number[], separatorDepths: readonly number[]): Word[] {
  const out: Word[] = [{ units: [], joinable: false }];
  labels.forEach((label, depth) => {
    const last = out[out.length - 1];
    if ((label & NON_WORD_TAG) !== 0) {
      last.joinable = false;
      if (last.units.length > 0) {
        out.push({ units: [], joinable: false });
      }
      return;
    }
    if (separatorDepths.includes(depth) && last.units.length > 0) {
      last.joinable = true;
      out.push({ units: [], joinable: false });
    }
    out[out.length - 1].units.push(label);
  });
  return out.filter(w => w.units.length > 0);
}

/**
 * The text's first word is words 0..i joined (i up to the first non-joinable word); its second word is then words
 * i+1..j joined. A common first word followed by more words is announced with each possible second word.
 */
function openings(list: readonly Word[]): Pick<CompiledName, 'firstWords' | 'wordPairs'> {
  const firstWords: number[][] = [];
  const wordPairs: [number[], number[]][] = [];
  let first: number[] = [];
  for (let i = 0; i < list.length; i++) {
    first = [...first, ...list[i].units];
    if (i === list.length - 1 || !COMMON_WORD_KEYS.has(first.join(','))) {
      firstWords.push(first);
    } else {
      let second: number[] = [];
      for (let j = i + 1; j < list.length; j++) {
        second = [...second, ...list[j].units];
        wordPairs.push([first, second]);
        if (!list[j].joinable) {
          break;
        }
      }
    }
    if (!list[i].joinable) {
      break;
    }
  }
  return { firstWords, wordPairs };
}
