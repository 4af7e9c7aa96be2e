// A trie over folded labels in one flat Int32Array, nodes laid out depth-first so that walking down a name reads
// memory in order: a node with one child (most of them: names branch near their start) is stored with the child
// right after it, so a name's tail is one run of cells, a few cache lines, rather than a miss per letter. Such a node
// with no key ending at it is one cell holding the child's label; a walk reads one number per letter there.
//
// A node at offset o: cells[o] = flags, with SEPARATOR_AFTER, and either
// - SINGLE_CELL: the only child's label << LABEL_SHIFT; the child is at o + 1;
// - ONLY_CHILD_NEXT: cells[o + 1] = 1 + the value of the key ending here, cells[o + 2] the only child's label; the
//   child is at o + 3;
// - neither: edge count << LABEL_SHIFT; cells[o + 1] = 1 + the value (or 0), then `count` pairs (label, child offset)
//   sorted by label.
// A value cell also carries EVERY_ROW_FITS when build() was told that any walk to the key fits all its entries.

const LINEAR_SEARCH_MAX = 8;
const SEPARATOR_AFTER = 1;
const ONLY_CHILD_NEXT = 2;
const SINGLE_CELL = 4;
const LABEL_SHIFT = 3;

/**
 * In valueAt's answer: whatever separators a walk passed on the way to this key (it passes only those the trie
 * allows), every entry of the key fits, so the match needs no fit check (KeyEntries.fitOf).
 */
export const EVERY_ROW_FITS = 1 << 30;
/** Separators at depths from here on are not in a path's mask (KeyEntries checks them by a list). */
const PATH_DEPTHS = 31;

/** Labels below this (ASCII letters and digits, folded) have a direct table for a walk's first two steps. */
export const PAIR_LABELS = 128;

export class LabelTrie {
  /** By a * PAIR_LABELS + b: the node after labels a then b from the root, or -1; made on the first walk. */
  private pairs: Int32Array | undefined;

  /** `cells` as build() lays them out (the build step stores them: core/pack). */
  constructor(readonly cells: Int32Array) {}

  static readonly root = 0;

  /**
   * `keys` must be distinct; `separatorDepths[k]` ascending, each below key k's length; `values[k]` in
   * [0, EVERY_ROW_FITS). `everyRowFits(k, path)`: whether every entry of key k fits a walk that passed separators at
   * any of the depths in `path` (bit d: after d labels), the depths where the trie allows one on the way to k.
   */
  static build(
    keys: readonly number[][], separatorDepths: readonly number[][], values: ArrayLike<number>,
    everyRowFits: (key: number, path: number) => boolean = () => false,
  ): LabelTrie {
    const order = keys.map((_, i) => i).sort((a, b) => compareLabels(keys[a], keys[b]));
    const cells: number[] = [];
    const separatorCursor = new Int32Array(keys.length);
    // `path`: the depths above this node where a separator may stand, or -1 once one is at PATH_DEPTHS or deeper.
    const visit = (lo: number, hi: number, depth: number, path: number): number => {
      const node = cells.length;
      let valuePlusOne = 0;
      if (keys[order[lo]]?.length === depth) {
        const k = order[lo++];
        valuePlusOne = (values[k] + 1) | (path >= 0 && everyRowFits(k, path) ? EVERY_ROW_FITS : 0);
      }
      let separator = 0;
      for (let i = lo; i < hi; i++) {
        const k = order[i];
        if (separatorDepths[k][separatorCursor[k]] === depth) {
          separator = SEPARATOR_AFTER;
          separatorCursor[k]++;
        }
      }
      const below = separator === 0 || path < 0 ? path : depth < PATH_DEPTHS ? path | (1 << depth) : -1;
      // The children are the runs of equal labels at `depth` in order[lo, hi): counted, listed, then visited.
      const runEnd = (i: number) => {
        const label = keys[order[i]][depth];
        let end = i + 1;
        while (end < hi && keys[order[end]][depth] === label) {
          end++;
        }
        return end;
      };
      let count = 0;
      for (let i = lo; i < hi; i = runEnd(i)) {
        count++;
      }
      if (count === 1) {
        const label = keys[order[lo]][depth];
        if (valuePlusOne === 0) {
          cells.push((label << LABEL_SHIFT) | SINGLE_CELL | separator);
        } else {
          cells.push(ONLY_CHILD_NEXT | separator, valuePlusOne, label);
        }
        visit(lo, hi, depth + 1, below);
        return node;
      }
      cells.push((count << LABEL_SHIFT) | separator, valuePlusOne);
      const edges = cells.length;
      for (let i = lo; i < hi; i = runEnd(i)) {
        cells.push(keys[order[i]][depth], -1);
      }
      for (let i = lo, g = 0; i < hi; g++) {
        const end = runEnd(i);
        cells[edges + 2 * g + 1] = visit(i, end, depth + 1, below);
        i = end;
      }
      return node;
    };
    visit(0, order.length, 0, 0);
    return new LabelTrie(Int32Array.from(cells));
  }

  /** The child of `node` along `label`, or -1. */
  child(node: number, label: number): number {
    const cells = this.cells;
    const header = cells[node];
    if ((header & SINGLE_CELL) !== 0) {
      return header >>> LABEL_SHIFT === label ? node + 1 : -1;
    }
    if ((header & ONLY_CHILD_NEXT) !== 0) {
      return cells[node + 2] === label ? node + 3 : -1;
    }
    let lo = 0;
    let hi = header >>> LABEL_SHIFT;
    const edges = node + 2;
    if (hi <= LINEAR_SEARCH_MAX) {
      for (; lo < hi; lo++) {
        if (cells[edges + 2 * lo] === label) {
          return cells[edges + 2 * lo + 1];
        }
      }
      return -1;
    }
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const l = cells[edges + 2 * mid];
      if (l === label) {
        return cells[edges + 2 * mid + 1];
      }
      if (l < label) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return -1;
  }

  /**
   * The node after labels a and b from the root, or -1; both below PAIR_LABELS. One read of a 64 KB table whose
   * place the text gives, instead of a walk's two most branching steps (the root's children are searched by
   * halves). At 100× the names the walks' steps through the first word were about half their time; this took the
   * matcher 4–5% faster (DEVELOPERS.md, "A fifth look").
   */
  afterPair(a: number, b: number): number {
    return (this.pairs ??= this.pairTable())[a * PAIR_LABELS + b];
  }

  private pairTable(): Int32Array {
    const pairs = new Int32Array(PAIR_LABELS * PAIR_LABELS).fill(-1);
    for (let a = 0; a < PAIR_LABELS; a++) {
      const first = this.child(LabelTrie.root, a);
      for (let b = 0; first >= 0 && b < PAIR_LABELS; b++) {
        pairs[a * PAIR_LABELS + b] = this.child(first, b);
      }
    }
    return pairs;
  }

  /** The value of the key ending at `node` (| EVERY_ROW_FITS when build() was told so), or -1. */
  valueAt(node: number): number {
    if ((this.cells[node] & SINGLE_CELL) !== 0) {
      return -1;
    }
    const cell = this.cells[node + 1];
    return cell === 0 ? -1 : ((cell & ~EVERY_ROW_FITS) - 1) | (cell & EVERY_ROW_FITS);
  }

  separatorAllowedAfter(node: number): boolean {
    return (this.cells[node] & SEPARATOR_AFTER) !== 0;
  }
}

function compareLabels(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a[i] !== b[i]) {
      return a[i] - b[i];
    }
  }
  return a.length - b.length;
}
