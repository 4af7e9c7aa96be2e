// Checks of what the build ships (issue 9: no network, no YAML at activation). Reads the build's
// output, so `npm test` runs it after `node esbuild.mjs`.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

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
const NETWORK_GLOBALS = /\b(fetch|WebSocket|XMLHttpRequest|EventSource|sendBeacon)\s*\(|new\s+(WebSocket|XMLHttpRequest|EventSource)\b/;

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

  it('call no fetch, WebSocket, XMLHttpRequest or beacon', () => {
    for (const [out] of shippedBundles()) {
      const code = fs.readFileSync(path.join(dist, '..', out), 'utf8');
      assert.doesNotMatch(code, NETWORK_GLOBALS, out);
    }
  });

  it('do not bundle the YAML parser, EDTF parser or schema validator into the extension (activation parses no YAML)', () => {
    const [, meta] = shippedBundles().find(([out]) => out === 'dist/extension.js')!;
    const inputs = Object.keys(meta.inputs);
    assert.ok(inputs.some(i => i.startsWith('src/')), 'metafile lists the extension sources');
    for (const pkg of ['yaml', 'edtf', 'ajv', 'nearley']) {
      assert.ok(!inputs.some(i => i.includes(`node_modules/${pkg}/`)), `dist/extension.js bundles ${pkg}`);
    }
  });
});
