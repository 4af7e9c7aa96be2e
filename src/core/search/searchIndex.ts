// Ranked search over the fact base. A TermIndex (BM25+ over per-field terms, prefix and fuzzy matching, every query
// word must match) scores the candidates; on top of its score, a fixed order of tiers makes the answers people
// expect come first: the entity whose name is exactly the query, then one with that exact alias, then the events
// dated in a year the query names, then sentences and entities whose line names that year, then what merely
// spans it (a decade, a range), then the rest by score weighted by kind.
import type { FactBase } from '../factBase';
import { nameKey } from '../text';
import { type Sliced, SlicedTask } from '../slicedTask';
import { searchDocuments, type SearchDocument, type SearchFields, type SearchKind } from './documents';
import { TermIndex } from './termIndex';
import { indexTerms, searchTerms, yearsIn } from './terms';

export const FIELD_BOOST: Record<keyof SearchFields, number> = { name: 6, aliases: 4, date: 3, text: 2, quote: 1, context: 1 };
const FIELDS = Object.keys(FIELD_BOOST) as (keyof SearchFields)[];
/** Entities are what a name-like query usually means; a sentence of an article is the last resort. */
export const KIND_WEIGHT: Record<SearchKind, number> = { country: 1.6, person: 1.4, organization: 1.4, place: 1.4, event: 1.2, passage: 1 };
const DEFAULT_LIMIT = 50;
const built = new WeakMap<FactBase, SlicedTask<SearchIndex>>();

/** What ranking reads of each document, worked out while the index is built. */
interface Ranking {
  kindWeight: Float64Array;
  nameHash: Int32Array;
  aliasStart: Uint32Array;
  aliasHashes: number[];
  namedYears: number[][];
}

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
  private readonly nameHash: Int32Array;
  /** Document n's alias key hashes are aliasHashes[aliasStart[n]] up to aliasHashes[aliasStart[n + 1]]. */
  private readonly aliasStart: Uint32Array;
  private readonly aliasHashes: Int32Array;
  /** namedYearsOf each document. */
  private readonly namedYears: readonly number[][];

  /** The index of these documents, built in slices. */
  static *build(documents: readonly SearchDocument[]): Sliced<SearchIndex> {
    const byId = new Map<string, SearchDocument>();
    for (const doc of documents) {
      byId.set(doc.id, doc);
      yield;
    }
    const distinct = [...byId.values()];
    yield;
    const terms = yield* TermIndex.build(distinct.length, (doc, field) => distinct[doc].fields[FIELDS[field]], {
      fieldBoosts: FIELDS.map(field => FIELD_BOOST[field]),
      tokenize: indexTerms,
      // One typo is forgiven in longer words only: short words and years must match as typed.
      fuzzy: word => word.length >= 5 && !/\d/.test(word),
    });
    const ranking: Ranking = {
      kindWeight: new Float64Array(distinct.length),
      nameHash: new Int32Array(distinct.length),
      aliasStart: new Uint32Array(distinct.length + 1),
      aliasHashes: [],
      namedYears: [],
    };
    for (let n = 0; n < distinct.length; n++) {
      const doc = distinct[n];
      ranking.kindWeight[n] = KIND_WEIGHT[doc.kind];
      ranking.nameHash[n] = hash(doc.nameKey ?? '');
      ranking.aliasStart[n + 1] = ranking.aliasStart[n] + doc.aliasKeys.length;
      for (const key of doc.aliasKeys) {
        ranking.aliasHashes.push(hash(key));
      }
      ranking.namedYears.push(namedYearsOf(doc));
      yield;
    }
    return new SearchIndex(byId, distinct, terms, ranking);
  }

  private constructor(
    private readonly byId: ReadonlyMap<string, SearchDocument>,
    /** In TermIndex order; a document's number is its position here. */
    private readonly documents: readonly SearchDocument[],
    private readonly terms: TermIndex,
    { kindWeight, nameHash, aliasStart, aliasHashes, namedYears }: Ranking,
  ) {
    this.kindWeight = kindWeight;
    this.nameHash = nameHash;
    this.aliasStart = aliasStart;
    this.aliasHashes = Int32Array.from(aliasHashes);
    this.namedYears = namedYears;
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

  private static task(fb: FactBase): SlicedTask<SearchIndex> {
    let task = built.get(fb);
    if (!task) {
      task = new SlicedTask(SearchIndex.buildFor(fb));
      built.set(fb, task);
    }
    return task;
  }

  private static *buildFor(fb: FactBase): Sliced<SearchIndex> {
    return yield* SearchIndex.build(yield* searchDocuments(fb));
  }

  document(id: string): SearchDocument | undefined {
    return this.byId.get(id);
  }

  /** The documents matching every word of the query, best first. */
  search(query: string, limit = DEFAULT_LIMIT): SearchDocument[] {
    const words = searchTerms(query);
    const { docs, scores } = this.terms.match(words);
    const key = nameKey(query);
    const keyHash = hash(key);
    const years = yearsIn(words);
    const tier = (n: number) => {
      if (this.nameHash[n] === keyHash && this.documents[n].nameKey === key) {
        return 0;
      }
      for (let a = this.aliasStart[n]; a < this.aliasStart[n + 1]; a++) {
        if (this.aliasHashes[a] === keyHash && this.documents[n].aliasKeys.includes(key)) {
          return 1;
        }
      }
      return years.length ? yearTier(this.documents[n], this.namedYears[n], years) : YEARLESS_TIER;
    };
    const compare = (a: Ranked, b: Ranked) => a.tier - b.tier || b.score - a.score || compareIds(this.documents[a.doc].id, this.documents[b.doc].id);
    const rank = (i: number): Ranked => ({ doc: docs[i], tier: tier(docs[i]), score: scores[i] * this.kindWeight[docs[i]] });
    if (docs.length <= limit) {
      return Array.from(docs, (_, i) => rank(i)).sort(compare).map(r => this.documents[r.doc]);
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
    return best.map(r => this.documents[r.doc]);
  }

  /** Ids of the entities and events matching every word of the query, for filtering the tree. */
  matchingIds(query: string): Set<string> {
    const { docs } = this.terms.match(searchTerms(query));
    return new Set(Array.from(docs, doc => this.documents[doc].id));
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

/** For a query naming `years`: events of such a year 2, other documents naming one 3, spanning one 4, the rest 5. */
export function yearTier(doc: SearchDocument, named: readonly number[], years: readonly number[]): number {
  if (years.some(y => named.includes(y))) {
    return doc.kind === 'event' ? 2 : 3;
  }
  return years.some(y => doc.years.includes(y)) ? 4 : YEARLESS_TIER;
}

/** UTF-16 code unit order: a tie-break that is the same everywhere, unlike localeCompare. */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
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

/** 32-bit FNV-1a of the UTF-16 code units. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  }
  return h;
}
