// Issue 13: the test host's install runs a nested npm (code-server's, under Node 24). Started from `npm test` or
// `npm start`, the parent npm's per-run settings reach it as npm_config_* variables, and code-server's postinstall
// read the parent's Node 20 from npm_config_user_agent and refused. This runs the same nested_npm that install.sh
// uses on a throwaway local package (no network, nothing built) with the parent's user agent set explicitly, so it
// fails outside `npm test` too whenever nested_npm passes it through.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(__dirname, '../..');
const NESTED_NPM = path.join(root, 'scripts/test-host/nested-npm.sh');
const PARENT_USER_AGENT = 'npm/11.19.1 node/v20.20.2 linux x64';

/** The directory of the host's Node 24 (installed by the host step before this suite runs). */
async function hostNodeBin(): Promise<string> {
  const { readHost } = await import(pathToFileURL(path.join(root, 'scripts/test-host/host.mjs')).href) as { readHost(): { node: string } };
  return path.dirname(readHost().node);
}

describe('the nested npm of the test host install', function () {
  this.timeout(120_000);
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dprk-atlas-nested-npm-'));
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({
      name: 'throwaway', version: '1.0.0', private: true,
      scripts: { install: 'echo "$npm_config_user_agent" > user-agent.txt' },
    }));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('runs install scripts with its own Node in the user agent, not the parent npm\'s', async () => {
    const result = spawnSync('bash', ['-c', `. "${NESTED_NPM}" && nested_npm "$1" install --no-audit --no-fund --offline`, 'bash', await hostNodeBin()], {
      cwd: dir,
      encoding: 'utf8',
      env: {
        ...process.env,
        npm_config_user_agent: PARENT_USER_AGENT,
        npm_config_local_prefix: root,
      },
    });
    assert.equal(result.status, 0, result.stdout + result.stderr);
    const userAgent = fs.readFileSync(path.join(dir, 'user-agent.txt'), 'utf8').trim();
    assert.match(userAgent, /\bnode\/v24\./, `the install script saw: ${userAgent}`);
  });
});
