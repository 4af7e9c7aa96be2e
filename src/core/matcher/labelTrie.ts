// A trie over folded labels in two flat typed arrays, nodes numbered depth-first so that walking down a name reads
// neighbouring memory (a node's only child is the next node, its edges follow the parent's): a name costs a few
// cache misses at its branching points rather than one per letter.

const LINEAR_SEARCH_MAX = 8;
/** Per node: first edge, edge count << 1 | separator-after bit, 1 + the key ending here (or 0). */
const NODE_INTS = 3;
/** Per edge: label, target node. */
const EDGE_INTS = 2;

export class LabelTrie {
  private constructor(private readonly nodes: Int32Array, private readonly edges: Int32Array) {}

  static readonly root = 0;

  /** `keys` must be distinct; `separatorDepths[k]` ascending, each below key k's length. */
  static build(keys: readonly number[][], separatorDepths: readonly number[][]): LabelTrie {
    const order = keys.map((_, i) => i).sort((a, b) => compareLabels(keys[a], keys[b]));
    const nodes: number[] = [];
    const edges: number[] = [];
    const separatorCursor = new Int32Array(keys.length);
    const visit = (lo: number, hi: number, depth: number): number => {
      const node = nodes.length / NODE_INTS;
      const keyPlusOne = keys[order[lo]]?.length === depth ? order[lo++] + 1 : 0;
      let separator = 0;
      for (let i = lo; i < hi; i++) {
        const k = order[i];
        if (separatorDepths[k][separatorCursor[k]] === depth) {
          separator = 1;
          separatorCursor[k]++;
        }
      }
      const groups: [label: number, lo: number, hi: number][] = [];
      while (lo < hi) {
        const label = keys[order[lo]][depth];
        let end = lo + 1;
        while (end < hi && keys[order[end]][depth] === label) {
          end++;
        }
        groups.push([label, lo, end]);
        lo = end;
      }
      const firstEdge = edges.length / EDGE_INTS;
      nodes.push(firstEdge, (groups.length << 1) | separator, keyPlusOne);
      for (const [label] of groups) {
        edges.push(label, -1);
      }
      groups.forEach(([, glo, ghi], g) => {
        edges[(firstEdge + g) * EDGE_INTS + 1] = visit(glo, ghi, depth + 1);
      });
      return node;
    };
    visit(0, order.length, 0);
    return new LabelTrie(Int32Array.from(nodes), Int32Array.from(edges));
  }

  /** The child of `node` along `label`, or -1. */
  child(node: number, label: number): number {
    const edges = this.edges;
    let lo = this.nodes[node * NODE_INTS];
    let hi = lo + (this.nodes[node * NODE_INTS + 1] >> 1);
    if (hi - lo <= LINEAR_SEARCH_MAX) {
      for (; lo < hi; lo++) {
        if (edges[lo * EDGE_INTS] === label) {
          return edges[lo * EDGE_INTS + 1];
        }
      }
      return -1;
    }
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const l = edges[mid * EDGE_INTS];
      if (l === label) {
        return edges[mid * EDGE_INTS + 1];
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
    return this.nodes[node * NODE_INTS + 2] - 1;
  }

  separatorAllowedAfter(node: number): boolean {
    return (this.nodes[node * NODE_INTS + 1] & 1) === 1;
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
