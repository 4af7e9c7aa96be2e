import * as assert from 'assert';
import * as path from 'path';
import { FactBase } from '../../src/core/factBase';
import { loadFactBase, readDataDir } from '../../src/core/loader';
import { factBaseFromBytes } from '../../src/core/pack/factBasePack';
import { packFactBase } from '../../src/core/pack/writeFactBasePack';
import { SearchIndex } from '../../src/core/search/searchIndex';
import { GrowingArray } from '../../src/core/search/growingArray';
import { AbandonedWork, type Sliced, SlicedTask, sortedInSlices, writtenInSlices } from '../../src/core/slicedTask';

/** Work of `steps` pauses, each busy for about `ms`. */
function* busyWork(steps: number, ms: number): Sliced<number> {
  for (let i = 0; i < steps; i++) {
    const until = performance.now() + ms;
    while (performance.now() < until) {
      // busy
    }
    yield;
  }
  return steps;
}

/** A small deterministic generator (mulberry32), so a failure repeats. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

describe('sliced work', () => {
  it('gives the event loop turns while it runs, and its result at the end', async () => {
    let turns = 0;
    let counting = true;
    const count = () => {
      turns++;
      if (counting) {
        setImmediate(count);
      }
    };
    setImmediate(count);
    const result = await new SlicedTask(busyWork(40, 2)).done;
    counting = false;
    assert.equal(result, 40);
    // 80 ms of work in slices of a few ms: the loop turned several times meanwhile.
    assert.ok(turns >= 5, `only ${turns} turns of the event loop during the work`);
  });

  it('finishes at once what is still running in slices, and both callers get the one result', async () => {
    const task = new SlicedTask(busyWork(1000, 0.05));
    const sliced = task.done;
    assert.equal(task.finished, false);
    assert.equal(task.now(), 1000);
    assert.equal(task.finished, true);
    assert.equal(await sliced, 1000);
  });

  it('stops cancelled work where it is: no more slices, its finally blocks run, and done rejects', async () => {
    let steps = 0;
    let cleanedUp = false;
    function* counting(): Sliced<string> {
      try {
        for (;;) {
          steps++;
          yield;
        }
      } finally {
        cleanedUp = true;
      }
    }
    const task = new SlicedTask(counting());
    const done = task.done;
    await new Promise(resolve => setTimeout(resolve, 20));
    assert.ok(steps > 0, 'the work had begun');
    task.cancel();
    const stoppedAt = steps;
    await assert.rejects(done, AbandonedWork);
    await new Promise(resolve => setTimeout(resolve, 20));
    assert.equal(steps, stoppedAt, 'no step ran after the cancel');
    assert.ok(cleanedUp, 'the work was closed');
    assert.equal(task.finished, false);
    assert.throws(() => task.now(), AbandonedWork);
  });

  it('keeps the result of work that finished before it was cancelled', async () => {
    const task = new SlicedTask(busyWork(3, 0));
    assert.equal(await task.done, 3);
    task.cancel();
    assert.equal(task.now(), 3);
    assert.equal(await task.done, 3);
  });

  it('writes a new array a megabyte per pause, and a chunked array out a chunk per pause', () => {
    const counted = <T>(work: Sliced<T>): [T, number] => {
      let pauses = 0;
      for (;;) {
        const next = work.next();
        if (next.done) {
          return [next.value, pauses];
        }
        pauses++;
      }
    };
    const big = new Uint32Array(3 * 262_144 + 5);
    const [written, writes] = counted(writtenInSlices(big));
    assert.equal(written, big);
    assert.equal(writes, 4, 'a pause after each megabyte');
    const chunked = new GrowingArray(Uint16Array);
    const values = Array.from({ length: 2 * 65_536 + 3 }, (_, i) => (i * 7919) & 0xffff);
    values.forEach(v => chunked.push(v));
    const [all, copies] = counted(chunked.inSlices());
    assert.deepEqual(Array.from(all), values);
    assert.equal(copies, 3, 'a pause after each chunk');
    assert.deepEqual(Array.from(new SlicedTask(new GrowingArray(Uint32Array).inSlices()).now()), []);
  });

  it('sorts as a stable native sort does, across the runs it merges', () => {
    for (const [length, keys] of [[0, 1], [7, 3], [4096, 10], [4097, 10], [30_000, 50], [30_000, 30_000]]) {
      const random = seeded(length + keys);
      const items = Array.from({ length }, (_, i) => ({ key: Math.floor(random() * keys), i }));
      const compare = (a: { key: number }, b: { key: number }) => a.key - b.key;
      assert.deepEqual(new SlicedTask(sortedInSlices(items, compare)).now(), [...items].sort(compare), `${length} items, ${keys} keys`);
    }
  });
});

describe('search index built in slices', () => {
  const data = loadFactBase(readDataDir(path.join(__dirname, '../../data'))).factBase;

  it('abandons an unfinished build: waiting callers are told, and the next request builds anew', async () => {
    const fb = new FactBase(data);
    const first = SearchIndex.whenBuilt(fb);
    SearchIndex.abandon(fb);
    await assert.rejects(first, AbandonedWork);
    assert.equal(SearchIndex.isBuilt(fb), false);
    const index = await SearchIndex.whenBuilt(fb);
    assert.deepEqual(index.search('ghana 1964').map(d => d.id), SearchIndex.forFactBase(new FactBase(data)).search('ghana 1964').map(d => d.id));
    SearchIndex.abandon(fb);
    assert.equal(SearchIndex.isBuilt(fb), true, 'a finished index stays');
    assert.equal(SearchIndex.forFactBase(fb), index);
  });

  it('answers as the index finished at once does, over the pack', async () => {
    const sliced = await SearchIndex.whenBuilt(factBaseFromBytes(packFactBase(data)));
    const atOnce = SearchIndex.forFactBase(new FactBase(data));
    for (const query of ['ghana', '1964', 'embassy closed', 'kim il', 'mongolia 1999', 'pyongyang']) {
      assert.deepEqual(sliced.search(query).map(d => d.id), atOnce.search(query).map(d => d.id), query);
    }
  });
});
