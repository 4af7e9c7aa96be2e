// The inverted index under SearchIndex: every distinct term once, in one array sorted by UTF-16 code units (so the
// terms a prefix expands to are one contiguous range, found by binary search), and the postings in typed arrays,
// grouped by term and then by field. Scoring is MiniSearch's BM25+ with its prefix and fuzzy weights, which this
// index replaced: MiniSearch built a result object per matching term and document, so a one-letter prefix over
// 100k documents cost ~200 ms a keystroke; here it is one pass over flat arrays.
//
// A query word matches a term that starts with it, or, when the word may be fuzzy, a term one edit (insertion,
// deletion or substitution of a UTF-16 code unit) away from it. A document matches a query when every word matches
// one of its terms; its score is the sum, over words and the terms each matched, of
// weight × field boost × BM25+(term frequency, field length, documents holding the term in that field).

import { type Sliced, sortedInSlices, writtenInSlices } from '../slicedTask';
import { GrowingArray } from './growingArray';

const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
/** A term the word is a proper prefix of: PREFIX_WEIGHT × length / (length + 0.3 × letters added). */
const PREFIX_WEIGHT = 0.375;
/** A term one edit from the word: FUZZY_WEIGHT × length / (length + 1). */
const FUZZY_WEIGHT = 0.45;
const MAX_FREQUENCY = 0xffff;

export interface TermIndexOptions {
  /** Weight of a match in each field, by field number (the order of each document's texts). */
  fieldBoosts: readonly number[];
  /** Splits a field's text into terms. */
  tokenize: (text: string) => string[];
  /** Whether a query word also matches terms one edit away from it. */
  fuzzy: (word: string) => boolean;
}

/** The documents (numbered in the order they were given) matching every word, each with its score. */
export interface TermMatches {
  docs: Uint32Array;
  scores: Float64Array;
}

/** What build() works out: the index's arrays. */
interface TermIndexParts {
  terms: string[];
  bySuffix: Uint32Array;
  termGroups: Uint32Array;
  groupField: Uint8Array;
  groupIdf: Float64Array;
  groupPostings: Uint32Array;
  postingDoc: Uint32Array;
  postingFrequency: Uint16Array;
  fieldLengths: Uint16Array;
  averageFieldLengths: Float64Array;
}

/** The build pauses every this many + 1 postings or terms. */
const PAUSE_MASK = 0x3fff;

interface DerivedTerm {
  term: number;
  weight: number;
}

export class TermIndex {
  /** Sorted by UTF-16 code units. */
  private readonly terms: string[];
  /** Term numbers sorted by their text read backwards, for the terms that end with a given suffix. */
  private readonly bySuffix: Uint32Array;
  /** Term t's groups (one per field it occurs in) are termGroups[t] up to termGroups[t + 1]. */
  private readonly termGroups: Uint32Array;
  private readonly groupField: Uint8Array;
  /** BM25 inverse document frequency of the group's term in its field. */
  private readonly groupIdf: Float64Array;
  /** Group g's postings are groupPostings[g] up to groupPostings[g + 1]. */
  private readonly groupPostings: Uint32Array;
  private readonly postingDoc: Uint32Array;
  private readonly postingFrequency: Uint16Array;
  /** Distinct terms of each document's field, at doc × fieldCount + field. */
  private readonly fieldLengths: Uint16Array;
  private readonly averageFieldLengths: Float64Array;
  private readonly fieldBoosts: readonly number[];
  private readonly fuzzy: (word: string) => boolean;
  // Scratch space of a query: the documents matched so far, each one's running score and the stamp of the last
  // word it matched.
  private readonly matched: Uint32Array;
  private readonly score: Float64Array;
  private readonly stampOf: Uint32Array;
  private stamp = 0;

  /** Made by TermIndexBuilder. */
  constructor(parts: TermIndexParts, options: TermIndexOptions, documentCount: number) {
    this.terms = parts.terms;
    this.bySuffix = parts.bySuffix;
    this.termGroups = parts.termGroups;
    this.groupField = parts.groupField;
    this.groupIdf = parts.groupIdf;
    this.groupPostings = parts.groupPostings;
    this.postingDoc = parts.postingDoc;
    this.postingFrequency = parts.postingFrequency;
    this.fieldLengths = parts.fieldLengths;
    this.averageFieldLengths = parts.averageFieldLengths;
    this.fieldBoosts = options.fieldBoosts;
    this.fuzzy = options.fuzzy;
    this.matched = new Uint32Array(documentCount);
    this.score = new Float64Array(documentCount);
    this.stampOf = new Uint32Array(documentCount);
  }

