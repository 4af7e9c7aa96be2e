// Where the offline VS Code host lives (installed by install.sh into a cache outside git) and how to install it.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const here = path.dirname(new URL(import.meta.url).pathname);

/** Same rule as install.sh: DPRK_ATLAS_HOST_CACHE, else the user's cache dir, so fresh clones reuse one install. */
export function hostCacheDir() {
  return process.env.DPRK_ATLAS_HOST_CACHE
    ?? path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'dprk-atlas-host');
}

/** Runs install.sh (quick when everything is already there); throws if it fails. */
export function installHost() {
  const result = spawnSync('bash', [path.join(here, 'install.sh')], { stdio: 'inherit' });
  if (result.status !== 0) {
    throw new Error(`installing the test host failed (install.sh exited with ${result.status ?? result.signal})`);
  }
}

/** {node, codeServer}: Node 24's binary and the code-server package directory. */
export function readHost() {
  const file = path.join(hostCacheDir(), 'host.json');
  if (!fs.existsSync(file)) {
    throw new Error(`the test host is not installed (${file} is missing); run: bash scripts/test-host/install.sh`);
  }
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}
