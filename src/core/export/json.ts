// JSON in the project's own model: a compiled fact base (formatVersion 1) holding the statements in scope and the
// entities and sources they refer to, so FactBase.fromJson reads an export back.
import type { FactBase } from '../factBase';
import type { CompiledFactBase, Statement } from '../model';

export function factBaseJson(fb: FactBase, statements: readonly Statement[]): string {
  const entityIds = new Set(statements.flatMap(st => [
    ...st.actors, ...st.mentions, ...(st.role ? [st.role.holder, st.role.organization ?? ''] : []),
  ]));
  // Entities the kept ones point at (a place's country, an organization's parent) come along, so references resolve.
  for (const id of entityIds) {
    const e = fb.entity(id);
    for (const ref of [e?.country, e?.parent]) {
      if (ref) {
        entityIds.add(ref);
      }
    }
  }
  const entities = fb.entities.filter(e => entityIds.has(e.id));
  const sourceIds = new Set([...statements, ...entities].flatMap(item => item.evidence.map(ev => ev.source)));
  const data: CompiledFactBase = {
    formatVersion: 1,
    sources: fb.sources.filter(s => sourceIds.has(s.id)),
    entities,
    statements: [...statements],
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}
