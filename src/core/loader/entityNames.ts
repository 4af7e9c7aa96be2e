// An entity's matchable names, each with where it sits in the entity's YAML record (for positioned diagnostics).
import type { Entity } from '../model';
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
