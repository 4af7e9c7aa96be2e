// An entity's matchable names, each with where it sits in the entity's YAML record (for positioned diagnostics), and
// which entity each name key (core/text.ts) denotes to the loader's collision check.
import type { Entity } from '../model';
import { nameKey } from '../text';
import type { PathSegment } from './yamlFile';

/** Name, aliases, demonyms and native names; not the ambiguous aliases, which several entities may share. */
export function namesOf(e: Entity): [text: string, path: PathSegment[]][] {
  return [
    [e.name, ['name']],
    ...e.aliases.map((a, i): [string, PathSegment[]] => [a, ['aliases', i]]),
    ...e.demonyms.map((a, i): [string, PathSegment[]] => [a, ['demonyms', i]]),
    ...e.native.map((n, i): [string, PathSegment[]] => [n.text, ['native', i, 'text']]),
  ];
}

/** Each name key of these entities' names, with the last entity claiming it: whom a later base's name collides with. */
export function nameClaims(entities: readonly Entity[]): Map<string, Entity> {
  const claims = new Map<string, Entity>();
  for (const e of entities) {
    for (const [name] of namesOf(e)) {
      claims.set(nameKey(name), e);
    }
  }
  return claims;
}
