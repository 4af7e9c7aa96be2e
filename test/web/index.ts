// The web worker extension host's test entry (issue 20): VS Code loads it there because it lies inside the extension
// under test, which package.json's `browser` entry and the `remote.extensionKind` setting put in that host. One
// browser bundle (esbuild.mjs --tests): mocha's browser build instead of its Node runner, no node:fs, and the results
// reported through the runner's console marks (scripts/test-host/run-in-code-server.mjs --resultsFile).
import 'mocha/mocha.js';

const TEST_OUTPUT_MARK = '[dprk-atlas-test]';
const TESTS_FINISHED_MARK = '[dprk-atlas-test-end]';
const TEST_RESULTS_MARK = '[dprk-atlas-test-results]';

export async function run(): Promise<void> {
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) => console.log(TEST_OUTPUT_MARK, ...args);
  mocha.setup({ ui: 'bdd', reporter: 'spec', color: false, timeout: 60_000 });
  await import('./web.test'); // after setup, which defines describe and it (a static import would run first)
  const results = { passed: 0, failed: 0, failures: [] as string[] };
  return new Promise((resolve, reject) => {
    mocha.run(() => {
      console.log(TEST_RESULTS_MARK, JSON.stringify(results));
      console.log(TESTS_FINISHED_MARK);
      if (results.failed > 0) {
        reject(new Error(`${results.failed} web test(s) failed.`));
      } else {
        resolve();
      }
    })
      .on('pass', () => results.passed++)
      .on('fail', test => {
        results.failed++;
        results.failures.push(test.fullTitle());
      });
  });
}
