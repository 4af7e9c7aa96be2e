// npm test: everything from a fresh clone. Installs npm dependencies when missing, lints, type-checks, builds, runs
// the unit tests, installs the VS Code test host (once, into a cache outside git), runs the host tests in it, the web
// worker host's suite, then the harness self-test. The last line is always `N passed, N failed` (tests summed; a
// failed step counts as a failure).
// Steps can be picked for a quicker loop: `npm test -- unit`, `npm test -- build host`; DPRK_ATLAS_HOST_ONLY=tree,reader
// runs only the host test files whose names contain one of those words.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const STEPS = ['lint', 'typecheck', 'build', 'unit', 'host', 'web', 'harness'];
const chosen = process.argv.slice(2);
const unknown = chosen.filter(s => !STEPS.includes(s));
if (unknown.length > 0) {
  console.error(`unknown step(s): ${unknown.join(', ')}; steps are: ${STEPS.join(', ')}`);
  process.exit(2);
}
const wanted = step => chosen.length === 0 || chosen.includes(step);

process.chdir(root);
const resultsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dprk-atlas-results-'));
const totals = { passed: 0, failed: 0 };

try {
  if (!fs.existsSync('node_modules') && !(await step('npm ci', () => command('npm', ['ci', '--no-audit', '--no-fund'])))) {
    throw new Error('npm ci failed: nothing else can run.');
  }
  await step('lint', () => command('npm', ['run', '--silent', 'lint', '--', '--no-error-on-unmatched-pattern']));
  await step('typecheck', () => command('npx', ['tsc', '--noEmit', '-p', '.']));
  const buildFailed = !(await step('build', () => command('node', ['esbuild.mjs', '--tests'])));
  await step('unit', () => nodeTests('unit', testFiles('test/unit', /\.test\.ts$/)), { counted: true });
  if (buildFailed) {
    console.log('\nThe build failed: skipping the host tests and the harness self-test.');
  } else {
    await step('host', hostTests, { counted: true });
    await step('web', webTests, { counted: true });
    await step('harness', () => nodeTests('harness', testFiles('test/harness', /\.test\.ts$/, { recursive: false })), { counted: true });
  }
} catch (err) {
  console.error(err.message);
} finally {
  fs.rmSync(resultsDir, { recursive: true, force: true });
}
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 ? 1 : 0);

/**
 * Runs one step unless it was left out. A plain step returns true/false and counts only as a failure; a counted
 * step returns mocha's {passed, failed} (or null when it produced none, which counts as one failure).
 */
async function step(name, action, { counted = false } = {}) {
  if (STEPS.includes(name) && !wanted(name)) {
    return true;
  }
  console.log(`\n▶ ${name}`);
  const started = Date.now();
  let outcome;
  try {
    outcome = await action();
  } catch (err) {
    console.error(err.message);
    outcome = counted ? null : false;
  }
  const ok = counted ? outcome !== null && outcome.failed === 0 : outcome;
  if (counted && outcome) {
    totals.passed += outcome.passed;
    totals.failed += outcome.failed;
  } else if (!ok) {
    totals.failed += 1;
  }
  console.log(`${ok ? '✔' : '✖'} ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return ok;
}

function command(cmd, args, env = process.env) {
  return spawnSync(cmd, args, { stdio: 'inherit', env }).status === 0;
}

function testFiles(dir, pattern, { recursive = true } = {}) {
  if (!fs.existsSync(dir)) {
    return [];
  }
  return fs.readdirSync(dir, { recursive }).filter(f => pattern.test(f)).sort().map(f => path.join(dir, f));
}

/**
 * Mocha's counts from `file`, or null when the run wrote none (it crashed first). A run that exited non-zero
 * without a failed test (a timeout, a crash after the tests) counts as one more failure.
 */
function resultsOf(file, exitedOk) {
  if (!fs.existsSync(file)) {
    return null;
  }
  const results = JSON.parse(fs.readFileSync(file, 'utf8'));
  return !exitedOk && results.failed === 0 ? { ...results, failed: 1 } : results;
}

function nodeTests(name, files) {
  if (files.length === 0) {
    console.log('no test files');
    return { passed: 0, failed: 0 };
  }
  const resultsFile = path.join(resultsDir, `${name}.json`);
  const ok = command('node', ['--import', 'tsx', 'test/harness/runNodeTests.ts', ...files], { ...process.env, DPRK_ATLAS_RESULTS: resultsFile });
  return resultsOf(resultsFile, ok);
}

/** The web worker host's suite (test/web): the browser bundle, run where vscode.dev would run it. */
async function webTests() {
  const { installHost } = await import('./test-host/host.mjs');
  ensureTestBuild();
  installHost();
  const resultsFile = path.join(resultsDir, 'web.json');
  const manifest = JSON.parse(fs.readFileSync('package.json', 'utf8'));
  const ok = command('node', ['scripts/test-host/run-in-code-server.mjs', `--extensionDevelopmentPath=${root}`,
    `--extensionTestsPath=${path.join(root, 'out/test/web/index.js')}`, `--resultsFile=${resultsFile}`,
    // code-server runs an extension that has a `browser` entry in its web worker host when told to.
    `--setting=remote.extensionKind=${JSON.stringify({ [`${manifest.publisher}.${manifest.name}`]: ['web'] })}`,
    path.join(root, 'sample')]);
  return resultsOf(resultsFile, ok);
}

/**
 * The host suites drive the test build's hooks; `npm run package` (the harness's .vsix check) leaves a production
 * build in dist/, so a later `npm test -- host` rebuilds first.
 */
function ensureTestBuild() {
  const isTestBuild = fs.existsSync('dist/build.json') && JSON.parse(fs.readFileSync('dist/build.json', 'utf8')).testBuild;
  if (!isTestBuild && !command('node', ['esbuild.mjs', '--tests'])) {
    throw new Error('the test build failed');
  }
}

/**
 * The host suites on the sample workspace, then the Restricted Mode suite (test/restricted) in a host with workspace
 * trust on, on a fixture folder nobody trusted; the counts of both. DPRK_ATLAS_HOST_ONLY runs the second only when
 * one of its words is in "restrictedMode".
 */
async function hostTests() {
  const { installHost } = await import('./test-host/host.mjs');
  const { runTests } = await import('@vscode/test-electron');
  ensureTestBuild();
  installHost();
  const only = process.env.DPRK_ATLAS_HOST_ONLY ?? '';
  const run = async (name, suite, folder, launchArgs = []) => {
    const resultsFile = path.join(resultsDir, `${name}.json`);
    const ok = await runTests({
      vscodeExecutablePath: path.join(root, 'scripts/test-host/code-shim'),
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(root, suite),
      launchArgs: [folder, ...launchArgs],
      extensionTestsEnv: { DPRK_ATLAS_RESULTS: resultsFile, DPRK_ATLAS_HOST_ONLY: only },
    }).then(() => true, err => {
      console.error(err.message);
      return false;
    });
    return resultsOf(resultsFile, ok);
  };
  const host = await run('host', 'out/test/host/index.js', path.join(root, 'sample'));
  const restrictedWanted = only === '' || only.split(',').some(word => word && 'restrictedMode'.includes(word));
  const restricted = restrictedWanted
    ? await run('restricted', 'out/test/restricted/index.js', path.join(root, 'test/fixtures/restricted-workspace'), ['--workspaceTrust'])
    : { passed: 0, failed: 0 };
  return host && restricted && { passed: host.passed + restricted.passed, failed: host.failed + restricted.failed };
}
