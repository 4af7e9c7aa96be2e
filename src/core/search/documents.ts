// What search finds: one document per entity, statement (event) and source sentence, with the fields the index
// weighs and the lines the QuickPick shows.
import { OPEN_END } from '../dates';
import { entityPlaceLabel } from '../entityPlace';
import type { FactBase } from '../factBase';
import { entityKindLabel, statementDateLabel, statementTypeLabel } from '../format';
import { type Entity, type EntityKind, type LocatedEvidence, type ResolvedDate, type Statement } from '../model';
import { relationSummary } from '../relationSummary';
import type { Sliced } from '../slicedTask';
import { nameKey } from '../text';
import { type Passage, sourcePassages } from './passages';

export type SearchKind = EntityKind | 'event' | 'passage';

/** A stretch of a source's raw text, UTF-16 offsets, end exclusive. */
export interface SourceRange {
  source: string;
  start: number;
  end: number;
}

/** Whether a value received from a command argument is a well-formed SourceRange. */
export function isSourceRange(v: unknown): v is SourceRange {
  const r = v as Partial<SourceRange> | undefined;
  return typeof r?.source === 'string' && Number.isInteger(r.start) && Number.isInteger(r.end) && r.start! <= r.end!;
}

/** The indexed text, by field; SearchIndex weighs them differently. */
export interface SearchFields {
  name: string;
  aliases: string;
  text: string;
  quote: string;
  context: string;
  date: string;
}

export interface SearchDocument {
  id: string;
  kind: SearchKind;
  label: string;
  description: string;
  detail: string;
  fields: SearchFields;
  /** nameKey of the preferred name, for exact-name ranking (entities only). */
  nameKey?: string;
  /** nameKeys of unambiguous aliases. */
  aliasKeys: string[];
  /** Years the document's date covers, for queries that name a year. */
  years: number[];
  /** The entity, statement or source id to reveal in the sidebar. */
  reveal: string;
  /** What opening the item shows: a statement's evidence, or a raw range; none for a workspace entity without evidence. */
  passage: string | SourceRange | undefined;
}

const EMPTY_FIELDS: SearchFields = { name: '', aliases: '', text: '', quote: '', context: '', date: '' };
const SNIPPET_LENGTH = 160;

/** The documents of every entity, statement and source sentence, pausing after each record. */
export function* searchDocuments(fb: FactBase): Sliced<SearchDocument[]> {
  const documents: SearchDocument[] = [];
  const { sources, entities, statements } = fb.counts;
  for (let i = 0; i < entities; i++) {
    documents.push(entityDocument(fb, fb.recordAt('entities', i)));
    yield;
  }
  for (let i = 0; i < statements; i++) {
    documents.push(eventDocument(fb, fb.recordAt('statements', i)));
    yield;
  }
  for (let i = 0; i < sources; i++) {
    const source = fb.recordAt('sources', i);
    const supporting = supportingStatement(fb, source.id);
    for (const p of sourcePassages(source)) {
      documents.push(passageDocument(fb, p, supporting(p)));
    }
    yield;
  }
  return documents;
}

/**
 * The first of a source's statements (in statementsForSource order) with a quote overlapping a passage, found among
 * the quotes that start within the longest quote's length before it: a scan of all the source's statements per
 * passage cost 10k × 10k checks at 100× the data.
 */
function supportingStatement(fb: FactBase, sourceId: string): (p: Passage) => Statement | undefined {
  const statements = fb.statementsForSource(sourceId);
  const quotes = statements.flatMap((st, rank) => st.evidence.filter(ev => ev.source === sourceId).map(ev => ({ start: ev.start, end: ev.end, rank })))
    .sort((a, b) => a.start - b.start);
  const longest = quotes.reduce((max, q) => Math.max(max, q.end - q.start), 0);
  return p => {
    // The first quote that may overlap: starts after p.start - longest.
    let lo = 0;
    let hi = quotes.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (quotes[mid].start <= p.start - longest) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    let best = -1;
    for (let i = lo; i < quotes.length && quotes[i].start < p.end; i++) {
      if (quotes[i].end > p.start && (best < 0 || quotes[i].rank < best)) {
        best = quotes[i].rank;
      }
    }
    return best < 0 ? undefined : statements[best];
  };
}

