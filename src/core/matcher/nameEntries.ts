// The names the matcher looks for, read off the fact base.
import type { FactBase } from '../factBase';
import type { NameEntry } from './nameMatcher';

/** Name, aliases and native names as names; demonyms as demonyms; ambiguous aliases as names flagged ambiguous. */
export function nameEntriesOf(factBase: Pick<FactBase, 'entities'>): NameEntry[] {
  const entries: NameEntry[] = [];
  for (const e of factBase.entities) {
    for (const text of [e.name, ...e.aliases, ...e.native.map(n => n.text)]) {
      entries.push({ text, entityId: e.id, confidence: 'name' });
    }
    for (const text of e.demonyms) {
      entries.push({ text, entityId: e.id, confidence: 'demonym' });
    }
    for (const text of e.ambiguousAliases) {
      entries.push({ text, entityId: e.id, confidence: 'name', ambiguous: true });
    }
  }
  return entries;
}
