// Checks of what the build ships (issue 9: no network, no YAML at activation). The metafile checks read
// the build's output, so `npm test` runs them after `node esbuild.mjs`.
import * as assert from 'assert';
import * as esbuild from 'esbuild';
import * as fs from 'fs';
import * as path from 'path';
import shippedAliases from '../../scripts/shippedAliases.json';
import { pathToFileURL } from 'url';

const dist = path.join(__dirname, '../../dist');

interface Metafile {
  inputs: Record<string, unknown>;
  outputs: Record<string, { imports: { path: string; external?: boolean }[] }>;
}

function shippedBundles(): [string, Metafile][] {
  const metaPath = path.join(dist, 'meta.json');
  assert.ok(fs.existsSync(metaPath), 'dist/meta.json is missing: run `node esbuild.mjs` first');
  const all = JSON.parse(fs.readFileSync(metaPath, 'utf8')) as Record<string, Metafile>;
  return Object.entries(all).filter(([out]) => out.startsWith('dist/'));
}

const NETWORK_MODULES = /^(node:)?(http|https|http2|net|tls|dns|dgram|undici|child_process)(\/|$)/;
// esbuild's `define` replaces only references to these *global* names (not methods or properties such as
// a `map.fetch(key)`), so a marker in the output means the code reaches for the network.
const NETWORK_GLOBALS = ['fetch', 'WebSocket', 'XMLHttpRequest', 'EventSource', 'navigator.sendBeacon', 'globalThis.fetch', 'window.fetch', 'self.fetch'];
const MARKER = /__network_global_\w+/g;
const define = Object.fromEntries(NETWORK_GLOBALS.map(name => [name, `__network_global_${name.replace('.', '_')}`]));

async function bundle(options: esbuild.BuildOptions): Promise<string> {
  const result = await esbuild.build({
    ...options, absWorkingDir: path.join(__dirname, '../..'), alias: { ...shippedAliases, ...options.alias }, bundle: true, write: false, outdir: 'out/bundle-check', define, logLevel: 'silent',
  });
  return result.outputFiles.filter(f => f.path.endsWith('.js')).map(f => f.text).join('\n');
}

describe('shipped bundles', () => {
  it('import no networking or process module', () => {
    const bundles = shippedBundles();
    assert.ok(bundles.some(([out]) => out === 'dist/extension.js'));
    for (const [out, meta] of bundles) {
      for (const output of Object.values(meta.outputs)) {
        for (const imp of output.imports) {
          assert.doesNotMatch(imp.path, NETWORK_MODULES, `${out} imports ${imp.path}`);
        }
      }
    }
  });

  it('call no fetch, WebSocket, XMLHttpRequest, EventSource or beacon', async () => {
    const extension = await bundle({ entryPoints: ['src/extension.ts'], platform: 'node', format: 'cjs', external: ['vscode', './workspaceLoader.js'] });
    const webExtension = await bundle({ entryPoints: ['src/extension.ts'], platform: 'browser', format: 'cjs', external: ['vscode', './workspaceLoader.js'] });
    const config = await import(pathToFileURL(path.join(__dirname, '../../esbuild.mjs')).href) as Record<'workspaceLoaderTarget' | 'htmlCleanerTarget', () => esbuild.BuildOptions>;
    const { entryPoints, platform, format, plugins, external } = config.workspaceLoaderTarget();
    const workspaceLoader = await bundle({ entryPoints, platform, format, plugins, external });
    const html = config.htmlCleanerTarget();
    const htmlCleaner = await bundle({ entryPoints: html.entryPoints, platform: html.platform, format: html.format, alias: html.alias });
    const webview = await bundle({ entryPoints: ['src/webview/reader.ts'], platform: 'browser', format: 'iife' });
    for (const [name, code] of [['extension', extension], ['web extension', webExtension], ['workspace loader', workspaceLoader], ['HTML cleaner', htmlCleaner], ['webview', webview]]) {
      assert.ok(code.length > 1000, name);
      assert.deepStrictEqual(code.match(MARKER), null, `${name} reaches for the network`);
    }
  });

  it('(the network check catches global calls and ignores methods of the same name)', async () => {
    const code = await bundle({ stdin: { contents: 'fetch("x"); new WebSocket("u"); navigator.sendBeacon("u"); class M { fetch() { return 1; } } new M().fetch();', loader: 'js' } });
    assert.deepStrictEqual(code.match(MARKER), ['__network_global_fetch', '__network_global_WebSocket', '__network_global_navigator_sendBeacon']);
  });

  it('do not bundle the YAML parser, EDTF parser or schema validator into the extension (activation parses no YAML): they are in the workspace loader chunk', () => {
    const [, chunk] = shippedBundles().find(([out]) => out === 'dist/workspaceLoader.js')!;
    assert.ok(Object.keys(chunk.inputs).some(i => i.includes('node_modules/yaml/')), 'dist/workspaceLoader.js carries the YAML parser');
    const [, meta] = shippedBundles().find(([out]) => out === 'dist/extension.js')!;
    const inputs = Object.keys(meta.inputs);
    assert.ok(inputs.some(i => i.startsWith('src/')), 'metafile lists the extension sources');
    for (const pkg of ['yaml', 'edtf', 'ajv', 'nearley']) {
      assert.ok(!inputs.some(i => i.includes(`node_modules/${pkg}/`)), `dist/extension.js bundles ${pkg}`);
    }
  });
});