  /** The documents matching every word (none for no words). */
  match(words: readonly string[]): TermMatches {
    const derived = words.map(word => this.derivedTerms(word));
    // Cheapest word first: later words only add to the documents every earlier one matched.
    const costs = derived.map(terms => terms.reduce((sum, t) => sum + this.postingCount(t.term), 0));
    const order = derived.map((_, i) => i).sort((a, b) => costs[a] - costs[b]);
    if (this.stamp > 0xffffffff - words.length) {
      this.stampOf.fill(0);
      this.stamp = 0;
    }
    let count = 0;
    order.forEach((word, i) => {
      if (i > 0 && count === 0) {
        return;
      }
      const previous = this.nextStamp();
      for (const { term, weight } of derived[word]) {
        count = this.addScores(term, weight, i === 0, previous, count);
      }
      if (i > 0) {
        count = this.keepStamped(count);
      }
    });
    const docs = this.matched.slice(0, count);
    const scores = new Float64Array(count);
    for (let i = 0; i < count; i++) {
      scores[i] = this.score[docs[i]];
    }
    return { docs, scores };
  }

  /** The terms a word matches, with the weight of each: itself, the longer terms it starts, and, if fuzzy, its neighbours. */
  private derivedTerms(word: string): DerivedTerm[] {
    const [first, end] = this.prefixRange(word);
    const derived: DerivedTerm[] = [];
    for (let term = first; term < end; term++) {
      const length = this.terms[term].length;
      const added = length - word.length;
      derived.push({ term, weight: added === 0 ? 1 : PREFIX_WEIGHT * length / (length + 0.3 * added) });
    }
    if (this.fuzzy(word)) {
      for (const term of this.oneEditAway(word)) {
        if (term < first || term >= end) {
          derived.push({ term, weight: FUZZY_WEIGHT * this.terms[term].length / (this.terms[term].length + 1) });
        }
      }
    }
    return derived;
  }

  /**
   * The terms one edit from the word (and the word itself). The edit leaves either the first half of the word or
   * the rest after it intact, so they start with the one or end with the other.
   */
  private oneEditAway(word: string): Set<number> {
    const half = Math.floor(word.length / 2);
    const found = new Set<number>();
    const [first, end] = this.prefixRange(word.slice(0, half));
    for (let term = first; term < end; term++) {
      if (withinOneEdit(this.terms[term], word)) {
        found.add(term);
      }
    }
    const [firstBySuffix, endBySuffix] = this.suffixRange(word.slice(half));
    for (let i = firstBySuffix; i < endBySuffix; i++) {
      if (withinOneEdit(this.terms[this.bySuffix[i]], word)) {
        found.add(this.bySuffix[i]);
      }
    }
    return found;
  }

  /** The terms that start with the prefix: numbers first up to end. */
  private prefixRange(prefix: string): [number, number] {
    const first = firstWhere(this.terms.length, i => this.terms[i] >= prefix);
    const end = first + firstWhere(this.terms.length - first, i => !this.terms[first + i].startsWith(prefix));
    return [first, end];
  }

  /** Positions in bySuffix of the terms that end with the suffix. */
  private suffixRange(suffix: string): [number, number] {
    const reversed = reverse(suffix);
    const backwards = (i: number) => this.terms[this.bySuffix[i]];
    const first = firstWhere(this.bySuffix.length, i => !reversedBefore(backwards(i), reversed));
    const end = first + firstWhere(this.bySuffix.length - first, i => !backwards(first + i).endsWith(suffix));
    return [first, end];
  }

  private postingCount(term: number): number {
    return this.groupPostings[this.termGroups[term + 1]] - this.groupPostings[this.termGroups[term]];
  }

