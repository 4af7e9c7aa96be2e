// Cold-start figures of issue 19, each sample a fresh process (bench/coldStartChild.ts) given the 100× base's
// shipped form (the pack the build writes): its CPU time from those bytes to the first rendered card, and the longest step between yields to the
// event loop in what a user does first, both against JSON.parse of the same base's compiled JSON in a fresh process.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { loadFactBase, readDataDir } from '../src/core/loader';
import type { CompiledFactBase } from '../src/core/model';
import { packFactBase } from '../src/core/pack/writeFactBasePack';
import type { ColdResult, ColdTask } from './coldStartChild';
import { hoverTask } from './firstRequests';
import { type Figure, registerBench, repoRoot } from './harness';

registerBench('cold-start', ctx => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dprk-atlas-cold-'));
  try {
    const json = path.join(dir, 'factbase.json');
    fs.writeFileSync(json, ctx.factBaseJson(100));
    const pack = path.join(dir, 'factbase.pack');
    fs.writeFileSync(pack, ctx.factBasePack(100));
    const hover = hoverTask(ctx.factBase(100));
    const task = { ...hover, query: nameOf(ctx.factBase(100), hover.entityId).toLowerCase(), file: pack };
    const samples = Math.min(ctx.sizes.repeats, 3);
    ctx.log(`timing ${samples} fresh processes each: JSON.parse, the first card`);
    const parseMs = fastest(samples, () => runChild({ ...task, mode: 'json-parse', file: json }).cpuMs);
    const cardMs = fastest(samples, () => runChild({ ...task, mode: 'first-card' }).cpuMs);
    ctx.log('timing the bundled base: bytes to the first card from the pack and from compiled JSON');
    const bundled = loadFactBase(readDataDir(path.join(repoRoot(), 'data'))).factBase;
    const bundledJson = path.join(dir, 'bundled.json');
    const bundledPack = path.join(dir, 'bundled.pack');
    fs.writeFileSync(bundledJson, JSON.stringify(bundled));
    fs.writeFileSync(bundledPack, packFactBase(bundled));
    const bundledTask: ColdTask = { ...hoverTask(bundled), query: '', mode: 'first-card', file: bundledPack };
    const bundledPackMs = fastest(samples, () => runChild(bundledTask).cpuMs);
    const bundledJsonMs = fastest(samples, () => runChild({ ...bundledTask, file: bundledJson }).cpuMs);
    // A longest step is one maximum per process, so fastest-of would pick the luckiest process: the median of a few.
    ctx.log(`timing the longest steps in ${samples} fresh processes`);
    const stepRuns = Array.from({ length: samples }, () => runChild({ ...task, mode: 'steps' }));
    const longests = stepRuns.map(run => Object.entries(run.longestSteps ?? {}).reduce((a, b) => (b[1] > a[1] ? b : a), ['', 0]));
    const [longestPhase, longestMs] = medianBy(longests, ([, ms]) => ms);
    const phases = Object.keys(stepRuns[0].longestSteps ?? {});
    const phaseMedian = (phase: string) => medianBy(stepRuns.map(run => run.longestSteps?.[phase] ?? 0), ms => ms);
    const figures: Figure[] = [
      {
        key: 'cold_start_100x_vs_json_parse', value: cardMs / parseMs, goal: { op: '<=', target: 1 },
        note: `bytes to the first card ${cardMs.toFixed(0)} ms vs JSON.parse ${parseMs.toFixed(0)} ms, CPU of the whole process, fastest of ${samples} fresh processes`,
      },
      {
        key: 'cold_start_bundled_pack_vs_json', value: bundledPackMs / bundledJsonMs, goal: { op: '<=', target: 1 },
        note: `the bundled base, bytes to the first card: pack ${bundledPackMs.toFixed(1)} ms, compiled JSON (parsed, indexed, matcher built) ${bundledJsonMs.toFixed(1)} ms`,
      },
      {
        key: 'cold_longest_step_vs_json_parse_100x', value: longestMs / parseMs, goal: { op: '<=', target: 0.05 },
        note: `median of ${samples} fresh processes' longest steps (${longests.map(([, ms]) => ms.toFixed(0)).join(', ')} ms): ${longestMs.toFixed(0)} ms in ${longestPhase}; ` +
          `per phase, medians: ${phases.map(p => `${p} ${phaseMedian(p).toFixed(0)}`).join(', ')}; ` +
          `Node ${childNodeVersion()}, ${stepRuns[0].threadTime ? "the main thread's CPU" : 'CPU of the whole process (an upper bound)'}`,
      },
    ];
    return figures;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

function nameOf(base: CompiledFactBase, entityId: string): string {
  return base.entities.find(e => e.id === entityId)!.name;
}

/**
 * The extension host's Node where scripts/bench.mjs found it (the test host's Node 24, which can time one thread),
 * else this one.
 */
function childNode(): string {
  return process.env.BENCH_HOST_NODE ?? process.execPath;
}

function childNodeVersion(): string {
  return spawnSync(childNode(), ['--version'], { encoding: 'utf8' }).stdout.trim();
}

function fastest(samples: number, run: () => number): number {
  return Math.min(...Array.from({ length: samples }, run));
}

/** The middle item by `value` (the lower of the two middle ones for an even count). */
function medianBy<T>(items: readonly T[], value: (item: T) => number): T {
  return [...items].sort((a, b) => value(a) - value(b))[(items.length - 1) >> 1];
}

/**
 * Runs one fresh process: the bundled child beside the bench bundle (scripts/bench.mjs sets BENCH_COLD_CHILD), or
 * the TypeScript source through tsx when the suites run unbundled (the smoke test).
 */
function runChild(task: ColdTask): ColdResult {
  const child = process.env.BENCH_COLD_CHILD;
  const args = child ? [child] : ['--require', require.resolve('tsx/cjs'), path.join(__dirname, 'coldStartChild.ts')];
  const result = spawnSync(childNode(), ['--max-old-space-size=8192', ...args, JSON.stringify(task)], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (result.status !== 0) {
    throw new Error(`the ${task.mode} process failed (${result.status ?? result.signal}): ${result.stderr}`);
  }
  return JSON.parse(result.stdout) as ColdResult;
}
