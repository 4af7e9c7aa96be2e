// The README's screenshots, taken from the real host so they can be retaken after any change, each in a light and a
// dark theme: the sidebar and a search as `npm start -- --screenshot` shows them, then the scenes of test/host/screenshotScene.ts
// (reader, card) through the test host's own runner (run-in-code-server.mjs --screenshot, --setting).
// `node scripts/screenshots.mjs [sidebar|search|reader|card…]`; the PNGs go to media/screenshots/<scene>-<theme>.png.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const THEMES = { light: 'Light 2026', dark: 'Dark 2026' };
const SCENES = ['reader', 'card'];
/** Shown by npm start's own flags; a picker the extension opens in a test run closes with the run, before the picture. */
const START_SCENES = {
  sidebar: [],
  search: ['--command=DPRK Atlas: Search…', '--type=1964'],
};
const chosen = process.argv.slice(2).length ? process.argv.slice(2) : [...Object.keys(START_SCENES), ...SCENES];
/** A port of its own, away from npm start's default 8080 that a person may be using. */
const PORT = String(20_000 + (process.pid % 20_000));

const node = (args, env = process.env) => spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env }).status === 0;
const shot = scene => name => path.join(root, 'media', 'screenshots', `${scene}-${name}.png`);
const themeSetting = theme => `--setting=workbench.colorTheme=${JSON.stringify(theme)}`;
let failed = 0;
const report = (ok, file) => {
  console.log(`${ok ? '✔' : '✖'} ${path.relative(root, file)}`);
  failed += ok ? 0 : 1;
};

for (const [scene, flags] of Object.entries(START_SCENES).filter(([scene]) => chosen.includes(scene))) {
  for (const [name, theme] of Object.entries(THEMES)) {
    const file = shot(scene)(name);
    report(node(['scripts/start.mjs', `--screenshot=${file}`, ...flags, themeSetting(theme)], { ...process.env, PORT }), file);
  }
}
const scenes = chosen.filter(s => SCENES.includes(s));
// start.mjs builds without the test hooks; the scenes use them, so the test build comes after.
if (scenes.length && !node(['esbuild.mjs', '--tests'])) {
  process.exit(1);
}
for (const scene of scenes) {
  for (const [name, theme] of Object.entries(THEMES)) {
    const file = shot(scene)(name);
    report(node([
      'scripts/test-host/run-in-code-server.mjs',
      `--extensionDevelopmentPath=${root}`,
      `--extensionTestsPath=${path.join(root, 'out/test/host/screenshotScene.js')}`,
      `--folder=${path.join(root, 'sample')}`,
      `--screenshot=${file}`,
      themeSetting(theme),
      `--setting=dprkAtlasScreenshot.scene=${JSON.stringify(scene)}`,
      '--timeout=120',
    ]), file);
  }
}
process.exit(failed ? 1 : 0);
