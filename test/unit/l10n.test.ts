// Issue 20: localization. The shipped bundles carry src/shared/l10nRuntime.ts in place of @vscode/l10n (esbuild.mjs),
// so it must format every call shape as the package does; l10n/bundle.l10n.json must hold every string the code
// passes to l10n.t; package.json's user-facing text must come from package.nls.json.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as l10nPackage from '@vscode/l10n';
import * as runtime from '../../src/shared/l10nRuntime';
import { localized, nls, nlsReferences, rawManifest } from './manifestText';

const root = path.resolve(__dirname, '../..');

describe('localization', function () {
  this.timeout(60_000);

  it('formats every call shape as @vscode/l10n does, without and with a bundle', () => {
    const calls: unknown[][] = [
      ['Plain'], ['{0} of {1}', 3, 'seven'], ['Named {who}', { who: 'Kim' }], ['Missing {0} {1}', 'one'], ['Braces {x} stay', {}],
      [{ message: 'Commented {0}', args: ['a'], comment: ['why'] }], [{ message: 'Commented', comment: 'one line' }], ['Translated {0}', 1],
    ];
    const bundles: Record<string, string>[] = [{}, { 'Plain': 'Schlicht', 'Translated {0}': 'Übersetzt {0}', 'Commented/one line': 'Kommentiert', 'Named {who}': '' }];
    for (const contents of bundles) {
      l10nPackage.config({ contents });
      runtime.config({ contents });
      for (const call of calls) {
        assert.equal(runtime.t(...call), (l10nPackage.t as (...a: unknown[]) => string)(...call), JSON.stringify({ call, contents }));
      }
    }
    runtime.config({ contents: {} });
    l10nPackage.config({ contents: {} });
  });

  it('ships a bundle holding exactly the strings the code passes to l10n.t (`npm run l10n` remakes it)', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'dprk-atlas-l10n-'));
    try {
      const result = spawnSync(process.execPath, [path.join(root, 'node_modules/@vscode/l10n-dev/dist/cli.js'), 'export', '-o', out, 'src'], { cwd: root, encoding: 'utf8' });
      assert.equal(result.status, 0, result.stderr);
      const fresh = JSON.parse(fs.readFileSync(path.join(out, 'bundle.l10n.json'), 'utf8'));
      const shipped = JSON.parse(fs.readFileSync(path.join(root, 'l10n/bundle.l10n.json'), 'utf8'));
      assert.deepEqual(shipped, fresh, 'l10n/bundle.l10n.json is stale: run `npm run l10n`');
      assert.ok(Object.keys(fresh).length > 20, 'hardly any string goes through l10n.t');
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });

  it('takes every text of package.json from package.nls.json: each %key% resolves, no key is unused (`npm run l10n` moves new text)', () => {
    const references = nlsReferences();
    assert.ok(references.length > 50, 'hardly any manifest text is localized');
    assert.deepEqual(references.filter(key => !Object.hasOwn(nls, key)), [], 'a %key% with no text in package.nls.json');
    assert.deepEqual(Object.keys(nls).filter(key => !references.includes(key)), [], 'text in package.nls.json nothing refers to');
    const c = rawManifest.contributes;
    const texts = [rawManifest.displayName, rawManifest.description, ...c.commands.flatMap((cmd: { title: string; category: string }) => [cmd.title, cmd.category]),
      ...c.views.dprkAtlas.map((v: { name: string }) => v.name), ...c.viewsWelcome.map((w: { contents: string }) => w.contents),
      ...Object.values(c.configuration.properties).map(p => (p as { markdownDescription: string }).markdownDescription),
      ...c.walkthroughs.flatMap((w: { title: string; steps: { title: string; description: string }[] }) => [w.title, ...w.steps.flatMap(s => [s.title, s.description])])];
    assert.deepEqual(texts.filter(text => !/^%[^%]+%$/.test(text)), [], 'user-facing text written into package.json itself: run `npm run l10n`');
    assert.deepEqual(nlsReferences(localized(rawManifest)), []);
  });
});

