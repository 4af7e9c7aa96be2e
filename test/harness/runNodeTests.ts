// Plain-Node entry for the unit and harness suites (run with `node --import tsx`): the test files are the arguments.
import * as path from 'node:path';
import { runMocha } from './runMocha';

runMocha(process.argv.slice(2).map(f => path.resolve(f)), { timeout: 10_000 })
  .then(({ failed }) => (process.exitCode = failed ? 1 : 0));
