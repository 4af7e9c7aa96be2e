// A throw-away home for one code-server + Chromium run, so nothing lands in the user's ~/.config, ~/.local or
// ~/.cache, and every run starts from a fresh profile with no installed extensions.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const QUIET_SETTINGS = {
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  // The value VS Code (1.139) migrates `false` to: with `false` it rewrote this file while the tests ran (an open, dirty
  // settings.json the Restricted Mode suite caught now and then).
  'extensions.autoUpdate': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'workbench.enableExperiments': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'security.workspace.trust.enabled': false,
  'chat.disableAIFeatures': true,
  'chat.commandCenter.enabled': false,
  'git.enabled': false,
  'git.autoRepositoryDetection': false,
  'github.gitAuthentication': false,
};

/** Creates the sandbox; `settings` are merged over the quiet defaults into the user settings.json. */
export function createSandbox(settings = {}) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'dprk-atlas-host-'));
  const dir = name => {
    const p = path.join(root, name);
    fs.mkdirSync(p, { recursive: true });
    return p;
  };
  const sandbox = {
    root,
    userData: dir('user-data'),
    extensions: dir('extensions'),
    env: {
      ...process.env,
      HOME: dir('home'),
      XDG_CONFIG_HOME: dir('config'),
      XDG_DATA_HOME: dir('data'),
      XDG_CACHE_HOME: dir('cache'),
      TMPDIR: dir('tmp'),
    },
    remove: () => fs.rmSync(root, { recursive: true, force: true }),
  };
  fs.mkdirSync(path.join(sandbox.userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(sandbox.userData, 'User', 'settings.json'), JSON.stringify({ ...QUIET_SETTINGS, ...settings }, null, 2));
  return sandbox;
}
