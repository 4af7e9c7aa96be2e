// Finds every known name in a text: whole words, leftmost-longest, any case, with or without diacritics, with
// hyphens, dashes, spaces or nothing between a name's parts. The scan costs a table lookup and a multiply-add per
// character, with no branch per word; only words that may begin a name are walked through the trie.
import {
  COMPLEX_TOKEN, COMPLEX_UNIT, IGNORABLE_TOKEN, SEPARATOR_TOKEN, codeTables, infoOf,
} from './codeTables';
import { type CompiledName, compileName, hasLowerCase } from './compileName';
import { LabelTrie } from './labelTrie';
import { isWordAt, previousWordStart, skipIgnorables, wordEndAfter, wordStartBefore } from './wordEdges';
import { PAIR_MIX, WordFilter } from './wordFilter';

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

/** What a match needs of an entry once the trie has found its name. */
interface CompiledEntry extends Pick<CompiledName, 'separatorDepths' | 'capitalsOnly'> {
  entry: NameEntry;
  /** Bit d set when a separator may stand at depth d < MASKED_DEPTHS: most checks are one AND. */
  separatorMask: number;
}

const MASKED_DEPTHS = 31;

function separatorMaskOf(depths: readonly number[]): number {
  let mask = 0;
  for (const d of depths) {
    if (d < MASKED_DEPTHS) {
      mask |= 1 << d;
    }
  }
  return mask;
}

/** Candidates collected by the scan before they are walked: position << 2 | which words to walk. */
const CANDIDATE_BATCH = 1024;
/** The word ending at (or holding) the position may begin a name, or be the second word of one. */
const WALK_CURRENT = 2;
const WALK_PREVIOUS = 1;
const WALK_BOTH = 3;

export class NameMatcher {
  private readonly candidates = new Int32Array(CANDIDATE_BATCH + 3);
  /** Per walk: separator depths seen, and the ends, keys and separator counts of names passed on the way. */
  private readonly separatorsSeen: Int32Array;
  private readonly passedEnds: Int32Array;
  private readonly passedKeys: Int32Array;
  private readonly passedSeparators: Int32Array;

  private constructor(
    private readonly trie: LabelTrie,
    private readonly entriesByKey: readonly CompiledEntry[][],
    private readonly filter: WordFilter,
    /** How far before and after an offset matchAt looks: enough for the longest name with generous separators. */
    private readonly window: number,
    longestLabels: number,
  ) {
    this.separatorsSeen = new Int32Array(longestLabels + 1);
    this.passedEnds = new Int32Array(longestLabels + 1);
    this.passedKeys = new Int32Array(longestLabels + 1);
    this.passedSeparators = new Int32Array(longestLabels + 1);
  }

