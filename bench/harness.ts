// The bench harness: suites register figures into one table; inputs are generated once per run and shared.
// Figures are ratios against baselines run in the same process on the same input (absolute ones are for the record).
import * as fs from 'fs';
import * as path from 'path';
import type { CompiledFactBase } from '../src/core/model';
import { packFactBase } from '../src/core/pack/writeFactBasePack';
import { generateProse, nameForms } from './corpus';
import { factBaseSize, generateFactBase } from './syntheticFactBase';

export interface Goal {
  op: '>=' | '<=' | '===';
  target: number | boolean;
}

export interface Figure {
  key: string;
  value: number | boolean;
  goal?: Goal;
  /** How it was measured, when the key alone does not say. */
  note?: string;
}

export interface BenchSizes {
  /** Fraction of the full fact-base scales (1 for the real run). */
  fraction: number;
  proseChars: number;
  longProseChars: number;
  singleLineChars: number;
  /** What a slow baseline's run on a prefix should take. */
  baselineMs: number;
  /** Timed runs per measurement; the fastest counts. */
  repeats: number;
  /** CPU time each function of a load measurement runs untimed first (see fastestMsWarm). */
  warmUpMs: number;
}

export const FULL_SIZES: BenchSizes = {
  fraction: 1, proseChars: 1e6, longProseChars: 1e7, singleLineChars: 1e6, baselineMs: 2000, repeats: 5, warmUpMs: 1000,
};
export const SMOKE_SIZES: BenchSizes = {
  fraction: 0.002, proseChars: 20_000, longProseChars: 40_000, singleLineChars: 20_000, baselineMs: 5, repeats: 1, warmUpMs: 0,
};

export type Scale = 1 | 10 | 100;
export type CorpusName = 'prose-1mb' | 'prose-10mb' | 'single-line-1mb';

/**
 * Where generated inputs are kept between runs, and a key naming the generator's code (scripts/bench.mjs hashes the
 * generator sources), so a changed generator never reads an old input. Without it nothing is cached.
 */
export interface InputCache {
  dir: string;
  generatorKey: string;
}

export class BenchContext {
  private readonly factBases = new Map<Scale, CompiledFactBase>();
  private readonly corpora = new Map<CorpusName, string>();

  constructor(
    readonly sizes: BenchSizes,
    readonly log: (message: string) => void = () => undefined,
    private readonly cache?: InputCache,
  ) {}

  /** The synthetic fact base at 1×, 10× or 100× (times sizes.fraction). */
  factBase(scale: Scale): CompiledFactBase {
    let fb = this.factBases.get(scale);
    if (!fb) {
      fb = JSON.parse(this.factBaseJson(scale)) as CompiledFactBase;
      this.factBases.set(scale, fb);
    }
    return fb;
  }

  /**
   * The fact base as the build writes it (dist/factbase.json): one JSON string, read again on each call when cached,
   * so 100 MB strings do not stay in the heap the other suites measure and collect.
   */
  factBaseJson(scale: Scale): string {
    const size = factBaseSize(scale, this.sizes.fraction);
    return this.cached(`factbase-${Object.values(size).join('-')}.json`, () => {
      this.log(`generating the ${scale}× fact base`);
      return JSON.stringify(generateFactBase(size));
    });
  }

  /** The fact base as the build ships it (dist/factbase.pack), packed once per run. */
  factBasePack(scale: Scale): Uint8Array {
    return this.memo(`pack-${scale}`, () => {
      this.log(`packing the ${scale}× fact base as the build does`);
      return packFactBase(this.factBase(scale));
    });
  }

  /** Prose with names of the 100× fact base sprinkled in, as one flat string. */
  corpus(name: CorpusName): string {
    let text = this.corpora.get(name);
    if (!text) {
      const { proseChars, longProseChars, singleLineChars } = this.sizes;
      const [length, paragraphs, seed] = name === 'prose-1mb' ? [proseChars, true, 1] as const
        : name === 'prose-10mb' ? [longProseChars, true, 10] as const : [singleLineChars, false, 2] as const;
      const file = `${name}-${this.sizes.fraction}-${length}-${seed}.txt`;
      text = flatten(this.cached(file, () => {
        this.log(`generating the ${name} corpus`);
        return generateProse(this.nameForms(), { length, paragraphs, seed });
      }));
      this.corpora.set(name, text);
    }
    return text;
  }

  private readonly shared = new Map<string, unknown>();
  /** What several suites use (a model, a matcher), made by the first that asks. */
  memo<T>(key: string, make: () => T): T {
    if (!this.shared.has(key)) {
      this.shared.set(key, make());
    }
    return this.shared.get(key) as T;
  }

  private forms: string[][] | undefined;
  private nameForms(): string[][] {
    return this.forms ??= nameForms(this.factBase(100));
  }

  /** The text in the cache under `file` (made and stored by `make` when missing). */
  private cached(file: string, make: () => string): string {
    if (!this.cache) {
      return make();
    }
    const { dir, generatorKey } = this.cache;
    const full = path.join(dir, `${generatorKey}-${file}`);
    if (fs.existsSync(full)) {
      return fs.readFileSync(full, 'utf8');
    }
    const text = make();
    fs.mkdirSync(dir, { recursive: true });
    // Inputs of an older generator are never read again.
    for (const old of fs.readdirSync(dir).filter(f => !f.startsWith(`${generatorKey}-`))) {
      fs.rmSync(path.join(dir, old), { force: true });
    }
    fs.writeFileSync(`${full}.tmp`, text);
    fs.renameSync(`${full}.tmp`, full);
    return text;
  }
}

type Suite = (ctx: BenchContext) => Figure[];
const suites: { name: string; run: Suite }[] = [];

