// npm run bench [-- --json]: bundles bench/run.ts with every bench/*.bench.ts (each registers its figures) and runs
// it with --expose-gc so retained-heap figures can be measured. Adding a suite is adding a bench/<name>.bench.ts.
// Generated inputs are cached in bench/.cache under a hash of the generator sources, so only a changed generator
// makes them again.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { installHost, readHost } from './test-host/host.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const benchDir = path.join(root, 'bench');
const suites = fs.readdirSync(benchDir).filter(f => f.endsWith('.bench.ts')).sort();
const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dprk-atlas-bench-'));
const outfile = path.join(outDir, 'bench.cjs');
// The cold-start figures run this in fresh processes (bench/coldStart.bench.ts).
const coldChild = path.join(outDir, 'coldStartChild.cjs');
const GENERATOR_SOURCES = ['corpus.ts', 'names.ts', 'random.ts', 'syntheticFactBase.ts'];
const generatorKey = createHash('sha256')
  .update(GENERATOR_SOURCES.map(f => fs.readFileSync(path.join(benchDir, f), 'utf8')).join('\0'))
  .digest('hex').slice(0, 12);
try {
  await esbuild.build({
    stdin: {
      contents: [...suites.map(s => `import './${s}';`), "import { main } from './run';", 'main(process.argv.slice(2));'].join('\n'),
      resolveDir: benchDir,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile,
    // The cold-start suite starts its child through tsx only when run unbundled (the smoke test).
    external: ['tsx/cjs'],
    logLevel: 'warning',
  });
  await esbuild.build({
    entryPoints: [path.join(benchDir, 'coldStartChild.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: coldChild, logLevel: 'warning',
  });
  // The cold-start suite's fresh processes run on the extension host's Node (the test host's Node 24), whose
  // process.threadCpuUsage times the host's thread alone; other suites need no host, so `--only` without it installs none.
  const onlyAt = process.argv.indexOf('--only');
  const coldStartRuns = onlyAt < 0 || (process.argv[onlyAt + 1] ?? '').split(',').includes('cold-start');
  if (coldStartRuns) {
    installHost();
  }
  const env = {
    ...process.env, BENCH_COLD_CHILD: coldChild, BENCH_CACHE_DIR: path.join(benchDir, '.cache'), BENCH_GENERATOR_KEY: generatorKey,
    ...(coldStartRuns ? { BENCH_HOST_NODE: readHost().node } : {}),
  };
  const result = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=8192', outfile, ...process.argv.slice(2)], { stdio: 'inherit', env });
  process.exitCode = result.status ?? 1;
} finally {
  fs.rmSync(outDir, { recursive: true, force: true });
}
