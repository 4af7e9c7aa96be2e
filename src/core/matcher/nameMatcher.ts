// Finds every known name in a text: whole words, leftmost-longest, any case, with or without diacritics, with
// hyphens, dashes, spaces or nothing between a name's parts. The scan costs a table lookup and a multiply-add per
// character, with no branch per word; only words that may begin a name are walked through the trie.
import {
  COMPLEX_TOKEN, COMPLEX_UNIT, IGNORABLE_TOKEN, SEPARATOR_TOKEN, codeTables, infoOf,
} from './codeTables';
import { type CompiledName, compileName, hasLowerCase } from './compileName';
import { FirstWordFilter } from './firstWordFilter';
import { LabelTrie } from './labelTrie';
import { isWordAt, skipIgnorables, wordEndAfter, wordStartBefore } from './wordEdges';

export interface NameEntry {
  text: string;
  entityId: string;
  confidence: 'name' | 'demonym';
  /** The name denotes several entities (`ambiguousAliases`): a match on it never gets a card. */
  ambiguous?: boolean;
}

export interface NameMatch {
  /** UTF-16 offsets in the searched text; a possessive `'s` after the name is not included. */
  start: number;
  end: number;
  /** Every entity the matched name denotes. */
  entityIds: string[];
  /** 'name' when any entry matched as a name, 'demonym' when all were demonyms. */
  confidence: 'name' | 'demonym';
  /** The entry text that matched (the first, when several did). */
  matchedName: string;
  /** Several entities, or a name listed as ambiguous: show no card. */
  ambiguous: boolean;
}

interface CompiledEntry extends CompiledName {
  entry: NameEntry;
}

/** Candidate word positions collected by the scan before they are walked. */
const CANDIDATE_BATCH = 1024;

export class NameMatcher {
  private readonly candidates = new Int32Array(CANDIDATE_BATCH + 3);
  /** Per walk: separator depths seen, and the ends, keys and separator counts of names passed on the way. */
  private readonly separatorsSeen: number[] = [];
  private readonly passedEnds: number[] = [];
  private readonly passedKeys: number[] = [];
  private readonly passedSeparators: number[] = [];

  private constructor(
    private readonly trie: LabelTrie,
    private readonly entriesByKey: readonly CompiledEntry[][],
    private readonly filter: FirstWordFilter,
    /** How far before and after an offset matchAt looks: enough for the longest name with generous separators. */
    private readonly window: number,
  ) {}

  static fromEntries(entries: Iterable<NameEntry>): NameMatcher {
    const keyIndex = new Map<string, number>();
    const keys: number[][] = [];
    const entriesByKey: CompiledEntry[][] = [];
    const firstWords = new Map<string, number[]>();
    let longest = 0;
    for (const entry of entries) {
      const compiled = compileName(entry.text);
      if (!compiled) {
        continue;
      }
      const id = compiled.labels.join(',');
      let k = keyIndex.get(id);
      if (k === undefined) {
        k = keys.length;
        keyIndex.set(id, k);
        keys.push(compiled.labels);
        entriesByKey.push([]);
      }
      entriesByKey[k].push({ ...compiled, entry });
      for (const word of compiled.firstWords) {
        firstWords.set(word.join(','), word);
      }
      longest = Math.max(longest, entry.text.length);
    }
    const separatorDepths = entriesByKey.map(list => [...new Set(list.flatMap(e => e.separatorDepths))].sort((a, b) => a - b));
    return new NameMatcher(
      LabelTrie.build(keys, separatorDepths),
      entriesByKey,
      FirstWordFilter.build([...firstWords.values()]),
      4 * longest + 64,
    );
  }

  /** Matches lying within [from, to), leftmost-longest and non-overlapping; word edges are judged on the whole text. */
  findAll(text: string, from = 0, to = text.length): NameMatch[] {
    to = Math.min(Math.max(to, 0), text.length);
    from = Math.min(Math.max(from, 0), to);
    const out: NameMatch[] = [];
    const { scanUnits } = codeTables();
    const { bits, mask, multiplier } = this.filter;
    const emptySlot = mask + 1;
    const candidates = this.candidates;
    let resumeAt = from;
    let h = 0;
    let i = from;
    while (i < to) {
      let n = 0;
      for (; i < to && n < CANDIDATE_BATCH; i++) {
        const unit = scanUnits[text.charCodeAt(i)];
        if (unit === COMPLEX_UNIT) {
          // Its hash is unusable: walk the word it ends (if it is no letter) and the one holding or following it.
          candidates[n++] = i;
          candidates[n++] = i + 1;
        }
        // isWord is -1 inside a word and 0 elsewhere; a non-word char probes the hash of the word just ended.
        const isWord = -((unit + 0xffff) >>> 16);
        if (((bits[(h & mask & ~isWord) | (emptySlot & isWord)] >>> (h >>> 29)) & 1) !== 0) {
          candidates[n++] = i;
        }
        h = (Math.imul(h, multiplier) + unit) & isWord;
      }
      if (i === to && ((bits[h & mask] >>> (h >>> 29)) & 1) !== 0) {
        candidates[n++] = to;
      }
      for (let c = 0; c < n; c++) {
        resumeAt = this.tryCandidate(text, candidates[c], Math.max(from, resumeAt), to, out);
      }
      if (resumeAt > i) {
        i = resumeAt;
        h = 0;
      }
    }
    return out;
  }

