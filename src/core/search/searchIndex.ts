// Ranked search over the fact base. A TermIndex (BM25+ over per-field terms, prefix and fuzzy matching, every query
// word must match) scores the candidates; on top of its score, a fixed order of tiers makes the answers people
// expect come first: the entity whose name is exactly the query, then one with that exact alias, then the events
// dated in a year the query names, then sentences and entities whose line names that year, then what merely
// spans it (a decade, a range), then the rest by score weighted by kind.
import type { FactBase } from '../factBase';
import { nameKey } from '../text';
import { type Sliced, SlicedTask } from '../slicedTask';
import { stringHash } from '../stringHash';
import { DocumentIds } from './documentIds';
import { GrowingArray } from './growingArray';
import { type DocumentSource, FactBaseDocuments, type SearchDocument, type SearchFields, type SearchKind } from './documents';
import { type TermIndex, TermIndexBuilder } from './termIndex';
import { indexTerms, searchTerms, yearsIn } from './terms';

export const FIELD_BOOST: Record<keyof SearchFields, number> = { name: 6, aliases: 4, date: 3, text: 2, quote: 1, context: 1 };
const FIELDS = Object.keys(FIELD_BOOST) as (keyof SearchFields)[];
/** Entities are what a name-like query usually means; a sentence of an article is the last resort. */
export const KIND_WEIGHT: Record<SearchKind, number> = { country: 1.6, person: 1.4, organization: 1.4, place: 1.4, event: 1.2, passage: 1 };
const DEFAULT_LIMIT = 50;
const built = new WeakMap<FactBase, SlicedTask<SearchIndex>>();

/** What ranking reads of each document, worked out while the index is built. */
interface Ranking {
  kinds: SearchKind[];
  years: (readonly number[])[];
  namedYears: (readonly number[])[];
  kindWeight: Float64Array;
  nameHash: Uint32Array;
  aliasStart: Uint32Array;
  aliasHashes: Uint32Array;
}

/** Most documents cover and name no year: they share one empty list. */
const NO_YEARS: readonly number[] = [];

interface Ranked {
  doc: number;
  tier: number;
  score: number;
}

export class SearchIndex {
  // What ranking needs of each document, in flat arrays: reading tens of thousands of scattered document objects per
  // keystroke would cost more than the matching. Hashes of the name and alias keys stand in for the strings until
  // one matches the query's.
  private readonly kindWeight: Float64Array;
  private readonly nameHash: Uint32Array;
  /** Document n's alias key hashes are aliasHashes[aliasStart[n]] up to aliasHashes[aliasStart[n + 1]]. */
  private readonly aliasStart: Uint32Array;
  private readonly aliasHashes: Uint32Array;
  private readonly kinds: readonly SearchKind[];
  /** The years each document covers, and those it names (namedYearsOf). */
  private readonly years: readonly (readonly number[])[];
  private readonly namedYears: readonly (readonly number[])[];

  /** The index of the documents, built in slices: each document is made once here, then again only when shown. */
  static *build(source: DocumentSource): Sliced<SearchIndex> {
    // A later document of the same id takes the earlier one's place, as in a Map.
    const ids = new DocumentIds(source.count);
    const sourceNumbers: number[] = [];
    for (let n = 0; n < source.count; n++) {
      const at = ids.intern(source.id(n));
      if (at === sourceNumbers.length) {
        sourceNumbers.push(n);
      } else {
        sourceNumbers[at] = n;
      }
      yield;
    }
    const count = sourceNumbers.length;
    const terms = new TermIndexBuilder({
      fieldBoosts: FIELDS.map(field => FIELD_BOOST[field]),
      tokenize: indexTerms,
      // One typo is forgiven in longer words only: short words and years must match as typed.
      fuzzy: word => word.length >= 5 && !/\d/.test(word),
    });
    // Sized once: arrays grown by pushing were copied whole at each growth, one step each time (at 100×, steps of
    // 16–40 ms on a VM whose fresh pages fault slowly).
    const kinds = new Array<SearchKind>(count).fill('event');
    const years = new Array<readonly number[]>(count).fill(NO_YEARS);
    const namedYears = new Array<readonly number[]>(count).fill(NO_YEARS);
    const kindWeight = new Float64Array(count);
    const nameHash = new Uint32Array(count);
    const aliasStart = new Uint32Array(count + 1);
    const aliasHashes = new GrowingArray(Uint32Array);
    for (let n = 0; n < count; n++) {
      const doc = source.document(sourceNumbers[n]);
      terms.add(field => doc.fields[FIELDS[field]]);
      kinds[n] = doc.kind;
      years[n] = doc.years.length ? doc.years : NO_YEARS;
      const named = namedYearsOf(doc);
      namedYears[n] = named.length ? named : NO_YEARS;
      kindWeight[n] = KIND_WEIGHT[doc.kind];
      nameHash[n] = stringHash(doc.nameKey ?? '');
      aliasStart[n + 1] = aliasStart[n] + doc.aliasKeys.length;
      for (const key of doc.aliasKeys) {
        aliasHashes.push(stringHash(key));
      }
      yield;
    }
    const ranking: Ranking = { kinds, years, namedYears, kindWeight, nameHash, aliasStart, aliasHashes: yield* aliasHashes.inSlices() };
    return new SearchIndex(source, Uint32Array.from(sourceNumbers), ids, yield* terms.finish(), ranking);
  }

