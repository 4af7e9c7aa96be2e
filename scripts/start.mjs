// npm start: build, then open the extension in a real VS Code with sample/ as the workspace. With the desktop `code`
// CLI on PATH that is an Extension Development Host; otherwise the sandboxed code-server of the test host serves
// it on http://127.0.0.1:$PORT (default 8080; webviews need that secure context) until Ctrl-C.
//   --screenshot=FILE  (code-server only) open the DPRK Atlas container in headless Chromium, save a PNG and stop
//   --command=TITLE    with --screenshot: first run this palette command (e.g. "DPRK Atlas: Show Timeline")
//   --type=TEXT        with --command: then type this into the picker it opens (e.g. a search)
//   --setting=KEY=JSON user setting, repeatable, e.g. --setting='workbench.colorTheme="Default High Contrast"'
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const sample = path.join(root, 'sample');
const screenshot = process.argv.find(a => a.startsWith('--screenshot='))?.slice('--screenshot='.length);
const command = process.argv.find(a => a.startsWith('--command='))?.slice('--command='.length);
const typed = process.argv.find(a => a.startsWith('--type='))?.slice('--type='.length);
const settings = Object.fromEntries(process.argv.filter(a => a.startsWith('--setting=')).map(a => {
  const [, key, json] = /^--setting=([^=]+)=(.*)$/s.exec(a) ?? [];
  return [key, JSON.parse(json)];
}));

// A fresh clone: the npm dependencies first, since the build and the host scripts import them.
if (!fs.existsSync(path.join(root, 'node_modules'))
  && spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' }).status !== 0) {
  process.exit(1);
}
const { openPage, workbenchUrl } = await import('./test-host/browser.mjs');
const { launchCodeServer } = await import('./test-host/codeServer.mjs');
const { installHost, readHost } = await import('./test-host/host.mjs');
const { createSandbox } = await import('./test-host/sandbox.mjs');

if (spawnSync(process.execPath, ['esbuild.mjs'], { cwd: root, stdio: 'inherit' }).status !== 0) {
  process.exit(1);
}
if (!screenshot && spawnSync('sh', ['-c', 'command -v code'], { stdio: 'ignore' }).status === 0) {
  process.exit(spawnSync('code', [`--extensionDevelopmentPath=${root}`, sample], { stdio: 'inherit' }).status ?? 1);
}

installHost();
const sandbox = createSandbox(settings);
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
// An extension folder symlinked into the extensions dir is loaded as installed; Reload Window picks up rebuilds.
fs.symlinkSync(root, path.join(sandbox.extensions, `${manifest.publisher}.${manifest.name}-${manifest.version}`));
const server = launchCodeServer({ host: readHost(), sandbox, port: Number(process.env.PORT ?? 8080) });
let stopping = false;
const stop = async code => {
  stopping = true;
  await server.stop();
  sandbox.remove();
  process.exit(code);
};
process.once('SIGINT', () => stop(0));
process.once('SIGTERM', () => stop(0));
server.exited.then(({ code, signal }) => {
  if (!stopping) {
    console.error(`code-server exited (${code ?? signal}):\n${server.output()}`);
    return stop(1);
  }
});

try {
  await server.ready();
} catch (err) {
  console.error(err.message);
  await stop(1);
}
const url = workbenchUrl(server.origin, sample);
if (screenshot) {
  await stop(await takeScreenshot(url, screenshot));
}
console.log(`\nDPRK Atlas is running in VS Code (code-server). Open:\n\n  ${url}\n\nCtrl-C stops it.`);

/** Opens the DPRK Atlas container the way a person would and saves the page; returns the exit code. */
async function takeScreenshot(pageUrl, file) {
  const { page, close } = await openPage(sandbox.env);
  try {
    await page.goto(pageUrl, { timeout: 120_000 });
    await page.locator('.activitybar [aria-label^="DPRK Atlas"]').first().click({ timeout: 120_000 });
    await page.locator('.sidebar .title-label', { hasText: 'DPRK Atlas' }).waitFor({ timeout: 30_000 });
    // The views show welcome text until the extension has activated and filled them.
    await page.locator('.sidebar .monaco-list-row').first().waitFor({ timeout: 60_000 })
      .catch(() => console.error('the DPRK Atlas views show no items after 60 s'));
    if (command) {
      await runPaletteCommand(page, command);
    }
    if (typed) {
      await page.keyboard.type(typed, { delay: 50 });
      await page.waitForTimeout(2000);
    }
    await page.mouse.move(700, 400); // away from the activity bar, whose tooltip would cover the views
    await page.waitForTimeout(500);
    await page.screenshot({ path: file });
    console.log(`screenshot: ${file}`);
    return 0;
  } catch (err) {
    await page.screenshot({ path: file }).catch(() => {});
    console.error(`the DPRK Atlas container did not open: ${err.message} (page saved to ${file})`);
    return 1;
  } finally {
    await close();
  }
}

/** Runs a command from the palette as a person would, and gives what it opens (a webview) time to draw. */
async function runPaletteCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: 30_000 });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 30_000 });
  await page.keyboard.press('Enter');
  await page.waitForTimeout(5000);
}
