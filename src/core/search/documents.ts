// What search finds: one document per entity, statement (event) and source sentence, with the fields the index
// weighs and the lines the QuickPick shows.
import { OPEN_END } from '../dates';
import { entityPlaceLabel } from '../entityPlace';
import type { FactBase, SourceWithText } from '../factBase';
import { entityKindLabel, statementDateLabel, statementTypeLabel } from '../format';
import { type Entity, type EntityKind, type LocatedEvidence, type ResolvedDate, type Statement } from '../model';
import { relationSummary } from '../relationSummary';
import type { Sliced } from '../slicedTask';
import { nameKey } from '../text';
import { GrowingArray } from './growingArray';
import { type Passage, sourcePassages } from './passages';
import { StringColumn } from './stringColumn';

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

/** Documents by number, each made when it is asked for. */
export interface DocumentSource {
  readonly count: number;
  id(n: number): string;
  document(n: number): SearchDocument;
}

/**
 * Every entity, statement and source sentence of a fact base as documents, made anew when asked for: held as
 * objects, the 420k documents of 100× the data took 290 MB, and the collector's pauses over them blocked the host.
 * What is kept is where each sentence is, found by cleaning each source once.
 */
export class FactBaseDocuments implements DocumentSource {
  readonly count: number;
  private readonly entityCount: number;
  private readonly eventEnd: number;

  private constructor(private readonly fb: FactBase, private readonly sources: readonly SourceWithText[], private readonly passages: PassageTable) {
    this.entityCount = fb.counts.entities;
    this.eventEnd = this.entityCount + fb.counts.statements;
    this.count = this.eventEnd + passages.start.length;
  }

  /**
   * The documents of a fact base, its sources cleaned one per pause. Read through a transient view: the build reads
   * every record, and keeping them all made the collector's pauses longer than a slice.
   */
  static *of(base: FactBase): Sliced<FactBaseDocuments> {
    const fb = base.transient();
    const passages: PassageTable = {
      source: new GrowingArray(Uint32Array), start: new GrowingArray(Uint32Array), end: new GrowingArray(Uint32Array),
      heading: new GrowingArray(Uint32Array), headings: [], reveal: new StringColumn(),
    };
    const sources: SourceWithText[] = [];
    for (let i = 0; i < fb.counts.sources; i++) {
      const source = fb.recordAt('sources', i);
      sources.push(source);
      const supporting = supportingStatement(fb, source.id);
      let heading: string | undefined;
      for (const p of yield* sourcePassages(source)) {
        passages.source.push(i);
        passages.start.push(p.start);
        passages.end.push(p.end);
        if (p.heading !== undefined && p.heading !== heading) {
          passages.headings.push(p.heading);
        }
        heading = p.heading;
        passages.heading.push(heading === undefined ? 0 : passages.headings.length);
        passages.reveal.push(supporting(p)?.id ?? source.id);
      }
      yield;
    }
    return new FactBaseDocuments(fb, sources, passages);
  }

  id(n: number): string {
    if (n < this.entityCount) {
      return this.fb.recordAt('entities', n).id;
    }
    if (n < this.eventEnd) {
      return this.fb.recordAt('statements', n - this.entityCount).id;
    }
    const p = n - this.eventEnd;
    return passageId(this.sources[this.passages.source.at(p)].id, this.passages.start.at(p));
  }

  document(n: number): SearchDocument {
    if (n < this.entityCount) {
      return entityDocument(this.fb, this.fb.recordAt('entities', n));
    }
    if (n < this.eventEnd) {
      return eventDocument(this.fb, this.fb.recordAt('statements', n - this.entityCount));
    }
    const p = n - this.eventEnd;
    const { source, start, end, heading, headings, reveal } = this.passages;
    const sourceRecord = this.sources[source.at(p)];
    const [from, to] = [start.at(p), end.at(p)];
    const passage: Passage = { sourceId: sourceRecord.id, start: from, end: to, text: sourceRecord.text.slice(from, to), heading: headings[heading.at(p) - 1] };
    return passageDocument(sourceRecord.title, passage, reveal.at(p));
  }
}

/**
 * Where each source sentence is: its source's number, raw offsets, section heading, and what choosing it reveals. In
 * fixed-size chunks: arrays grown by pushing were copied whole at each growth, one step each time.
 */
interface PassageTable {
  source: GrowingArray<Uint32Array>;
  start: GrowingArray<Uint32Array>;
  end: GrowingArray<Uint32Array>;
  /** 0 for none, else headings[heading - 1]. */
  heading: GrowingArray<Uint32Array>;
  headings: string[];
  /** As strings, the 210k of 100× the data were a good part of what the collector traced in the first search. */
  reveal: StringColumn;
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
function passageDocument(sourceTitle: string, p: Passage, reveal: string): SearchDocument {
  return {
    id: passageId(p.sourceId, p.start),
    kind: 'passage',
    label: snippet(p.text),
    description: [sourceTitle, p.heading].filter(Boolean).join(' › '),
    detail: '',
    fields: { ...EMPTY_FIELDS, quote: p.text, context: sourceTitle },
    aliasKeys: [],
    years: [],
    reveal,
    passage: { source: p.sourceId, start: p.start, end: p.end },
  };
}

function passageId(sourceId: string, start: number): string {
  return `passage:${sourceId}:${start}`; // not user text: a document id
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