  private constructor(
    private readonly source: DocumentSource,
    /** Document n of this index is sourceNumbers[n] of the source (they differ where ids repeat). */
    private readonly sourceNumbers: Uint32Array,
    /** Document n's id is ids.idAt(n). */
    private readonly ids: DocumentIds,
    private readonly terms: TermIndex,
    ranking: Ranking,
  ) {
    this.kinds = ranking.kinds;
    this.years = ranking.years;
    this.namedYears = ranking.namedYears;
    this.kindWeight = ranking.kindWeight;
    this.nameHash = ranking.nameHash;
    this.aliasStart = ranking.aliasStart;
    this.aliasHashes = ranking.aliasHashes;
  }

  /** The index of a fact base, shared by every surface that searches it: finished now if it is still being built. */
  static forFactBase(fb: FactBase): SearchIndex {
    return SearchIndex.task(fb).now();
  }

  /** The index of a fact base, built (on first use, not at activation) in slices that leave the host's thread free. */
  static whenBuilt(fb: FactBase): Promise<SearchIndex> {
    return SearchIndex.task(fb).done;
  }

  /** Whether the index of a fact base is there to answer at once. */
  static isBuilt(fb: FactBase): boolean {
    return built.get(fb)?.finished ?? false;
  }

  /**
   * Stops building the index of a fact base no surface searches any more (the store has replaced it): an unfinished
   * build at 100× would hold the thread's slices and its memory for seconds. Waiting callers get AbandonedWork; a later
   * request builds it anew. A finished index stays.
   */
  static abandon(fb: FactBase): void {
    const task = built.get(fb);
    if (task && !task.finished) {
      task.cancel();
      built.delete(fb);
    }
  }

  private static task(fb: FactBase): SlicedTask<SearchIndex> {
    let task = built.get(fb);
    if (!task) {
      task = new SlicedTask(SearchIndex.buildFor(fb));
      built.set(fb, task);
    }
    return task;
  }

  private static *buildFor(fb: FactBase): Sliced<SearchIndex> {
    return yield* SearchIndex.build(yield* FactBaseDocuments.of(fb));
  }

  document(id: string): SearchDocument | undefined {
    const n = this.ids.find(id);
    return n === undefined ? undefined : this.documentAt(n);
  }

  private documentAt(n: number): SearchDocument {
    return this.source.document(this.sourceNumbers[n]);
  }

  /** The documents matching every word of the query, best first. */
  search(query: string, limit = DEFAULT_LIMIT): SearchDocument[] {
    const words = searchTerms(query);
    const { docs, scores } = this.terms.match(words);
    const key = nameKey(query);
    const keyHash = stringHash(key);
    const years = yearsIn(words);
    const tier = (n: number) => {
      if (this.nameHash[n] === keyHash && this.documentAt(n).nameKey === key) {
        return 0;
      }
      for (let a = this.aliasStart[n]; a < this.aliasStart[n + 1]; a++) {
        if (this.aliasHashes[a] === keyHash && this.documentAt(n).aliasKeys.includes(key)) {
          return 1;
        }
      }
      return years.length ? yearTier(this.kinds[n], this.years[n], this.namedYears[n], years) : YEARLESS_TIER;
    };
    const compare = (a: Ranked, b: Ranked) => a.tier - b.tier || b.score - a.score || this.ids.compare(a.doc, b.doc);
    const rank = (i: number): Ranked => ({ doc: docs[i], tier: tier(docs[i]), score: scores[i] * this.kindWeight[docs[i]] });
    if (docs.length <= limit) {
      return Array.from(docs, (_, i) => rank(i)).sort(compare).map(r => this.documentAt(r.doc));
    }
    // A short prefix matches tens of thousands: keep only the best `limit`, sorted, as the matches stream by.
    const best: Ranked[] = [];
    for (let i = 0; i < docs.length && limit > 0; i++) {
      const ranked = rank(i);
      if (best.length < limit || compare(ranked, best[best.length - 1]) < 0) {
        best.splice(insertionPoint(best, ranked, compare), 0, ranked);
        best.length = Math.min(best.length, limit);
      }
    }
    return best.map(r => this.documentAt(r.doc));
  }

  /** Ids of the entities and events matching every word of the query, for filtering the tree. */
  matchingIds(query: string): Set<string> {
    const { docs } = this.terms.match(searchTerms(query));
    return new Set(Array.from(docs, doc => this.ids.idAt(doc)));
  }
}

/** The tier of what matched no name or alias, when nothing in the query is a year. */
const YEARLESS_TIER = 5;

/**
 * The years a document names as a word where it states its date: an event's date label, a sentence's text, a
 * country's line ("28 Dec 1964", "in 1964", "relations since 1964"); never "1960s" or a year only a range spans.
 */
export function namedYearsOf(doc: SearchDocument): number[] {
  const stated = doc.kind === 'passage' ? doc.fields.quote : doc.description;
  return stated.match(/\b\d{4}\b/g)?.map(Number) ?? [];
}

/**
 * For a query naming `years`, a document of this kind covering `covered` and naming `named` (namedYearsOf): events
 * of such a year 2, other documents naming one 3, spanning one 4, the rest 5.
 */
export function yearTier(kind: SearchKind, covered: readonly number[], named: readonly number[], years: readonly number[]): number {
  if (years.some(y => named.includes(y))) {
    return kind === 'event' ? 2 : 3;
  }
  return years.some(y => covered.includes(y)) ? 4 : YEARLESS_TIER;
}

/** Where `r` goes in the sorted list: after every entry that comes before it. */
function insertionPoint(sorted: readonly Ranked[], r: Ranked, compare: (a: Ranked, b: Ranked) => number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (compare(sorted[mid], r) < 0) {
      low = mid + 1;
    } else {
      high = mid;
    }
  }
  return low;
}
