// The host test runner must never report green by accident: a failing host suite fails the run, a hanging one ends
// in a clear timeout, a crashed extension host in a clear error, and none leaves a code-server or Chromium behind.
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Writable } from 'node:stream';
import { runTests } from '@vscode/test-electron';
import * as esbuild from 'esbuild';
import { liveProcesses } from './processes';

const root = path.resolve(__dirname, '../..');
const shim = path.join(root, 'scripts/test-host/code-shim');
const sample = path.join(root, 'sample');
const HANG_TIMEOUT_S = 20; // counted by the runner from the start of the tests; start-up has its own bound
const STARTUP_TIMEOUT_S = 240; // start-up takes 15 s on an idle machine and over 90 s on a very busy one

interface Run {
  /** The runner's exit code; for the runTests() run, 0 when it resolved and 1 when it rejected. */
  code: number | null;
  error?: Error;
  output: string;
  seconds: number;
  runFile: string;
  resultsFile: string;
}

describe('host test runner', function () {
  this.timeout((STARTUP_TIMEOUT_S + HANG_TIMEOUT_S + 60) * 1000);
  let scratch: string;
  let failingRun: Promise<Run>;
  let hangingRun: Promise<Run>;
  let crashingRun: Promise<Run>;

  // The runs start at once: on two cores that is quicker than one after the other.
  before(async () => {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'dprk-atlas-harness-'));
    const [failing, hanging, crashing] = [await buildFixture('failing'), await buildFixture('hanging'), await buildFixture('crashing')];
    failingRun = startRun('failing', async (runFile, resultsFile, output) => runTests({
      vscodeExecutablePath: shim,
      extensionDevelopmentPath: root,
      extensionTestsPath: failing,
      launchArgs: [sample, `--runFile=${runFile}`, `--startupTimeout=${STARTUP_TIMEOUT_S}`],
      extensionTestsEnv: { DPRK_ATLAS_RESULTS: resultsFile },
      stdout: output,
      stderr: output,
    }));
    hangingRun = startRun('hanging', (runFile, _resultsFile, output) => runShim(hanging, runFile, output, [`--timeout=${HANG_TIMEOUT_S}`]));
    crashingRun = startRun('crashing', (runFile, _resultsFile, output) => runShim(crashing, runFile, output));
  });

  after(async () => {
    await Promise.all([failingRun, hangingRun, crashingRun]);
    fs.rmSync(scratch, { recursive: true, force: true });
  });

  it('fails the run when a host test fails, and names the failed test', async () => {
    const run = await failingRun;
    assert.match(String(run.error), /Test run failed with code 1/, run.output);
    assert.deepEqual(JSON.parse(fs.readFileSync(run.resultsFile, 'utf8')),
      { passed: 1, failed: 1, failures: ['deliberately failing suite fails on purpose'] }, run.output);
    assert.match(run.output, /AssertionError/);
    await assertNoProcessesLeft(run.runFile);
  });

  it(`ends a hanging run with exit code 124 and a timeout message after ${HANG_TIMEOUT_S} s`, async () => {
    const run = await hangingRun;
    assert.match(run.output, /deliberately hanging suite/, `the suite never started, so this was not the hang:\n${run.output}`);
    assert.equal(run.code, 124, run.output);
    assert.match(run.output, new RegExp(`timed out after ${HANG_TIMEOUT_S} s`));
    assert.ok(run.seconds < STARTUP_TIMEOUT_S + HANG_TIMEOUT_S + 30, `took ${run.seconds} s`);
    await assertNoProcessesLeft(run.runFile);
  });

  it('fails a run whose extension host dies, with a message (VS Code itself reports exit code 0)', async () => {
    const run = await crashingRun;
    assert.match(run.output, /deliberately crashing suite/, `the suite never started, so this was not the crash:\n${run.output}`);
    assert.equal(run.code, 1, run.output);
    assert.match(run.output, /the extension host exited before the tests finished/);
    await assertNoProcessesLeft(run.runFile);
  });

  /** Runs `launch` with its own run and results files and captured output; never rejects. */
  async function startRun(name: string, launch: (runFile: string, resultsFile: string, output: Writable) => Promise<number | null>): Promise<Run> {
    const runFile = path.join(scratch, `${name}.run.json`);
    const resultsFile = path.join(scratch, `${name}.results.json`);
    const output = capture();
    const started = Date.now();
    const outcome = await launch(runFile, resultsFile, output.stream).then(code => ({ code }), (error: Error) => ({ code: 1, error }));
    return { ...outcome, output: output.text(), seconds: (Date.now() - started) / 1000, runFile, resultsFile };
  }
});

/** Bundles the in-host index with one fixture suite, the way esbuild.mjs --tests bundles test/host; returns the index. */
async function buildFixture(name: string): Promise<string> {
  const outdir = path.join(root, 'out/test/harness', name);
  await esbuild.build({
    entryPoints: { index: path.join(root, 'test/host/index.ts'), [`${name}.test`]: path.join(__dirname, 'fixtures', `${name}.test.ts`) },
    outdir, bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['vscode', 'mocha'], logLevel: 'warning',
  });
  return path.join(outdir, 'index.js');
}

function capture() {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(Buffer.from(chunk));
      done();
    },
  });
  return { stream, text: () => Buffer.concat(chunks).toString() };
}

/** Runs the shim directly (as runTests does) on one fixture; resolves with its exit code. */
function runShim(tests: string, runFile: string, output: Writable, extraArgs: string[] = []): Promise<number | null> {
  const child = spawn(shim, [sample, `--extensionDevelopmentPath=${root}`, `--extensionTestsPath=${tests}`,
    `--startupTimeout=${STARTUP_TIMEOUT_S}`, `--runFile=${runFile}`, ...extraArgs], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(output, { end: false });
  child.stderr.pipe(output, { end: false });
  return new Promise(resolve => child.on('close', resolve));
}

/** Nothing in code-server's or Chromium's process group, nothing using the run's sandbox, and the sandbox is gone. */
async function assertNoProcessesLeft(runFile: string): Promise<void> {
  const { codeServer, chromium, sandbox } = JSON.parse(fs.readFileSync(runFile, 'utf8'));
  assert.ok(codeServer && chromium && sandbox, `incomplete ${runFile}`);
  const leftOver = () => liveProcesses().filter(p => p.group === codeServer || p.group === chromium || p.command.includes(sandbox));
  // Chromium's crash handlers run in groups of their own and exit a moment after the browser.
  for (let i = 0; i < 20 && leftOver().length > 0; i++) {
    await new Promise(resolve => setTimeout(resolve, 250));
  }
  assert.deepEqual(leftOver().map(p => `${p.pid} ${p.command.slice(0, 120)}`), []);
  assert.equal(fs.existsSync(sandbox), false, `${sandbox} is still there`);
}
