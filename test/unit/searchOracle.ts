// The oracle for SearchIndex: search as it was built on MiniSearch 7 (BM25+, prefix and fuzzy matching, AND of the
// query words, then tiers and kind weights), before TermIndex replaced it for speed. The scores and the order are
// expected to agree up to floating-point rounding (sums are added up in another order).
import MiniSearch from 'minisearch';
import type { SearchDocument } from '../../src/core/search/documents';
import { FIELD_BOOST, KIND_WEIGHT, namedYearsOf, yearTier } from '../../src/core/search/searchIndex';
import { indexTerms, searchTerms, yearsIn } from '../../src/core/search/terms';
import { nameKey } from '../../src/core/text';

export interface OracleHit {
  doc: SearchDocument;
  tier: number;
  score: number;
}

/** A MiniSearch over the documents' field texts (those `boost` names), with the options SearchIndex had. */
export function miniSearchOf<D extends { id: string; fields: object }>(documents: readonly D[], boost: Record<string, number>): MiniSearch<D> {
  const mini = new MiniSearch<D>({
    fields: Object.keys(boost),
    extractField: (doc, field) => (field === 'id' ? doc.id : (doc.fields as Record<string, string>)[field]),
    tokenize: indexTerms,
    processTerm: term => term,
    searchOptions: {
      tokenize: searchTerms,
      boost,
      combineWith: 'AND',
      prefix: true,
      fuzzy: term => (term.length >= 5 && !/\d/.test(term) ? 1 : false),
    },
  });
  mini.addAll([...documents]);
  return mini;
}

export class SearchOracle {
  private readonly documents = new Map<string, SearchDocument>();
  private readonly mini: MiniSearch<SearchDocument>;

  constructor(documents: readonly SearchDocument[]) {
    for (const doc of documents) {
      this.documents.set(doc.id, doc);
    }
    this.mini = miniSearchOf([...this.documents.values()], FIELD_BOOST);
  }

  /** Every document matching the query, by id, with its tier and weighted score. */
  hits(query: string): Map<string, OracleHit> {
    const key = nameKey(query);
    const years = yearsIn(searchTerms(query));
    const tier = (doc: SearchDocument) => {
      if (doc.nameKey === key) {
        return 0;
      }
      if (doc.aliasKeys.includes(key)) {
        return 1;
      }
      return yearTier(doc.kind, doc.years, namedYearsOf(doc), years); // the year rule itself is SearchIndex's
    };
    return new Map(this.mini.search(query).map(hit => {
      const doc = this.documents.get(hit.id as string)!;
      return [doc.id, { doc, tier: tier(doc), score: hit.score * KIND_WEIGHT[doc.kind] }];
    }));
  }
}

/** The best `limit` hits, as SearchIndex.search ranked them. */
export function oracleRanking(hits: Map<string, OracleHit>, limit: number): OracleHit[] {
  return [...hits.values()]
    .sort((a, b) => a.tier - b.tier || b.score - a.score || a.doc.id.localeCompare(b.doc.id))
    .slice(0, limit);
}
