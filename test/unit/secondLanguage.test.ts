// Issue 20: a second language is a matter of adding files, l10n/bundle.l10n.<locale>.json and
// package.nls.<locale>.json (DEVELOPERS.md, "Adding a language"); nothing in the code names a language. Here a
// pseudo-locale, every shipped string wrapped in «…», is loaded the way activate() loads VS Code's bundle for the
// display language, and a hover card, its dates, the timeline's axis and the manifest's titles come out in it.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as l10n from '@vscode/l10n';
import { scaleUtc } from 'd3-scale';
import { parseHTML } from 'linkedom';
import { buildEntityCard, renderCardMarkdown } from '../../src/core/card';
import { FactBase } from '../../src/core/factBase';
import { loadFactBase, readDataDir } from '../../src/core/loader';
import { translateTimeFormats } from '../../src/core/timeline';
import { bundleAttribute } from '../../src/shared/webviewText';
import { localized, nls, rawManifest } from './manifestText';

const root = path.resolve(__dirname, '../..');
/** An l10n bundle: a message, or with a comment for translators, an object. */
type Bundle = Record<string, string | { message: string; comment: string[] }>;
const shipped: Bundle = JSON.parse(fs.readFileSync(path.join(root, 'l10n/bundle.l10n.json'), 'utf8'));
/** The pseudo-locale of a text: wrapped, its placeholders ({0}, {name}) kept as a translator must keep them. */
const pseudo = (text: string) => `«${text}»`;
/** Each entry of a bundle in the pseudo-locale; an entry with a comment is an object whose message is translated. */
const pseudoBundle = <B extends Bundle>(texts: B): B => Object.fromEntries(Object.entries(texts).map(([key, text]) =>
  [key, typeof text === 'string' ? pseudo(text) : { ...text, message: pseudo(text.message) }])) as B;

describe('a second language', () => {
  const fb = new FactBase(loadFactBase(readDataDir(path.join(root, 'data'))).factBase);
  afterEach(() => {
    l10n.config({ contents: {} });
    translateTimeFormats();
  });

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

  it('names a card\'s languages in the translation\'s own language', () => {
    const languages = () => buildEntityCard(fb, 'mongolia')!.native.map(n => n.language);
    assert.deepEqual(languages(), ['Mongolian', 'Korean']);
    l10n.config({ contents: { 'en/the BCP 47 tag of this translation; cards name languages in it': { message: 'de', comment: [] } } });
    assert.deepEqual(languages(), ['Mongolisch', 'Koreanisch']);
  });

  it('changes the timeline\'s axis labels, in the webview and the SVG export alike', () => {
    const months = () => {
      const x = scaleUtc().domain([Date.UTC(1964, 0, 1), Date.UTC(1964, 5, 1)]); // made after the locale, as draw() makes its own
      return x.ticks(6).map(x.tickFormat());
    };
    translateTimeFormats();
    assert.deepEqual(months(), ['1964', 'February', 'March', 'April', 'May', 'June']);
    l10n.config({ contents: pseudoBundle(shipped) });
    translateTimeFormats();
    assert.deepEqual(months(), ['1964', ...['February', 'March', 'April', 'May', 'June'].map(pseudo)]);
  });

  it('reaches the webviews through the page the shell writes, quotes and markup in it intact', () => {
    // A translator's text may hold anything markup gives a meaning to; the shell escapes the bundle into an attribute.
    const bundle = { ...pseudoBundle(shipped), 'Quote {0} of {1}': '"Zitat" <{0}> & {1}' };
    const { document } = parseHTML(`<!DOCTYPE html><html><body data-l10n="${bundleAttribute(bundle)}"></body></html>`);
    const global = globalThis as { document?: unknown };
    global.document = document;
    try {
      delete require.cache[require.resolve('../../src/webview/l10n')];
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- runs the module's top level again, as each webview's first import
      require('../../src/webview/l10n');
    } finally {
      delete global.document;
    }
    assert.equal(l10n.t('Quote {0} of {1}', 1, 2), '"Zitat" <1> & 2');
    assert.equal(l10n.t('Open passage'), pseudo('Open passage'));
  });

  it('changes the manifest\'s titles through package.nls.<locale>.json', () => {
    const manifest = localized(rawManifest, pseudoBundle(nls)) as typeof rawManifest;
    const search = manifest.contributes.commands.find((c: { command: string }) => c.command === 'dprkAtlas.search');
    assert.equal(search.title, pseudo('Search…'));
    assert.equal(search.category, pseudo('DPRK Atlas'));
  });
});
