// Ranked search over the fact base. MiniSearch (BM25 over per-field terms, prefix and fuzzy matching, AND of
// all query terms) scores the candidates; on top of its score, a fixed order of tiers makes the answers people
// expect come first: the entity whose name is exactly the query, then one with that exact alias, then events
// of a year the query names, then the rest by score weighted by kind.
import MiniSearch from 'minisearch';
import type { FactBase } from '../factBase';
import { nameKey } from '../text';
import { buildSearchDocuments, type SearchDocument, type SearchFields, type SearchKind } from './documents';
import { indexTerms, searchTerms, yearsIn } from './terms';

const FIELD_BOOST: Record<keyof SearchFields, number> = { name: 6, aliases: 4, date: 3, text: 2, quote: 1, context: 1 };
/** Entities are what a name-like query usually means; a sentence of an article is the last resort. */
const KIND_WEIGHT: Record<SearchKind, number> = { country: 1.6, person: 1.4, organization: 1.4, place: 1.4, event: 1.2, passage: 1 };
const DEFAULT_LIMIT = 50;
const built = new WeakMap<FactBase, SearchIndex>();

export class SearchIndex {
  private readonly documents = new Map<string, SearchDocument>();
  private readonly mini: MiniSearch<SearchDocument>;

  constructor(documents: readonly SearchDocument[]) {
    this.mini = new MiniSearch<SearchDocument>({
      fields: Object.keys(FIELD_BOOST),
      extractField: (doc, field) => field === 'id' ? doc.id : doc.fields[field as keyof SearchFields],
      tokenize: indexTerms,
      processTerm: term => term,
      searchOptions: {
        tokenize: searchTerms,
        boost: FIELD_BOOST,
        combineWith: 'AND',
        prefix: true,
        // One typo is forgiven in longer words only: short words and years must match as typed.
        fuzzy: term => (term.length >= 5 && !/\d/.test(term) ? 1 : false),
      },
    });
    for (const doc of documents) {
      this.documents.set(doc.id, doc);
    }
    this.mini.addAll([...this.documents.values()]);
  }

  /** The index of a fact base, built on first use and shared by every surface that searches it. */
  static forFactBase(fb: FactBase): SearchIndex {
    let index = built.get(fb);
    if (!index) {
      index = new SearchIndex(buildSearchDocuments(fb));
      built.set(fb, index);
    }
    return index;
  }

  document(id: string): SearchDocument | undefined {
    return this.documents.get(id);
  }

  /** The documents matching every word of the query, best first. */
  search(query: string, limit = DEFAULT_LIMIT): SearchDocument[] {
    const key = nameKey(query);
    const years = yearsIn(searchTerms(query));
    const tier = (doc: SearchDocument) => {
      if (doc.nameKey === key) {
        return 0;
      }
      if (doc.aliasKeys.includes(key)) {
        return 1;
      }
      return years.some(y => doc.years.includes(y)) ? 2 : 3;
    };
    return this.mini.search(query)
      .map(hit => {
        const doc = this.documents.get(hit.id)!;
        return { doc, tier: tier(doc), score: hit.score * KIND_WEIGHT[doc.kind] };
      })
      .sort((a, b) => a.tier - b.tier || b.score - a.score || a.doc.id.localeCompare(b.doc.id))
      .slice(0, limit)
      .map(r => r.doc);
  }

  /** Ids of the entities and events matching every word of the query, for filtering the tree. */
  matchingIds(query: string): Set<string> {
    return new Set(this.mini.search(query).map(hit => hit.id as string));
  }
}
