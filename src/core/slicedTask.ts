// Long work cut into slices so the extension host's thread stays free for every other extension: the work is a
// generator that yields wherever it may pause; a driver runs it for a few milliseconds at a time and gives the event
// loop a turn in between. setImmediate where there is one (Node), else setTimeout, so it also runs in a web worker.

/** Work that yields where it may pause and returns its result. */
export type Sliced<T> = Generator<void, T, void>;

/** How long one slice runs before the event loop gets a turn, in ms. */
const SLICE_MS = 4;

const nextTurn: () => Promise<void> = typeof setImmediate === 'function'
  ? () => new Promise(resolve => setImmediate(resolve))
  : () => new Promise(resolve => setTimeout(resolve, 0));

/** What a cancelled task's `done` rejects with. */
export class AbandonedWork extends Error {
  constructor() {
    super('the work was abandoned before it finished'); // not user text: caught by the callers, never shown
  }
}

export class SlicedTask<T> {
  private result: { value: T } | undefined;
  private driven: Promise<T> | undefined;
  private cancelled = false;

  constructor(private readonly work: Sliced<T>) {}

  get finished(): boolean {
    return this.result !== undefined;
  }

  /** The result, the rest of the work done now in one go if it is not done yet. */
  now(): T {
    if (this.cancelled) {
      throw new AbandonedWork();
    }
    while (!this.result) {
      this.step();
    }
    return this.result.value;
  }

  /** The result, the rest of the work done in slices; the first call starts them. */
  get done(): Promise<T> {
    return this.driven ??= this.drive();
  }

  /**
   * Stops unfinished work where it is (its `finally` blocks run): it takes no more slices, and `done` rejects with
   * AbandonedWork. A finished task keeps its result.
   */
  cancel(): void {
    if (!this.result && !this.cancelled) {
      this.cancelled = true;
      this.work.return(undefined as T);
    }
  }

  private async drive(): Promise<T> {
    while (!this.result) {
      if (this.cancelled) {
        throw new AbandonedWork();
      }
      const start = performance.now();
      while (!this.result && performance.now() - start < SLICE_MS) {
        this.step();
      }
      if (!this.result) {
        await nextTurn();
      }
    }
    return this.result.value;
  }

  private step(): void {
    const next = this.work.next();
    if (next.done) {
      this.result = { value: next.value };
    }
  }
}

/** How many bytes of a new array writtenInSlices writes between two pauses. */
const WRITE_SLICE_BYTES = 1 << 20;

/**
 * The new typed array, its memory written in order a megabyte per pause. The memory of a large new array comes
 * from the system untouched, and each page costs a fault when first written; work that then writes all over the
 * array (a counting sort) would fault in all of its pages within its first pause. On a VM whose fresh pages fault
 * slowly (tens of µs each), 60 MB at once was a step of tens of ms.
 */
export function* writtenInSlices<A extends Uint8Array | Uint16Array | Uint32Array>(array: A): Sliced<A> {
  const step = WRITE_SLICE_BYTES / array.BYTES_PER_ELEMENT;
  for (let i = 0; i < array.length; i += step) {
    array.fill(0, i, i + step);
    yield;
  }
  return array;
}

/** How many elements a sort sorts or merges between two pauses. */
const SORT_SLICE = 4096;

/**
 * The items sorted by `compare`, stable, pausing every few thousand elements: runs sorted natively, then merged
 * pairwise. Sorting 10⁶ strings at once takes about a second.
 */
export function* sortedInSlices<T>(items: readonly T[], compare: (a: T, b: T) => number): Sliced<T[]> {
  const n = items.length;
  let from: T[] = [];
  for (let lo = 0; lo < n; lo += SORT_SLICE) {
    from.push(...items.slice(lo, lo + SORT_SLICE).sort(compare));
    yield;
  }
  let to = new Array<T>(n);
  for (let width = SORT_SLICE; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let a = lo;
      let b = mid;
      for (let out = lo; out < hi; out++) {
        // Ties take the left run's element first, which keeps the sort stable.
        to[out] = b >= hi || (a < mid && compare(from[b], from[a]) >= 0) ? from[a++] : from[b++];
        if ((out & (SORT_SLICE - 1)) === 0) {
          yield;
        }
      }
    }
    [from, to] = [to, from];
  }
  return from;
}
