// Issue 20: a second language is a matter of adding files, l10n/bundle.l10n.<locale>.json and
// package.nls.<locale>.json (DEVELOPERS.md, "Adding a language"); nothing in the code names a language. Here a
// pseudo-locale, every shipped string wrapped in «…», is loaded the way activate() loads VS Code's bundle for the
// display language, and a hover card, its dates and the manifest's titles come out in it.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as l10n from '@vscode/l10n';
import { buildEntityCard, renderCardMarkdown } from '../../src/core/card';
import { FactBase } from '../../src/core/factBase';
import { loadFactBase, readDataDir } from '../../src/core/loader';
import { localized, nls, rawManifest } from './manifestText';

const root = path.resolve(__dirname, '../..');
const shipped: Record<string, string> = JSON.parse(fs.readFileSync(path.join(root, 'l10n/bundle.l10n.json'), 'utf8'));
/** The pseudo-locale of a text: wrapped, its placeholders ({0}, {name}) kept as a translator must keep them. */
const pseudo = (text: string) => `«${text}»`;
const pseudoBundle = (texts: Record<string, string>) => Object.fromEntries(Object.entries(texts).map(([key, text]) => [key, pseudo(text)]));

describe('a second language', () => {
  const fb = new FactBase(loadFactBase(readDataDir(path.join(root, 'data'))).factBase);
  afterEach(() => l10n.config({ contents: {} }));

  it('changes a hover card once its bundle is loaded: links, kinds, statuses and dates', () => {
    const english = renderCardMarkdown(buildEntityCard(fb, 'kil-mun-yong')!);
    l10n.config({ contents: JSON.stringify(pseudoBundle(shipped)) }); // as vscode.l10n.bundle hands it over
    const translated = renderCardMarkdown(buildEntityCard(fb, 'kil-mun-yong')!);
    assert.notEqual(translated, english);
    for (const text of ['Show in Sidebar', 'Open Passage', 'Copy Citation', 'person']) {
      assert.ok(english.includes(text), text);
      assert.ok(translated.includes(pseudo(text)), `${text} is not translated in\n${translated}`);
    }
    // "since Jan 2001": the date's words, its order ("{0} {1}") and its month, each from the bundle.
    assert.ok(translated.includes(pseudo(`since ${pseudo(`${pseudo('Jan')} 2001`)}`)), translated);
  });

  it('changes the manifest\'s titles through package.nls.<locale>.json', () => {
    const manifest = localized(rawManifest, pseudoBundle(nls)) as typeof rawManifest;
    const search = manifest.contributes.commands.find((c: { command: string }) => c.command === 'dprkAtlas.search');
    assert.equal(search.title, pseudo('Search…'));
    assert.equal(search.category, pseudo('DPRK Atlas'));
  });
});
