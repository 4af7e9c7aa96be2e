// A trie over folded labels in flat typed arrays, nodes in breadth-first order so that each node's children are
// one contiguous run, sorted by label: a few bytes per node and no objects, however many names there are.

const LINEAR_SEARCH_MAX = 8;

export class LabelTrie {
  private constructor(
    /** The label on the edge into each node. */
    private readonly labels: Int32Array,
    /** Children of node n are firstChild[n] .. firstChild[n + 1] - 1. */
    private readonly firstChild: Int32Array,
    /** 1 + the key ending at each node, or 0. */
    private readonly keyPlusOne: Int32Array,
    /** 1 where some key has a separator after this node's labels. */
    private readonly separatorAfter: Uint8Array,
  ) {}

  static readonly root = 0;

  /** `keys` must be distinct; `separatorDepths[k]` ascending, each below key k's length. */
  static build(keys: readonly number[][], separatorDepths: readonly number[][]): LabelTrie {
    const order = keys.map((_, i) => i).sort((a, b) => compareLabels(keys[a], keys[b]));
    const labels = [0];
    const firstChild: number[] = [];
    const keyPlusOne: number[] = [];
    const separatorAfter: number[] = [];
    const rangeStart = [0];
    const rangeEnd = [order.length];
    const depthOf = [0];
    const separatorCursor = new Int32Array(keys.length);
    for (let node = 0; node < labels.length; node++) {
      let lo = rangeStart[node];
      const hi = rangeEnd[node];
      const depth = depthOf[node];
      firstChild.push(labels.length);
      keyPlusOne.push(keys[order[lo]]?.length === depth ? order[lo++] + 1 : 0);
      let separator = 0;
      for (let i = lo; i < hi; i++) {
        const k = order[i];
        if (separatorDepths[k][separatorCursor[k]] === depth) {
          separator = 1;
          separatorCursor[k]++;
        }
      }
      separatorAfter.push(separator);
      while (lo < hi) {
        const label = keys[order[lo]][depth];
        let end = lo + 1;
        while (end < hi && keys[order[end]][depth] === label) {
          end++;
        }
        labels.push(label);
        rangeStart.push(lo);
        rangeEnd.push(end);
        depthOf.push(depth + 1);
        lo = end;
      }
    }
    firstChild.push(labels.length);
    return new LabelTrie(Int32Array.from(labels), Int32Array.from(firstChild), Int32Array.from(keyPlusOne), Uint8Array.from(separatorAfter));
  }

  /** The child of `node` along `label`, or -1. */
  child(node: number, label: number): number {
    let lo = this.firstChild[node];
    let hi = this.firstChild[node + 1];
    const labels = this.labels;
    if (hi - lo <= LINEAR_SEARCH_MAX) {
      for (; lo < hi; lo++) {
        if (labels[lo] === label) {
          return lo;
        }
      }
      return -1;
    }
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const l = labels[mid];
      if (l === label) {
        return mid;
      }
      if (l < label) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return -1;
  }

  /** The key ending at `node`, or -1. */
  keyAt(node: number): number {
    return this.keyPlusOne[node] - 1;
  }

  separatorAllowedAfter(node: number): boolean {
    return this.separatorAfter[node] === 1;
  }

  get byteLength(): number {
    return this.labels.byteLength + this.firstChild.byteLength + this.keyPlusOne.byteLength + this.separatorAfter.byteLength;
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
