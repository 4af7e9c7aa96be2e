// A slow, plainly written name finder that states the matching rules directly, to check NameMatcher against.
// It shares only the per-code-point definition (describeCodePoint) with the matcher: no tables, trie or filter.
import { describeCodePoint } from '../../src/core/matcher/fold';
import type { NameEntry, NameMatch } from '../../src/core/matcher';

interface OracleName {
  entry: NameEntry;
  labels: number[];
  separatorDepths: Set<number>;
  capitalsOnly: boolean;
}

interface CodePoint {
  start: number;
  end: number;
  separator: boolean;
  ignorable: boolean;
  word: boolean;
  labels: number[];
}

export class OracleMatcher {
  /** Names by a hash of their labels; candidates are confirmed label by label. */
  private readonly byHash = new Map<number, OracleName[]>();
  private longest = 0;

  constructor(entries: Iterable<NameEntry>) {
    for (const entry of entries) {
      const name = readName(entry);
      if (name) {
        const h = hashLabels(name.labels);
        this.byHash.set(h, [...(this.byHash.get(h) ?? []), name]);
        this.longest = Math.max(this.longest, name.labels.length);
      }
    }
  }

  /**
   * At each word start, left to right, the longest span that ends before a non-word char and whose labels, with
   * separators dropped, are some name's labels, its separators standing only where that name has them and, for a
   * name in capitals, with no lower-case letter. The next search starts after it.
   */
  findAll(text: string): NameMatch[] {
    const cps = codePoints(text);
    const out: NameMatch[] = [];
    let after = 0;
    for (let a = 0; a < cps.length; a++) {
      if (cps[a].start < after || !cps[a].word || previousIsWord(cps, a)) {
        continue;
      }
      let best: NameMatch | undefined;
      const labels: number[] = [];
      const separators: number[] = [];
      for (let b = a; b < cps.length && labels.length <= this.longest; b++) {
        const cp = cps[b];
        if (cp.separator) {
          separators.push(labels.length);
          continue;
        }
        if (cp.ignorable) {
          continue;
        }
        labels.push(...cp.labels);
        let e = b + 1;
        while (e < cps.length && cps[e].ignorable) {
          e++;
        }
        if (e < cps.length && cps[e].word) {
          continue;
        }
        const end = e < cps.length ? cps[e].start : text.length;
        best = this.matchOn(text, cps[a].start, end, labels, separators) ?? best;
      }
      if (best) {
        out.push(best);
        after = best.end;
      }
    }
    return out;
  }

  private matchOn(text: string, start: number, end: number, labels: number[], separators: number[]): NameMatch | undefined {
    const span = text.slice(start, end);
    const fitting = (this.byHash.get(hashLabels(labels)) ?? []).filter(n =>
      n.labels.length === labels.length && n.labels.every((l, i) => l === labels[i]) &&
      separators.every(d => n.separatorDepths.has(d)) &&
      !(n.capitalsOnly && /\p{Ll}/u.test(span)));
    if (fitting.length === 0) {
      return undefined;
    }
    const entityIds = [...new Set(fitting.map(n => n.entry.entityId))];
    return {
      start, end, entityIds,
      confidence: fitting.some(n => n.entry.confidence === 'name') ? 'name' : 'demonym',
      matchedName: fitting[0].entry.text,
      ambiguous: entityIds.length > 1 || fitting.some(n => n.entry.ambiguous === true),
    };
  }
}

function codePoints(text: string): CodePoint[] {
  const out: CodePoint[] = [];
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i)!;
    const end = i + (cp > 0xffff ? 2 : 1);
    out.push({ start: i, end, ...describeCodePoint(cp) });
    i = end;
  }
  return out;
}

/** Marks belong to what they follow, so look past them. */
function previousIsWord(cps: CodePoint[], a: number): boolean {
  let p = a - 1;
  while (p >= 0 && cps[p].ignorable) {
    p--;
  }
  return p >= 0 && cps[p].word;
}

/** A name's labels (separators and marks dropped) and where its separators stand; it must begin with a letter or digit. */
function readName(entry: NameEntry): OracleName | undefined {
  const cps = codePoints(entry.text).filter(c => !c.ignorable);
  const firstSolid = cps.find(c => !c.separator);
  if (!firstSolid?.word) {
    return undefined;
  }
  const labels: number[] = [];
  const separatorDepths = new Set<number>();
  for (const cp of cps) {
    if (cp.separator) {
      separatorDepths.add(labels.length);
    } else {
      labels.push(...cp.labels);
    }
  }
  const capitalsOnly = !/\p{Ll}/u.test(entry.text) && (entry.text.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
  return { entry, labels, separatorDepths, capitalsOnly };
}

function hashLabels(labels: readonly number[]): number {
  let h = 17;
  for (const l of labels) {
    h = (Math.imul(h, 0x2c1b3c6d) ^ l) | 0;
  }
  return h;
}