  /**
   * Adds a term's scores to the documents it occurs in and stamps them as matching the current word. For the first
   * word any document counts, and the newly stamped ones are appended to `matched` (returns their new count); for
   * later words only those the previous word stamped.
   */
  private addScores(term: number, weight: number, first: boolean, previous: number, count: number): number {
    const { k, b, d } = BM25;
    const fieldCount = this.fieldBoosts.length;
    for (let g = this.termGroups[term]; g < this.termGroups[term + 1]; g++) {
      const field = this.groupField[g];
      const boost = weight * this.fieldBoosts[field];
      const idf = this.groupIdf[g];
      const average = this.averageFieldLengths[field];
      for (let p = this.groupPostings[g]; p < this.groupPostings[g + 1]; p++) {
        const doc = this.postingDoc[p];
        if (this.stampOf[doc] !== this.stamp) {
          if (first) {
            this.matched[count++] = doc;
            this.score[doc] = 0;
          } else if (this.stampOf[doc] !== previous) {
            continue;
          }
          this.stampOf[doc] = this.stamp;
        }
        const frequency = this.postingFrequency[p];
        const length = this.fieldLengths[doc * fieldCount + field];
        this.score[doc] += boost * (idf * (d + frequency * (k + 1) / (frequency + k * (1 - b + b * length / average))));
      }
    }
    return count;
  }

  /** Drops from the first `count` matched documents those the current word did not stamp; returns how many stay. */
  private keepStamped(count: number): number {
    let kept = 0;
    for (let i = 0; i < count; i++) {
      if (this.stampOf[this.matched[i]] === this.stamp) {
        this.matched[kept++] = this.matched[i];
      }
    }
    return kept;
  }

  /** Starts a word: returns the stamp of the previous one. */
  private nextStamp(): number {
    return this.stamp++;
  }
}

/** The least i in [0, n) for which `test` holds, n if none; `test` must be false up to some i and true from there. */
function firstWhere(n: number, test: (i: number) => boolean): number {
  let low = 0;
  let high = n;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (test(mid)) {
      high = mid;
    } else {
      low = mid + 1;
    }
  }
  return low;
}

/** The string's UTF-16 code units in reverse order. */
function reverse(s: string): string {
  let out = '';
  for (let i = s.length - 1; i >= 0; i--) {
    out += s[i];
  }
  return out;
}


/** Documents added one at a time (their texts need not all be held at once), then the index built in slices. */
export class TermIndexBuilder {
  private readonly fieldCount: number;
  private readonly fieldLengths = new GrowingArray(Uint16Array);
  private readonly averageFieldLengths: Float64Array;
  // Postings in document order, each keyed by (term number in order of appearance) × fieldCount + field.
  private readonly numberOf = new Map<string, number>();
  private readonly appearance: string[] = [];
  private readonly keys = new GrowingArray(Uint32Array);
  private readonly docs = new GrowingArray(Uint32Array);
  private readonly frequencies = new GrowingArray(Uint16Array);
  /**
   * Per term number, the field (numbered across documents) it was last seen in and how often there: a field's term
   * counts without a Map cleared per field. Clearing gave the Map a new table each time, 2.5M of them at 100×, a fifth
   * of the first search's page faults (perf), which on a VM whose fresh pages fault slowly made steps of tens of ms.
   */
  private readonly lastField: number[] = [];
  private readonly countInField: number[] = [];
  private readonly fieldTerms: number[] = [];
  private fieldsSeen = 0;
  private count = 0;

  constructor(private readonly options: TermIndexOptions) {
    this.fieldCount = options.fieldBoosts.length;
    this.averageFieldLengths = new Float64Array(this.fieldCount);
  }

  /** The next document, `text(f)` the text of its field f. */
  add(text: (field: number) => string): void {
    const { fieldCount, lastField, countInField, fieldTerms } = this;
    const doc = this.count++;
    for (let field = 0; field < fieldCount; field++) {
      const seen = ++this.fieldsSeen;
      fieldTerms.length = 0;
      for (const term of this.options.tokenize(text(field))) {
        let number = this.numberOf.get(term);
        if (number === undefined) {
          number = this.appearance.push(term) - 1;
          this.numberOf.set(term, number);
          lastField.push(0);
          countInField.push(0);
        }
        if (lastField[number] !== seen) {
          lastField[number] = seen;
          countInField[number] = 1;
          fieldTerms.push(number);
        } else {
          countInField[number]++;
        }
      }
      this.fieldLengths.push(Math.min(fieldTerms.length, 0xffff));
      this.averageFieldLengths[field] += fieldTerms.length;
      for (const number of fieldTerms) {
        this.keys.push(number * fieldCount + field);
        this.docs.push(doc);
        this.frequencies.push(Math.min(countInField[number], MAX_FREQUENCY));
      }
    }
  }