  static fromEntries(entries: Iterable<NameEntry>): NameMatcher {
    const keyIndex = new Map<string, number>();
    const keys: number[][] = [];
    const entriesByKey: CompiledEntry[][] = [];
    const firstWords = new Map<string, number[]>();
    const pairs = new Map<string, [number[], number[]]>();
    let longest = 0;
    let longestLabels = 0;
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
      entriesByKey[k].push({
        separatorDepths: compiled.separatorDepths, separatorMask: separatorMaskOf(compiled.separatorDepths), capitalsOnly: compiled.capitalsOnly, entry,
      });
      for (const word of compiled.firstWords) {
        firstWords.set(word.join(), word);
      }
      for (const pair of compiled.wordPairs) {
        pairs.set(pair.join(';'), pair);
      }
      longest = Math.max(longest, entry.text.length);
      longestLabels = Math.max(longestLabels, compiled.labels.length);
    }
    const separatorDepths = entriesByKey.map(list => [...new Set(list.flatMap(e => e.separatorDepths))].sort((a, b) => a - b));
    return new NameMatcher(
      LabelTrie.build(keys, separatorDepths),
      entriesByKey,
      WordFilter.build([...firstWords.values()], [...pairs.values()]),
      4 * longest + 64,
      longestLabels,
    );
  }

  /** Matches lying within [from, to), leftmost-longest and non-overlapping; word edges are judged on the whole text. */
  findAll(text: string, from = 0, to = text.length): NameMatch[] {
    to = Math.min(Math.max(to, 0), text.length);
    from = Math.min(Math.max(from, 0), to);
    const out: NameMatch[] = [];
    const { scanUnits } = codeTables();
    const { slots, mask, multiplier } = this.filter;
    const candidates = this.candidates;
    let resumeAt = from;
    let h = 0;
    let previous = 0;
    let i = from;
    while (i < to) {
      let n = 0;
      for (; i < to && n < CANDIDATE_BATCH; i++) {
        const unit = scanUnits[text.charCodeAt(i)];
        if (unit === COMPLEX_UNIT) {
          // Its hash is unusable: walk the words before it and the one holding or following it.
          candidates[n++] = (i << 2) | WALK_BOTH;
          candidates[n++] = ((i + 1) << 2) | WALK_BOTH;
        }
        // isWord is -1 inside a word, 0 elsewhere; h is 0 in gaps (slot 0 stays empty), so only a word end probes.
        const isWord = -((unit + 0xffff) >>> 16);
        const slot = slots[h & mask & ~isWord];
        const walk = ((slot >>> (h >>> 28)) & 1) << 1 | ((slot >>> (16 | (Math.imul(previous, PAIR_MIX) >>> 28))) & 1);
        if (walk !== 0) {
          candidates[n++] = (i << 2) | walk;
        }
        const wordEnd = ((h | -h) >> 31) & ~isWord;
        previous = (previous & ~wordEnd) | (h & wordEnd);
        h = (Math.imul(h, multiplier) + unit) & isWord;
      }
      if (i === to) {
        const slot = slots[h & mask];
        const walk = ((slot >>> (h >>> 28)) & 1) << 1 | ((slot >>> (16 | (Math.imul(previous, PAIR_MIX) >>> 28))) & 1);
        if (walk !== 0) {
          candidates[n++] = (to << 2) | walk;
        }
      }
      for (let c = 0; c < n; c++) {
        const position = candidates[c] >>> 2;
        const walk = candidates[c] & WALK_BOTH;
        let floor = Math.max(from, resumeAt);
        const current = wordStartBefore(text, position, floor, to);
        if ((walk & WALK_PREVIOUS) !== 0) {
          resumeAt = this.tryWordAt(text, previousWordStart(text, current < 0 ? position : current, floor, to), floor, to, out);
          floor = Math.max(from, resumeAt);
        }
        if ((walk & WALK_CURRENT) !== 0) {
          resumeAt = this.tryWordAt(text, current, floor, to, out);
        }
      }
      if (resumeAt > i) {
        i = resumeAt;
        h = 0;
        previous = 0;
      }
    }
    return out;
  }

  /** The match covering `offset` (start ≤ offset < end), looking only at a window around it. */
  matchAt(text: string, offset: number): NameMatch | undefined {
    const matches = this.findAll(text, offset - this.window, offset + this.window);
    return matches.find(m => m.start <= offset && offset < m.end);
  }

  /** Walks the word at `start` unless it lies before `floor`; returns where the scan may resume. */
  private tryWordAt(text: string, start: number, floor: number, to: number, out: NameMatch[]): number {
    if (start < floor) {
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
    let separatorCount = 0;
    let passed = 0;
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
        if (separatorCount === 0 || separatorsSeen[separatorCount - 1] !== depth) {
          separatorsSeen[separatorCount++] = depth;
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
          this.passedEnds[passed] = end;
          this.passedKeys[passed] = key;
          this.passedSeparators[passed++] = separatorCount;
        }
      }
    }
    while (passed-- > 0) {
      const match = this.matchOf(text, start, this.passedEnds[passed], this.passedKeys[passed], this.passedSeparators[passed]);
      if (match) {
        return match;
      }
    }
    return undefined;
  }

  /** The match of key `key` on [start, end), from the entries whose separators and capitals the text respects. */
  private matchOf(text: string, start: number, end: number, key: number, separatorCount: number): NameMatch | undefined {
    let first: NameEntry | undefined;
    const entityIds: string[] = [];
    let confidence: NameMatch['confidence'] = 'demonym';
    let ambiguous = false;
    let lowerCase: boolean | undefined;
    let seenMask = 0;
    let seenDeep = false;
    for (let i = 0; i < separatorCount; i++) {
      const d = this.separatorsSeen[i];
      if (d < MASKED_DEPTHS) {
        seenMask |= 1 << d;
      } else {
        seenDeep = true;
      }
    }
    for (const e of this.entriesByKey[key]) {
      if ((seenMask & ~e.separatorMask) !== 0 || (seenDeep && !this.separatorsFit(e.separatorDepths, separatorCount)) ||
          (e.capitalsOnly && (lowerCase ??= hasLowerCase(text.slice(start, end))))) {
        continue;
      }
      first ??= e.entry;
      if (!entityIds.includes(e.entry.entityId)) {
        entityIds.push(e.entry.entityId);
      }
      if (e.entry.confidence === 'name') {
        confidence = 'name';
      }
      ambiguous ||= e.entry.ambiguous === true;
    }
    if (!first) {
      return undefined;
    }
    return { start, end, entityIds, confidence, matchedName: first.text, ambiguous: ambiguous || entityIds.length > 1 };
  }

  /** Every separator the walk saw stands where this entry has one. */
  private separatorsFit(allowed: readonly number[], count: number): boolean {
    for (let i = 0; i < count; i++) {
      if (!allowed.includes(this.separatorsSeen[i])) {
        return false;
      }
    }
    return true;
  }
}
