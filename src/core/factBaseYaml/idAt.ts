// Which kind of id belongs at a spot of a fact-base YAML file, read from the key it is the value (or list item) of:
// what completion offers and what hover explains there. Line-based on purpose: it must work on the half-typed,
// unparsable text of a file being edited.

export type IdKind = 'entity' | 'statement' | 'source' | 'statement-type';

const KEY_KINDS: Record<string, IdKind> = {
  actors: 'entity', mentions: 'entity', holder: 'entity', organization: 'entity', country: 'entity', parent: 'entity',
  conflictsWith: 'statement', source: 'source', type: 'statement-type',
};

/** The key whose value is being typed at (line, character), e.g. `actors` in `actors: [ghana, |` or in `  - |` below it. */
function keyAt(lines: readonly string[], line: number, character: number): string | undefined {
  const before = lines[line].slice(0, character);
  const own = /^\s*(?:-\s+)?([A-Za-z]+):\s*(?:\[[^\]]*)?[\w-]*$/.exec(before);
  if (own) {
    return own[1];
  }
  const item = /^(\s*)-\s*[\w-]*$/.exec(before);
  if (!item) {
    return undefined;
  }
  // A block list item: the key is on the nearest line above indented less than the dash (or equally, YAML allows it).
  for (let l = line - 1; l >= 0; l--) {
    const m = /^(\s*)(?:-\s+)?([A-Za-z]+):\s*$/.exec(lines[l]);
    if (m && m[1].length <= item[1].length) {
      return m[2];
    }
    if (lines[l].trim() !== '' && !/^\s*-/.test(lines[l])) {
      return undefined;
    }
  }
  return undefined;
}

export function idKindAt(lines: readonly string[], line: number, character: number): IdKind | undefined {
  const key = keyAt(lines, line, character);
  return key !== undefined && Object.hasOwn(KEY_KINDS, key) ? KEY_KINDS[key] : undefined;
}