/** The documents of the entities alone (people, organizations, countries, places). */
export function entityDocuments(fb: FactBase): SearchDocument[] {
  return fb.entities.map(e => entityDocument(fb, e));
}

function entityDocument(fb: FactBase, e: Entity): SearchDocument {
  const place = entityPlaceLabel(fb, e);
  // Workspace entities may come without evidence (the schema asks for none); the bundled ones all have it.
  const first = e.evidence[0] as LocatedEvidence | undefined;
  return {
    id: e.id,
    kind: e.kind,
    label: e.name,
    description: e.kind === 'country' ? relationSummary(fb, e.id) ?? entityKindLabel(e.kind) : [entityKindLabel(e.kind), place].filter(Boolean).join(' · '),
    detail: e.description,
    fields: {
      ...EMPTY_FIELDS,
      name: e.name,
      aliases: [...e.aliases, ...e.native.map(n => n.text)].join('\n'),
      text: e.description,
      context: [...e.demonyms, place].join('\n'),
    },
    nameKey: nameKey(e.name),
    aliasKeys: e.aliases.map(nameKey),
    years: [],
    reveal: e.id,
    passage: first && { source: first.source, start: first.start, end: first.end },
  };
}

function eventDocument(fb: FactBase, st: Statement): SearchDocument {
  const involved = [...new Set([...st.actors, ...st.mentions, ...(st.role ? [st.role.holder] : [])])]
    .map(id => fb.entity(id))
    .filter((e): e is Entity => e !== undefined);
  const countries = fb.countriesOf(st).map(id => fb.entity(id)?.name ?? id);
  const date = st.date ?? st.asOf;
  const dateLabel = statementDateLabel(st);
  return {
    id: st.id,
    kind: 'event',
    label: st.summary,
    description: [dateLabel, ...countries].join(' · '),
    detail: snippet(st.evidence[0]?.quote ?? ''),
    fields: {
      ...EMPTY_FIELDS,
      text: st.summary,
      quote: st.evidence.map(ev => ev.quote).join('\n'),
      context: [
        statementTypeLabel(st.type), st.role?.title ?? '',
        ...involved.flatMap(e => [e.name, ...e.aliases, ...e.demonyms]),
      ].join('\n'),
      date: date ? [dateLabel, date.text, ...yearsCovered(date)].join('\n') : '',
    },
    aliasKeys: [],
    years: date ? yearsCovered(date) : [],
    reveal: st.id,
    passage: st.id,
  };
}

/** The sidebar has no item per sentence: the document reveals the statement it supports, else its source. */
function passageDocument(fb: FactBase, p: Passage, supported: Statement | undefined): SearchDocument {
  const source = fb.source(p.sourceId);
  return {
    id: `passage:${p.sourceId}:${p.start}`,
    kind: 'passage',
    label: snippet(p.text),
    description: [source?.title, p.heading].filter(Boolean).join(' › '),
    detail: '',
    fields: { ...EMPTY_FIELDS, quote: p.text, context: source?.title ?? '' },
    aliasKeys: [],
    years: [],
    reveal: supported?.id ?? p.sourceId,
    passage: { source: p.sourceId, start: p.start, end: p.end },
  };
}

/** Every year a date spans when it spans up to a century (a decade, a range); else the year of its known end. */
function yearsCovered(date: ResolvedDate): number[] {
  const open = (ms: number) => Math.abs(ms) >= OPEN_END;
  const [first, last] = [date.min, date.max].map(ms => new Date(ms).getUTCFullYear());
  if (open(date.min) || open(date.max) || last - first > 100) {
    return open(date.min) ? (open(date.max) ? [] : [last]) : [first];
  }
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

function snippet(text: string, length = SNIPPET_LENGTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}
