// The known ids nearest to an unknown one, for the "did you mean" quick fix: within two edits (a typo, a missing
// hyphen), or sharing the typed one as a word ("mongolia" for "mongol").
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
