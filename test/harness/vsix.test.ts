// `npm run package` must ship what the extension reads at run time and nothing else (no sources, tests, modules,
// build output, test host or sourcemaps).
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../..');
const SHIPPED = [/^extension\.vsixmanifest$/, /^\[Content_Types\]\.xml$/,
  /^extension\/(package\.json|package\.nls(\.[\w-]+)?\.json|readme\.md|changelog\.md|LICENSE\.txt)$/, /^extension\/l10n\/bundle\.l10n(\.[\w-]+)?\.json$/,
  /^extension\/dist\/(extension\.js|web\/extension\.js|workspaceLoader\.js|htmlCleaner\.js|factbase\.pack)$/, /^extension\/dist\/webview\/.+(?<!\.map)$/,
  /^extension\/media\//, /^extension\/data\//];

describe('npm run package', function () {
  this.timeout(120_000);
  let files: string[];

  before(() => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dprk-atlas-vsix-'));
    const vsix = path.join(dir, 'dprk-atlas.vsix');
    try {
      const result = spawnSync(process.execPath, ['scripts/package.mjs', `--out=${vsix}`], { cwd: root, encoding: 'utf8' });
      assert.equal(result.status, 0, result.stdout + result.stderr);
      files = zipEntryNames(fs.readFileSync(vsix));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('holds the bundle, the compiled fact base, the manifest and the docs', () => {
    for (const needed of ['extension/dist/extension.js', 'extension/dist/web/extension.js', 'extension/dist/workspaceLoader.js', 'extension/dist/htmlCleaner.js', 'extension/dist/factbase.pack', 'extension/package.json', 'extension/package.nls.json',
      'extension/readme.md', 'extension/changelog.md', 'extension/LICENSE.txt']) {
      assert.ok(files.includes(needed), `${needed} is missing from ${files.join(', ')}`);
    }
  });

  it('holds every page of the walkthrough', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    for (const step of manifest.contributes.walkthroughs[0].steps as { media: { markdown?: string; image?: string } }[]) {
      const page = `extension/${step.media.markdown ?? step.media.image}`;
      assert.ok(files.includes(page), `${page} is missing from the package`);
    }
  });

  it('holds nothing else', () => {
    assert.deepEqual(files.filter(f => !SHIPPED.some(pattern => pattern.test(f))), []);
  });
});

/** The names in a zip's central directory (a .vsix is a zip). */
function zipEntryNames(zip: Buffer): string[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06])); // end-of-central-directory record
  assert.ok(end >= 0, 'not a zip file');
  const count = zip.readUInt16LE(end + 10);
  const names: string[] = [];
  for (let i = 0, at = zip.readUInt32LE(end + 16); i < count; i++) {
    const nameLength = zip.readUInt16LE(at + 28);
    names.push(zip.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return names;
}
