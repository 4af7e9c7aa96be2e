// The known ids nearest to an unknown one, for the "did you mean" quick fix: within two edits (a typo, a missing
// hyphen), or sharing the typed one as a word ("mongolia" for "mongol"); and a long list of ids narrowed down to what
// is typed, for completion.
export function nearIds(unknown: string, known: Iterable<string>, limit = 3): string[] {
  const scored: [number, string][] = [];
  for (const id of known) {
    const distance = editDistanceUpTo(unknown, id, 2);
    if (distance <= 2) {
      scored.push([distance, id]);
    } else if (unknown.length >= 4 && (id.startsWith(unknown) || id.split('-').includes(unknown))) {
      scored.push([3, id]);
    }
  }
  return scored.sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1])).slice(0, limit).map(([, id]) => id);
}

/** Levenshtein distance, or `bound + 1` as soon as it must exceed `bound`. */
function editDistanceUpTo(a: string, b: string, bound: number): number {
  if (Math.abs(a.length - b.length) > bound) {
    return bound + 1;
  }
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      rowMin = Math.min(rowMin, current[j]);
    }
    if (rowMin > bound) {
      return bound + 1;
    }
    previous = current;
  }
  return previous[b.length];
}

/**
 * At most `limit` of the items, those whose text holds the typed characters in order (ignoring case), as any fuzzy
 * filter of an editor's completion requires, the ones whose text starts with what is typed first; all of them when
 * they are no more than `limit`.
 */
export function narrowedToTyped<T>(items: readonly T[], text: (item: T) => string, typed: string, limit: number): readonly T[] {
  if (items.length <= limit) {
    return items;
  }
  const wanted = typed.toLowerCase();
  const starting: T[] = [];
  const holding: T[] = [];
  for (const item of items) {
    const t = text(item).toLowerCase();
    if (t.startsWith(wanted)) {
      starting.push(item);
      if (starting.length === limit) {
        break;
      }
    } else if (holding.length < limit && holdsInOrder(t, wanted)) {
      holding.push(item);
    }
  }
  return [...starting, ...holding].slice(0, limit);
}

function holdsInOrder(text: string, chars: string): boolean {
  let at = 0;
  for (let i = 0; i < chars.length; i++) {
    at = text.indexOf(chars[i], at) + 1;
    if (at === 0) {
      return false;
    }
  }
  return true;
}
