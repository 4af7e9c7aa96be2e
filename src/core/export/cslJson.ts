// CSL-JSON (the Citation Style Language's data format, read by Zotero, pandoc's citeproc and citeproc-js) for the
// sources the statements cite, with the same citation fields as Copy Fact with Citation.
import { sourceCitation } from '../citation';
import type { FactBase } from '../factBase';
import type { SourceDate, SourceKind, Statement } from '../model';

/** The CSL item type closest to what each kind of source is. */
const CSL_TYPE: Record<SourceKind, string> = {
  'encyclopedia-article': 'entry-encyclopedia',
  'wiki-mirror': 'webpage',
  'news-report': 'article-newspaper',
};

export interface CslItem {
  id: string;
  type: string;
  title: string;
  publisher?: string;
  issued?: { 'date-parts': number[][] } | { literal: string };
  note?: string;
}

export function sourcesCslJson(fb: FactBase, statements: readonly Statement[]): string {
  return `${JSON.stringify(cslItems(fb, statements), null, 2)}\n`;
}

/** One item per cited source, in the order the fact base lists its sources. */
export function cslItems(fb: FactBase, statements: readonly Statement[]): CslItem[] {
  const cited = new Set(statements.flatMap(st => st.evidence.map(ev => ev.source)));
  return fb.sources.filter(s => cited.has(s.id)).map(source => {
    const item: CslItem = { id: source.id, type: source.kind ? CSL_TYPE[source.kind] : 'document', ...sourceCitation(fb, source.id) };
    if (source.published && source.published !== 'unknown') {
      item.issued = cslDate(source.published);
    }
    if (source.note) {
      item.note = source.note;
    }
    return item;
  });
}

/** A plain calendar date as CSL date parts; anything vaguer keeps the source's words, never a guessed day. */
function cslDate(date: SourceDate): CslItem['issued'] {
  const parts = /^(\d{4})(?:-(0[1-9]|1[0-2]))?(?:-(\d{2}))?$/.exec(date.edtf);
  return parts ? { 'date-parts': [parts.slice(1).filter(Boolean).map(Number)] } : { literal: date.text };
}
