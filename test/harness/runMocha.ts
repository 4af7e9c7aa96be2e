// One mocha run over a list of files, counted. Shared by the in-host test index and the plain-Node runner, so both
// report {passed, failed, failures} the same way to `npm test` (through the file named by DPRK_ATLAS_RESULTS).
import * as fs from 'node:fs';
import Mocha from 'mocha';

export interface MochaResults {
  passed: number;
  failed: number;
  /** Full titles of the failed tests (and hooks). */
  failures: string[];
}

export function runMocha(files: readonly string[], options: Mocha.MochaOptions, resultsFile = process.env.DPRK_ATLAS_RESULTS): Promise<MochaResults> {
  const mocha = new Mocha({ ui: 'bdd', ...options });
  files.forEach(file => mocha.addFile(file));
  const results: MochaResults = { passed: 0, failed: 0, failures: [] };
  return new Promise(resolve => {
    mocha.run(() => {
      if (resultsFile) {
        fs.writeFileSync(resultsFile, JSON.stringify(results));
      }
      resolve(results);
    })
      .on('pass', () => results.passed++)
      .on('fail', test => {
        results.failed++;
        results.failures.push(test.fullTitle());
      });
  });
}