  /** The index of the documents added. */
  *finish(): Sliced<TermIndex> {
    const { fieldCount, averageFieldLengths, appearance, keys, docs, frequencies, options, count } = this;
    const fieldLengths = yield* this.fieldLengths.inSlices();
    this.numberOf.clear();
    averageFieldLengths.forEach((total, field) => { averageFieldLengths[field] = total / count; });

    yield;
    const order = yield* sortedInSlices(appearance.map((_, i) => i), (a, b) => compareUnits(appearance[a], appearance[b]));
    const terms = order.map(i => appearance[i]);
    const rank = new Uint32Array(order.length);
    order.forEach((number, position) => { rank[number] = position; });
    yield;
    const bySuffix = Uint32Array.from(yield* sortedInSlices(terms.map((_, i) => i), (a, b) => compareBackwards(terms[a], terms[b])));

    // Counting sort of the postings by (term rank, field); stable, so each group stays in document order.
    const postings = keys.length;
    const slotOf = (p: number) => rank[Math.floor(keys.at(p) / fieldCount)] * fieldCount + keys.at(p) % fieldCount;
    const slotStart = new Uint32Array(terms.length * fieldCount + 1);
    for (let p = 0; p < postings; p++) {
      slotStart[slotOf(p) + 1]++;
      if ((p & PAUSE_MASK) === 0) {
        yield;
      }
    }
    let groupCount = 0;
    for (let s = 1; s < slotStart.length; s++) {
      groupCount += slotStart[s] > 0 ? 1 : 0;
      slotStart[s] += slotStart[s - 1];
    }
    yield;
    const postingDoc = yield* writtenInSlices(new Uint32Array(postings));
    const postingFrequency = yield* writtenInSlices(new Uint16Array(postings));
    const next = slotStart.slice();
    for (let p = 0; p < postings; p++) {
      const at = next[slotOf(p)]++;
      postingDoc[at] = docs.at(p);
      postingFrequency[at] = frequencies.at(p);
      if ((p & PAUSE_MASK) === 0) {
        yield;
      }
    }

    const termGroups = new Uint32Array(terms.length + 1);
    const groupField = new Uint8Array(groupCount);
    const groupIdf = new Float64Array(groupCount);
    const groupPostings = new Uint32Array(groupCount + 1);
    let g = 0;
    for (let term = 0; term < terms.length; term++) {
      termGroups[term] = g;
      for (let field = 0; field < fieldCount; field++) {
        const slot = term * fieldCount + field;
        const holders = slotStart[slot + 1] - slotStart[slot];
        if (holders > 0) {
          groupField[g] = field;
          groupIdf[g] = Math.log(1 + (count - holders + 0.5) / (holders + 0.5));
          groupPostings[g] = slotStart[slot];
          g++;
        }
      }
      if ((term & PAUSE_MASK) === 0) {
        yield;
      }
    }
    termGroups[terms.length] = g;
    groupPostings[g] = postings;
    return new TermIndex({
      terms, bySuffix, termGroups, groupField, groupIdf, groupPostings, postingDoc, postingFrequency, fieldLengths, averageFieldLengths,
    }, options, count);
  }
}

/** UTF-16 code unit order, the order prefixRange's binary search relies on. */
function compareUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The order of the strings read backwards (UTF-16 units), without making the reversed strings. */
function compareBackwards(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 1; i <= n; i++) {
    const diff = a.charCodeAt(a.length - i) - b.charCodeAt(b.length - i);
    if (diff !== 0) {
      return diff;
    }
  }
  return a.length - b.length;
}

/** Whether `term` read backwards sorts before `reversed`. */
function reversedBefore(term: string, reversed: string): boolean {
  const n = Math.min(term.length, reversed.length);
  for (let i = 0; i < n; i++) {
    const diff = term.charCodeAt(term.length - 1 - i) - reversed.charCodeAt(i);
    if (diff !== 0) {
      return diff < 0;
    }
  }
  return term.length < reversed.length;
}

/** Whether at most one insertion, deletion or substitution of a UTF-16 code unit turns `a` into `b`. */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) {
    return false;
  }
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) {
    i++;
  }
  // Past the first difference the rest must be equal, after skipping the differing unit in one or both.
  return a.length === b.length ? a.slice(i + 1) === b.slice(i + 1)
    : a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
