// The extension host's test entry (extensionTestsPath): runs every *.test.js bundled next to it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import { runMocha } from '../harness/runMocha';

// The extension host's console reaches the runner (scripts/test-host/run-in-code-server.mjs, same constants) mixed
// with the workbench's own log: it prints the lines with the output mark, and only the end mark proves that the
// tests ran to the end, because VS Code reports exit code 0 when the extension host dies mid-run.
const TEST_OUTPUT_MARK = '[dprk-atlas-test]';
const TESTS_FINISHED_MARK = '[dprk-atlas-test-end]';

export async function run(): Promise<void> {
  // Only mocha's reporter is marked: the extension host's console methods ignore reassignment.
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) => console.log(TEST_OUTPUT_MARK, ...args);
  // DPRK_ATLAS_HOST_ONLY=tree,reader (set for `npm test`) narrows a quick local loop to some files.
  const only = (process.env.DPRK_ATLAS_HOST_ONLY ?? '').split(',').filter(Boolean);
  const files = fs.readdirSync(__dirname).filter(f => f.endsWith('.test.js') && (only.length === 0 || only.some(word => f.includes(word))))
    .sort().map(f => path.join(__dirname, f));
  // No colour: the output reaches the terminal through the browser, not a TTY.
  const { failed } = await runMocha(files, { color: false, timeout: 60_000 });
  console.log(TESTS_FINISHED_MARK);
  if (failed > 0) {
    throw new Error(`${failed} host test(s) failed.`);
  }
}
