// The build's side of the pack (core/pack/factBasePack.ts): the compiled fact base indexed once, as FactBase indexes
// it, and its name matcher built once, both stored as they are read. Run by esbuild.mjs and the bench, never shipped.
import * as l10n from '@vscode/l10n';
import { FactBase } from '../factBase';
import { nameClaims } from '../loader/entityNames';
import { NameMatcher, nameEntriesOf } from '../matcher';
import { type CompiledFactBase, ENTITY_KINDS } from '../model';
import { stringHash } from '../stringHash';
import type { RecordsHeader } from './factBasePack';
import { matcherSections } from './matcherPack';
import { stringSections, writePack } from './packFile';

const encoder = new TextEncoder();

export function packFactBase(data: CompiledFactBase): Uint8Array {
  const factBase = new FactBase(data);
  const records = [...data.sources, ...data.entities, ...data.statements];
  const entityOrdinal = new Map(data.entities.map((e, i) => [e.id, i]));
  const statementOrdinal = new Map(data.statements.map((st, i) => [st.id, i]));
  const entity = (e: { id: string }) => entityOrdinal.get(e.id)!;
  const statement = (st: { id: string }) => statementOrdinal.get(st.id)!;
  for (const st of data.statements) {
    const unknown = [...st.actors, ...st.mentions, st.role?.holder, st.role?.organization].find(id => id !== undefined && !entityOrdinal.has(id));
    if (unknown) {
      throw new Error(l10n.t('Statement {0} names {1}, which is no entity: the pack indexes statements by entity.', st.id, unknown));
    }
  }
  const kindLists = ENTITY_KINDS.map(kind => factBase.entitiesOfKind(kind).map(entity));
  const kindStarts = [0];
  for (const list of kindLists) {
    kindStarts.push(kindStarts[kindStarts.length - 1] + list.length);
  }
  // As FactBase.missionsOf lists them: organizations by name, under the state that sends them.
  const missions = new Map<string, number[]>();
  for (const org of factBase.entitiesOfKind('organization')) {
    if (org.sendingState) {
      missions.set(org.sendingState, [...(missions.get(org.sendingState) ?? []), entity(org)]);
    }
  }
  const header: RecordsHeader = {
    counts: { sources: data.sources.length, entities: data.entities.length, statements: data.statements.length },
    kindStarts,
  };
  // Sorted by code units, as the reader's binary search compares them.
  const claims = [...nameClaims(data.entities)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const matcher = matcherSections(NameMatcher.fromEntries(nameEntriesOf(factBase)));
  return writePack({ ...header, matcher: matcher.header }, {
    ...recordSections(records.map(r => JSON.stringify(r))),
    ...stringSections('ids', records.map(r => r.id)),
    'ids.slots': idSlots(records.map(r => r.id)),
    kinds: Int32Array.from(kindLists.flat()),
    ...listSections('byEntity', data.entities.map(e => factBase.statementsForEntity(e.id).map(statement))),
    ...listSections('byCountry', data.entities.map(e => factBase.statementsForCountry(e.id).map(statement))),
    ...listSections('bySource', data.sources.map(s => factBase.statementsForSource(s.id).map(statement))),
    ...listSections('missions', data.entities.map(e => missions.get(e.id) ?? [])),
    relationCountries: Int32Array.from(factBase.relationCountries().map(entity)),
    subjectStatements: Int32Array.from(factBase.subjectStatements().map(statement)),
    ...stringSections('nameKeys', claims.map(([key]) => key)),
    'nameKeys.entities': Int32Array.from(claims, ([, e]) => entity(e)),
    ...matcher.sections,
  });
}

/** Every record's JSON followed by a comma, so a run of records reads as one JSON array's contents. */
function recordSections(json: readonly string[]): Record<string, Uint8Array | Uint32Array> {
  const encoded = json.map(j => encoder.encode(`${j},`));
  const starts = new Uint32Array(json.length + 1);
  encoded.forEach((bytes, i) => { starts[i + 1] = starts[i] + bytes.length; });
  const text = new Uint8Array(starts[json.length]);
  encoded.forEach((bytes, i) => text.set(bytes, starts[i]));
  return { 'records.text': text, 'records.starts': starts };
}

/** Lists of numbers, one per owner, as their concatenation and where each starts. */
function listSections(name: string, lists: readonly (readonly number[])[]): Record<string, Int32Array | Uint32Array> {
  const starts = new Uint32Array(lists.length + 1);
  lists.forEach((list, i) => { starts[i + 1] = starts[i] + list.length; });
  return { [`${name}.starts`]: starts, [`${name}.items`]: Int32Array.from(lists.flat()) };
}

/** An open-addressing table at most half full: slot stringHash(id) & mask (or the next free one) holds record + 1. */
function idSlots(ids: readonly string[]): Int32Array {
  let size = 16;
  while (size < ids.length * 2) {
    size *= 2;
  }
  const slots = new Int32Array(size);
  ids.forEach((id, r) => {
    let slot = stringHash(id) & (size - 1);
    while (slots[slot] !== 0) {
      slot = (slot + 1) & (size - 1);
    }
    slots[slot] = r + 1;
  });
  return slots;
}
