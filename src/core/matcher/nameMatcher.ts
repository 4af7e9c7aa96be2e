// Finds every known name in a text: whole words, leftmost-longest, any case, with or without diacritics, with
// hyphens, dashes, spaces or nothing between a name's parts. The scan costs a table lookup and a multiply-add per
// character, with no branch per word; only words that may begin a name are walked through the trie.
import {
  COMPLEX_TOKEN, COMPLEX_UNIT, IGNORABLE_TOKEN, SCAN_UNITS, SEPARATOR_TOKEN, codeTables, infoOf,
} from './codeTables';
import { compileName } from './compileName';
import { ALL_ROWS, KeyEntries, type KeyedEntry, NO_ROW } from './keyEntries';
import { EVERY_ROW_FITS, LabelTrie, PAIR_LABELS } from './labelTrie';
import { type MatchFields, NameMatches } from './nameMatches';
import { isWordAt, previousWordStart, skipIgnorables, wordEndAfter, wordStartBefore } from './wordEdges';
import { FIRST_HIT, LEAD_HIT, WordFilter, bitOf, secondBitOf } from './wordFilter';

export interface NameEntry {
  text: string;
  entityId: string;
  confidence: 'name' | 'demonym';
  /** The name denotes several entities (`ambiguousAliases`): a match on it gets no one entity's card, only the list of candidates. */
  ambiguous?: boolean;
}

export interface NameMatch {
  /** UTF-16 offsets in the searched text; a possessive `'s` after the name is not included. */
  start: number;
  end: number;
  /**
   * Every entity the matched name denotes: one array shared by the matches of the name, so never to be changed. Not
   * frozen: V8 (Node 20) reads a frozen array's elements through its generic path, 0.58 against 0.35 ms for 68k reads.
   */
  entityIds: readonly string[];
  /** 'name' when any entry matched as a name, 'demonym' when all were demonyms. */
  confidence: 'name' | 'demonym';
  /** The entry text that matched (the first, when several did). */
  matchedName: string;
  /** Several entities, or a name listed as ambiguous: no one entity's card (hovers list the candidates). */
  ambiguous: boolean;
}

/** Characters scanned before the candidates they raised (position << 2 | what to do there) are walked. */
const BATCH_CHARS = 1024;
/** Walk the word ending at (or holding) the position. */
const WALK_CURRENT = 2;
/** Walk the word before it too (around a character whose hash is unusable). */
const WALK_BOTH = 3;
/** The word ending here is a common word: walk it only if its next word makes a known two-word opening. */
const CHECK_PAIR = 1;
/** A mark at a complex character (one the word hash cannot take): positions stay below 2^29 (they are shifted by 2). */
const COMPLEX_SHIFT = 30;
const COMPLEX_MARK = 1 << COMPLEX_SHIFT;

export class NameMatcher {
  private readonly candidates = new Int32Array(3 * BATCH_CHARS + 1);
  /** The word hash at each CHECK_PAIR candidate. */
  private readonly candidateHashes = new Int32Array(3 * BATCH_CHARS + 1);
  /** The word hash carried from one batch to the next. */
  private readonly scanState = new Int32Array(1);
  /** What markText records of one batch: positions (| COMPLEX_MARK), and at word ends the word's hash. */
  private readonly marks = new Int32Array(BATCH_CHARS + 2);
  private readonly markHashes = new Int32Array(BATCH_CHARS + 2);
  /** Per walk: separator depths seen, and the ends, trie values (valueAt) and separator counts of names passed on the way. */
  private readonly separatorsSeen: Int32Array;
  private readonly passedEnds: Int32Array;
  private readonly passedValues: Int32Array;
  private readonly passedSeparators: Int32Array;

  /** The parts fromEntries() makes; the build step stores them (core/pack), so the shipped base's matcher is never built at run time. */
  constructor(
    readonly trie: LabelTrie,
    readonly keyEntries: KeyEntries,
    readonly filter: WordFilter,
    /** How far before and after an offset matchAt looks: enough for the longest name with generous separators. */
    readonly window: number,
    readonly longestLabels: number,
    /** For layered(): the matchers queried together instead of this one's own tables. */
    private readonly layers?: readonly NameMatcher[],
  ) {
    this.separatorsSeen = new Int32Array(longestLabels + 1);
    this.passedEnds = new Int32Array(longestLabels + 1);
    this.passedValues = new Int32Array(longestLabels + 1);
    this.passedSeparators = new Int32Array(longestLabels + 1);
  }

