// Entry of `npm run bench` (bundled by scripts/bench.mjs together with every bench/*.bench.ts): runs the suites
// (`--only matcher,search`: those alone), prints the table, and with --json one JSON object on the last line.
import * as os from 'os';
import { BenchContext, FULL_SIZES, type SuiteResult, meetsGoal, runBenches, suiteNames } from './harness';

export function main(args: string[]): void {
  const started = performance.now();
  const { BENCH_CACHE_DIR: dir, BENCH_GENERATOR_KEY: generatorKey } = process.env;
  const cache = dir && generatorKey ? { dir, generatorKey } : undefined;
  const ctx = new BenchContext(FULL_SIZES, message => console.error(`[bench] ${((performance.now() - started) / 1000).toFixed(0)} s: ${message}`), cache);
  const onlyAt = args.indexOf('--only');
  const only = onlyAt >= 0 ? args[onlyAt + 1]?.split(',') ?? [] : undefined;
  const unknown = only?.filter(name => !suiteNames().includes(name)) ?? [];
  if (only?.length === 0 || unknown.length > 0) {
    console.error(`--only takes suite names separated by commas: ${suiteNames().join(', ')} (not: ${unknown.join(', ') || 'nothing'})`);
    process.exitCode = 2;
    return;
  }
  const results = runBenches(ctx, only);
  const machine = `${os.cpus()[0]?.model ?? 'unknown CPU'} ×${os.cpus().length}, node ${process.version}, ${os.platform()}`;
  console.log(table(results));
  console.log(`\n${machine}; ${((performance.now() - started) / 1000).toFixed(0)} s`);
  const failed = results.filter(r => r.error);
  for (const r of failed) {
    console.log(`\n${r.suite} failed:\n${r.error}`);
  }
  if (args.includes('--json')) {
    const figures = Object.fromEntries(results.flatMap(r => r.figures.map(f => [f.key, f.value])));
    console.log(JSON.stringify({ machine, figures, errors: failed.map(r => r.suite) }));
  }
  process.exitCode = failed.length > 0 ? 1 : 0;
}

function table(results: SuiteResult[]): string {
  const rows = results.flatMap(r => r.figures.map(f => {
    const ok = meetsGoal(f);
    const value = typeof f.value === 'number' ? format(f.value) : String(f.value);
    const goal = f.goal ? `${f.goal.op} ${f.goal.target}` : '';
    return [f.key, value, goal, ok === undefined ? '' : ok ? 'ok' : 'MISSED', f.note ?? ''];
  }));
  const header = ['figure', 'value', 'goal', '', 'note'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map(r => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  return [line(header), line(widths.map(w => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

function format(n: number): string {
  return Number.isInteger(n) ? String(n) : Math.abs(n) >= 100 ? n.toFixed(0) : n.toPrecision(3);
}
