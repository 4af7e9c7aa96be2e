// Issue 13: the shipped bundles carry no test hooks. The test build (TEST_BUILD, src/buildFlags.d.ts) returns the
// extension's internals from activate and lets the reader webview report what it rendered; the production build
// (`npm run package`) must contain none of it. Both are built here with esbuild.mjs's own options.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

/** Names only the hooks use: the test protocol's messages and fields, the probe, the test API. */
const HOOK_NAMES = ['requestReport', 'followLink', 'pressKey', 'rendered', 'unexpectedMarkup', 'markInView', 'attachTestProbe', 'createSearchQuickPick', 'showSource', 'selectText', 'answerQuestions',
  'requestTimelineReport', 'clickMark', 'timelineRendered', 'attachTimelineProbe'];

interface Flags {
  production: boolean;
  tests: boolean;
}
interface BuildConfig {
  extensionTarget(outfile: string, flags: Flags): esbuild.BuildOptions;
  webviewTarget(outfile: string, flags: Flags): esbuild.BuildOptions;
  timelineWebviewTarget(outfile: string, flags: Flags): esbuild.BuildOptions;
}

const root = path.resolve(__dirname, '../..');

async function bundles(flags: Flags): Promise<Record<'extension' | 'webview' | 'timeline', string>> {
  const config = await import(pathToFileURL(path.join(root, 'esbuild.mjs')).href) as BuildConfig;
  const build = async (options: esbuild.BuildOptions) =>
    (await esbuild.build({ ...options, write: false, logLevel: 'silent' })).outputFiles.filter(f => f.path.endsWith('.js')).map(f => f.text).join('\n');
  const out = path.join(root, 'out/hook-check');
  return {
    extension: await build(config.extensionTarget(path.join(out, 'extension.js'), flags)),
    webview: await build(config.webviewTarget(path.join(out, 'webview/reader.js'), flags)),
    timeline: await build(config.timelineWebviewTarget(path.join(out, 'webview/timeline.js'), flags)),
  };
}

const present = (code: string) => HOOK_NAMES.filter(name => code.includes(name));

describe('test hooks', function () {
  this.timeout(60_000);

  it('are left out of the production bundles', async () => {
    const shipped = await bundles({ production: true, tests: false });
    assert.ok(shipped.extension.length > 10_000 && shipped.webview.length > 1000, 'the bundles are empty');
    assert.deepEqual(present(shipped.extension), [], 'in dist/extension.js');
    assert.deepEqual(present(shipped.webview), [], 'in dist/webview/reader.js');
    assert.deepEqual(present(shipped.timeline), [], 'in dist/webview/timeline.js');
  });

  it('(are in the test build, so the names above are the hooks\' own)', async () => {
    const testBuild = await bundles({ production: false, tests: true });
    assert.deepEqual(present(testBuild.extension + testBuild.webview + testBuild.timeline).sort(), [...HOOK_NAMES].sort());
  });
});