  static fromEntries(entries: Iterable<NameEntry>): NameMatcher {
    const keyIndex = new Map<string, number>();
    const keys: number[][] = [];
    const keyed: KeyedEntry[] = [];
    /** Per key, the depths where any of its entries has a separator, ascending. */
    const separatorDepths: number[][] = [];
    // Repeats are harmless to the filter (a word sets the same bit again) and cheaper than finding them.
    const firstWords: number[][] = [];
    const pairs: [number[], number[]][] = [];
    let longest = 0;
    let longestLabels = 0;
    for (const entry of entries) {
      const compiled = compileName(entry.text);
      if (!compiled) {
        continue;
      }
      const id = compiled.labels.join(',');
      let key = keyIndex.get(id);
      if (key === undefined) {
        key = keys.length;
        keyIndex.set(id, key);
        keys.push(compiled.labels);
        separatorDepths.push(compiled.separatorDepths);
      } else {
        separatorDepths[key] = unionOfAscending(separatorDepths[key], compiled.separatorDepths);
      }
      keyed.push({ key, entry, compiled });
      firstWords.push(...compiled.firstWords);
      pairs.push(...compiled.wordPairs);
      longest = Math.max(longest, entry.text.length);
      longestLabels = Math.max(longestLabels, compiled.labels.length);
    }
    const { keyEntries, firstRows } = KeyEntries.build(keyed, keys.length);
    return new NameMatcher(
      LabelTrie.build(keys, separatorDepths, firstRows, (k, path) => keyEntries.everyRowFits(firstRows[k], path)),
      keyEntries,
      WordFilter.build(firstWords, pairs),
      4 * longest + 64,
      longestLabels,
    );
  }

  /**
   * The matchers of several fact bases queried as one built from all their names (in this order) would be, so a
   * change to one base rebuilds only its own: at each word start the longest match of any of them (one name in
   * several combines its entities, as one matcher's key does), then leftmost-longest.
   */
  static layered(layers: readonly NameMatcher[]): NameMatcher {
    if (layers.length === 1) {
      return layers[0];
    }
    const [first] = layers;
    return new NameMatcher(first.trie, first.keyEntries, first.filter, Math.max(...layers.map(l => l.window)),
      Math.max(...layers.map(l => l.longestLabels)), layers);
  }

  /** Matches lying within [from, to), leftmost-longest and non-overlapping; word edges are judged on the whole text. */
  findAll(text: string, from = 0, to = text.length): NameMatch[] {
    return this.matches(text, from, to).toArray();
  }

  /** As findAll, as parallel arrays: what a scan of a whole document reads without an object per match. */
  matches(text: string, from = 0, to = text.length): NameMatches {
    return this.layers ? leftmostLongest(this.layers.map(l => l.scan(text, from, to, true))) : this.scan(text, from, to, false);
  }

  /** With everyStart, the longest match at every word start a walk tries, overlapping, starts ascending. */
  private scan(text: string, from: number, to: number, everyStart: boolean): NameMatches {
    to = Math.min(Math.max(to, 0), text.length);
    from = Math.min(Math.max(from, 0), to);
    const out = new NameMatches(this.keyEntries, to - from);
    const { scanState } = this;
    let resumeAt = from;
    let i = from;
    scanState[0] = 0;
    while (i < to) {
      const stop = Math.min(to, i + BATCH_CHARS);
      // The end of the range ends a word as a gap would: one more probe there.
      const n = this.candidatesOf(text, i, stop, stop === to);
      i = stop;
      resumeAt = this.walkCandidates(text, n, from, to, resumeAt, out, everyStart);
      if (resumeAt > i) {
        i = resumeAt;
        scanState[0] = 0;
      }
    }
    return out;
  }