/** Called at import time by each bench/*.bench.ts module. */
export function registerBench(name: string, run: Suite): void {
  suites.push({ name, run });
}

export interface SuiteResult {
  suite: string;
  figures: Figure[];
  error?: string;
}

export function suiteNames(): string[] {
  return suites.map(s => s.name);
}

/** Runs the suites in order, or only those named in `only`. */
export function runBenches(ctx: BenchContext, only?: readonly string[]): SuiteResult[] {
  return suites.filter(({ name }) => !only || only.includes(name)).map(({ name, run }) => {
    ctx.log(`running ${name}`);
    try {
      return { suite: name, figures: run(ctx) };
    } catch (e) {
      return { suite: name, figures: [], error: e instanceof Error ? e.stack ?? e.message : String(e) };
    }
  });
}

export function meetsGoal(f: Figure): boolean | undefined {
  if (!f.goal) {
    return undefined;
  }
  const { op, target } = f.goal;
  return op === '>=' ? f.value >= target : op === '<=' ? f.value <= target : f.value === target;
}

/** The exact floor of issue 8: one pass of `h = (h + s.charCodeAt(i)) | 0`. */
export function floorHash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) {
    h = (h + s.charCodeAt(i)) | 0;
  }
  return h;
}

/** Keeps results alive so the timed work cannot be optimised away. */
export let sink: unknown;

/**
 * Fastest of `repeats` runs of each function, in CPU time (so a shared machine's other work does not count), run in
 * turns so each sees the same load.
 */
export function fastestMs(repeats: number, ...fns: (() => unknown)[]): number[] {
  const best = fns.map(() => Infinity);
  for (let r = 0; r < repeats; r++) {
    fns.forEach((fn, i) => {
      const before = process.cpuUsage();
      sink = fn();
      const { user, system } = process.cpuUsage(before);
      best[i] = Math.min(best[i], (user + system) / 1000);
    });
  }
  return best;
}

/**
 * Fastest of `repeats` runs of each function as fastestMs, for work that builds something large (a whole fact base).
 * Each function first runs untimed until it has used `warmUpMs` of CPU: at a small input that is many runs, so the
 * timed runs use optimised code, as a single long run at a large input does for most of its time. The previous
 * result is dropped before each timed run, so no run builds while the last one's (at 100×, hundreds of MB) is still
 * alive. No collection is forced in between: with one forced before each run, the load ran slower at both scales
 * (fastest 1× 7.5 vs 5.5 ms, 100× 2.9 vs 2.4 s).
 */
export function fastestMsWarm(repeats: number, warmUpMs: number, ...fns: (() => unknown)[]): number[] {
  for (const fn of fns) {
    let used = 0;
    do {
      used += fastestMs(1, fn)[0];
    } while (used < warmUpMs);
  }
  const best = fns.map(() => Infinity);
  for (let r = 0; r < repeats; r++) {
    fns.forEach((fn, i) => {
      sink = undefined;
      best[i] = Math.min(best[i], fastestMs(1, fn)[0]);
    });
  }
  sink = undefined;
  return best;
}

/**
 * MB/s of a slow function on a prefix of `text` doubled until one run takes at least a quarter of `budgetMs` (so a
 * quadratic baseline's next doubling could still have fit the budget), after two untimed runs on a short prefix (a
 * RegExp compiles on its first run and is tiered up to native code on its second). No extrapolation: Aho–Corasick's
 * search here slows down faster than its input grows (0.84 s on 64k chars, 190–245 s on 128k–152k), so its MB/s
 * holds only for the prefix measured.
 */
export function mbPerSecondOnPrefix(text: string, budgetMs: number, run: (prefix: string) => unknown): { mbPerSecond: number; chars: number } {
  let chars = Math.min(1000, text.length);
  run(text.slice(0, chars));
  run(text.slice(0, chars));
  for (; ;) {
    const [ms] = fastestMs(1, () => run(text.slice(0, chars)));
    if (ms >= budgetMs / 4 || chars === text.length) {
      return { mbPerSecond: mbPerSecond(chars, ms), chars };
    }
    chars = Math.min(text.length, chars * 2);
  }
}

/** Below this a CPU-time reading is noise; tiny smoke runs are floored to it. */
const MIN_MEASURABLE_MS = 0.01;

/** MB here are millions of UTF-16 code units (the corpora are nearly all ASCII). */
export function mbPerSecond(chars: number, ms: number): number {
  return chars / 1e6 / (Math.max(ms, MIN_MEASURABLE_MS) / 1000);
}

/** Heap (typed-array buffers included) retained by what `build` returns, in MB (NaN unless node runs with --expose-gc). */
export function retainedMb<T>(build: () => T): { value: T; mb: number } {
  const gc = (globalThis as { gc?: () => void }).gc;
  const used = () => {
    // Twice: the backing stores of typed arrays that one collection finds dead are freed by the next.
    gc?.();
    gc?.();
    const { heapUsed, external } = process.memoryUsage();
    return heapUsed + external;
  };
  const before = used();
  const value = build();
  const after = used();
  return { value, mb: gc ? (after - before) / 1e6 : NaN };
}

/** A flat copy, so no timed loop pays for a rope or a sliced string. */
function flatten(s: string): string {
  return Buffer.from(s, 'utf16le').toString('utf16le');
}

/** npm runs the bench, and mocha the smoke test, from the repository root. */
export function repoRoot(): string {
  let dir = process.cwd();
  while (!fs.existsSync(path.join(dir, 'esbuild.mjs')) && path.dirname(dir) !== dir) {
    dir = path.dirname(dir);
  }
  return dir;
}