  /** The match covering `offset` (start ≤ offset < end), looking only at a window around it. */
  matchAt(text: string, offset: number): NameMatch | undefined {
    const matches = this.findAll(text, offset - this.window, offset + this.window);
    return matches.find(m => m.start <= offset && offset < m.end);
  }

  /**
   * Walks the word that ends at or contains `position - 1` unless it lies before `floor`; returns where the scan
   * may resume: after the match, or after the word.
   */
  private tryCandidate(text: string, position: number, floor: number, to: number, out: NameMatch[]): number {
    if (position <= floor) {
      return floor;
    }
    const start = wordStartBefore(text, position, floor);
    if (start < 0) {
      return floor;
    }
    const match = this.longestFrom(text, start, to);
    if (match) {
      out.push(match);
      return match.end;
    }
    return wordEndAfter(text, start, to);
  }

  private longestFrom(text: string, start: number, to: number): NameMatch | undefined {
    const { tokens } = codeTables();
    const trie = this.trie;
    const separatorsSeen = this.separatorsSeen;
    separatorsSeen.length = 0;
    this.passedEnds.length = 0;
    this.passedKeys.length = 0;
    this.passedSeparators.length = 0;
    let node = LabelTrie.root;
    let depth = 0;
    let pos = start;
    walk: while (pos < to) {
      let token = tokens[text.charCodeAt(pos)];
      let length = 1;
      let labels: readonly number[] | undefined;
      if (token === COMPLEX_TOKEN) {
        const cp = text.codePointAt(pos)!;
        const info = infoOf(cp);
        length = cp > 0xffff ? 2 : 1;
        token = info.separator ? SEPARATOR_TOKEN : info.ignorable ? IGNORABLE_TOKEN : COMPLEX_TOKEN;
        labels = info.labels;
      }
      pos += length;
      if (token === IGNORABLE_TOKEN) {
        continue;
      }
      if (token === SEPARATOR_TOKEN) {
        if (!trie.separatorAllowedAfter(node)) {
          break;
        }
        if (separatorsSeen[separatorsSeen.length - 1] !== depth) {
          separatorsSeen.push(depth);
        }
        continue;
      }
      if (labels) {
        for (const label of labels) {
          node = trie.child(node, label);
          if (node < 0) {
            break walk;
          }
        }
        depth += labels.length;
      } else {
        node = trie.child(node, token);
        if (node < 0) {
          break;
        }
        depth++;
      }
      const key = trie.keyAt(node);
      if (key >= 0) {
        const end = skipIgnorables(text, pos, to);
        if (!isWordAt(text, end)) {
          this.passedEnds.push(end);
          this.passedKeys.push(key);
          this.passedSeparators.push(separatorsSeen.length);
        }
      }
    }
    for (let k = this.passedEnds.length - 1; k >= 0; k--) {
      const match = this.matchOf(text, start, this.passedEnds[k], this.passedKeys[k], this.passedSeparators[k]);
      if (match) {
        return match;
      }
    }
    return undefined;
  }

  /** The match of key `key` on [start, end), from the entries whose separators and capitals the text respects. */
  private matchOf(text: string, start: number, end: number, key: number, separatorCount: number): NameMatch | undefined {
    const seen = this.separatorsSeen.slice(0, separatorCount);
    let lowerCase: boolean | undefined;
    const fitting = this.entriesByKey[key].filter(e => {
      if (!seen.every(d => e.separatorDepths.includes(d))) {
        return false;
      }
      return !e.capitalsOnly || !(lowerCase ??= hasLowerCase(text.slice(start, end)));
    });
    if (fitting.length === 0) {
      return undefined;
    }
    const entityIds = [...new Set(fitting.map(e => e.entry.entityId))];
    return {
      start,
      end,
      entityIds,
      confidence: fitting.some(e => e.entry.confidence === 'name') ? 'name' : 'demonym',
      matchedName: fitting[0].entry.text,
      ambiguous: entityIds.length > 1 || fitting.some(e => e.entry.ambiguous === true),
    };
  }
}