  /**
   * The candidates text[from, stop) raises, in order, into this.candidates; returns how many. The text is marked
   * first (word ends with their hashes, and complex characters, recorded without a branch), then the word ends are
   * probed in a loop of their own, whose loads the processor overlaps; a lead word's pair is checked with the next
   * word's hash.
   */
  private candidatesOf(text: string, from: number, stop: number, last: boolean): number {
    const { marks, markHashes, candidates, candidateHashes, scanState } = this;
    const { slots, mask, multiplier } = this.filter;
    const count = markText(text, from, stop, last, multiplier, marks, markHashes, scanState);
    let n = 0;
    for (let k = 0; k < count; k++) {
      const mark = marks[k];
      if ((mark & COMPLEX_MARK) !== 0) {
        // Its hash is unusable: walk the words before it and the one holding or following it.
        const i = mark ^ COMPLEX_MARK;
        candidates[n++] = (i << 2) | WALK_BOTH;
        candidates[n++] = ((i + 1) << 2) | WALK_BOTH;
        continue;
      }
      const h = markHashes[k];
      const slot = slots[h & mask];
      const hit = (slot >>> bitOf(h)) & (slot >>> secondBitOf(h)) & (FIRST_HIT | LEAD_HIT);
      if (hit === 0) {
        continue;
      }
      if ((hit & FIRST_HIT) !== 0) {
        candidates[n++] = (mark << 2) | WALK_CURRENT;
      } else if (k + 1 < count) {
        // The next word's hash is at hand; a complex character before its end makes it unusable: the walk decides.
        if ((marks[k + 1] & COMPLEX_MARK) !== 0 || this.filter.hasPair(h, markHashes[k + 1])) {
          candidates[n++] = (mark << 2) | WALK_CURRENT;
        }
      } else {
        candidateHashes[n] = h;
        candidates[n++] = (mark << 2) | CHECK_PAIR;
      }
    }
    return n;
  }

  /** Walks the first n candidates the scan raised, appending matches; returns where the scan may resume. */
  private walkCandidates(text: string, n: number, from: number, to: number, resumeAt: number, out: NameMatches, everyStart: boolean): number {
    const { candidates, candidateHashes } = this;
    for (let c = 0; c < n; c++) {
      const position = candidates[c] >>> 2;
      const action = candidates[c] & 3;
      if (action === CHECK_PAIR && !this.opensPair(text, position, to, candidateHashes[c])) {
        continue;
      }
      let floor = Math.max(from, resumeAt);
      const current = wordStartBefore(text, position, floor, to);
      if (action === WALK_BOTH) {
        resumeAt = this.tryWordAt(text, previousWordStart(text, current < 0 ? position : current, floor, to), floor, to, out, everyStart);
        floor = Math.max(from, resumeAt);
      }
      resumeAt = this.tryWordAt(text, current, floor, to, out, everyStart);
    }
    return resumeAt;
  }

  /**
   * Whether the common word that ended at `position` (hashed `lead`) and the next word make a known two-word
   * opening; when the next word holds a character the hash cannot take, it may, and the walk decides.
   */
  private opensPair(text: string, position: number, to: number, lead: number): boolean {
    const { scanUnits } = codeTables();
    const { multiplier } = this.filter;
    let i = position;
    while (i < to && scanUnits[text.charCodeAt(i)] === 0) {
      i++;
    }
    let h = 0;
    for (; i < to; i++) {
      const unit = scanUnits[text.charCodeAt(i)];
      if (unit === 0) {
        break;
      }
      if (unit === COMPLEX_UNIT) {
        return true;
      }
      h = (Math.imul(h, multiplier) + unit) | 0;
    }
    return h !== 0 && this.filter.hasPair(lead, h);
  }

  /** The match covering `offset` (start ≤ offset < end), looking only at a window around it. */
  matchAt(text: string, offset: number): NameMatch | undefined {
    const matches = this.matches(text, offset - this.window, offset + this.window);
    for (let i = 0; i < matches.count; i++) {
      if (matches.start(i) <= offset && offset < matches.end(i)) {
        return matches.match(i);
      }
    }
    return undefined;
  }

  /**
   * Walks the word at `start` unless it lies before `floor`; returns where the scan may resume: past the match or
   * the word, or (everyStart) just past the start, so the words inside a match are walked too.
   */
  private tryWordAt(text: string, start: number, floor: number, to: number, out: NameMatches, everyStart: boolean): number {
    if (start < floor) {
      return floor;
    }
    const end = this.longestFrom(text, start, to, out);
    return everyStart ? start + 1 : end >= 0 ? end : wordEndAfter(text, start, to);
  }

  /** Appends the longest match starting at `start` and returns its end; -1 when there is none. */
  private longestFrom(text: string, start: number, to: number, out: NameMatches): number {
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
      } else if (depth === 0 && pos < to && ((token | tokens[text.charCodeAt(pos)]) & ~(PAIR_LABELS - 1)) === 0) {
        // Two ASCII letters or digits first: both steps in one look-up (no key can end after the first, a letter
        // follows it).
        node = trie.afterPair(token, tokens[text.charCodeAt(pos)]);
        if (node < 0) {
          break;
        }
        depth = 2;
        pos++;
      } else {
        node = trie.child(node, token);
        if (node < 0) {
          break;
        }
        depth++;
      }
      const value = trie.valueAt(node);
      if (value >= 0) {
        const end = skipIgnorables(text, pos, to);
        if (!isWordAt(text, end)) {
          this.passedEnds[passed] = end;
          this.passedValues[passed] = value;
          this.passedSeparators[passed++] = separatorCount;
        }
      }
    }
    while (passed-- > 0) {
      const end = this.passedEnds[passed];
      const value = this.passedValues[passed];
      const firstRow = value & ~EVERY_ROW_FITS;
      const fit = (value & EVERY_ROW_FITS) !== 0 ? ALL_ROWS
        : this.keyEntries.fitOf(text, start, end, firstRow, this.separatorsSeen, this.passedSeparators[passed]);
      if (fit !== NO_ROW) {
        out.push(start, end, firstRow, fit);
        return end;
      }
    }
    return -1;
  }
}

/**
 * Marks text[from, stop) into `marks`, in order, and returns how many: each word end (its position, the word's hash in
 * `hashes`; the hash of a word begun before is carried in state[0]) and each character the hash cannot take (its
 * position | COMPLEX_MARK). `last`: stop ends the range, which ends a word as a gap does. The per-character loop: a
 * table look-up, a multiply-add and two stores, with no branch; the complex characters join the same list so the
 * candidates come out in order with no merge (as fast as a branch for them, measured: DEVELOPERS.md).
 */
function markText(
  text: string, from: number, stop: number, last: boolean, multiplier: number, marks: Int32Array, hashes: Int32Array,
  state: Int32Array,
): number {
  codeTables();
  // The constant itself, not codeTables().scanUnits: see SCAN_UNITS.
  const scanUnits = SCAN_UNITS;
  // Read once here: inside the loop a heap-number multiplier is converted at each use, and a number constant of the
  // module (a variable of the bundle's scope to V8) is loaded and checked at each use.
  const m = multiplier | 0;
  const complexShift = COMPLEX_SHIFT;
  let h = state[0];
  let w = 0;
  for (let i = from | 0; i < (stop | 0); i++) {
    const unit = scanUnits[text.charCodeAt(i)];
    // isWord is -1 inside a word (complex characters included), 0 elsewhere; complex is 1 at COMPLEX_UNIT only.
    const isWord = ((unit + 0xffff) << 15) >> 31;
    const complex = (unit + 1) >>> 16;
    marks[w] = i | (complex << complexShift);
    hashes[w] = h;
    // A word ends at i when i is no word character and h is not 0 (a word's hash never is; imul, as -h overflows).
    w += (((h | Math.imul(h, -1)) >>> 31) & ~isWord) | complex;
    h = (Math.imul(h, m) + unit) & isWord;
  }
  if (last && h !== 0) {
    marks[w] = stop;
    hashes[w++] = h;
    h = 0;
  }
  state[0] = h;
  return w;
}

/** The union of two ascending lists, ascending; `a` itself when it already holds all of `b` (the usual case). */
function unionOfAscending(a: readonly number[], b: readonly number[]): number[] {
  if (b.every(d => a.includes(d))) {
    return a as number[];
  }
  return [...new Set([...a, ...b])].sort((x, y) => x - y);
}

/** Leftmost-longest over the every-start matches of several matchers: at each start the longest, ties combined. */
function leftmostLongest(layers: readonly NameMatches[]): NameMatches {
  const out = new NameMatches();
  const next = layers.map(() => 0);
  let resumeAt = 0;
  for (;;) {
    let start = Infinity;
    layers.forEach((m, l) => {
      if (next[l] < m.count) {
        start = Math.min(start, m.start(next[l]));
      }
    });
    if (start === Infinity) {
      return out;
    }
    let end = -1;
    let tied: MatchFields[] = [];
    layers.forEach((m, l) => {
      if (next[l] < m.count && m.start(next[l]) === start) {
        const e = m.end(next[l]);
        if (e > end) {
          [end, tied] = [e, [m.fields(next[l])]];
        } else if (e === end) {
          tied.push(m.fields(next[l]));
        }
        next[l]++;
      }
    });
    if (start >= resumeAt) {
      out.pushFields(start, end, tied.length === 1 ? tied[0] : combined(tied));
      resumeAt = end;
    }
  }
}

/** One name in several matchers: what one matcher with all their entries says (see KeyEntries.fieldsOfRows). */
function combined(fields: readonly MatchFields[]): MatchFields {
  const entityIds = [...new Set(fields.flatMap(f => f.entityIds))];
  return {
    entityIds,
    confidence: fields.some(f => f.confidence === 'name') ? 'name' : 'demonym',
    matchedName: fields[0].matchedName,
    ambiguous: fields.some(f => f.ambiguous) || entityIds.length > 1,
  };
}
