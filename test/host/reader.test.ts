import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { SUBJECT_COUNTRY_ID } from '../../src/core/model';
import { nameKey } from '../../src/core/text';
import type { AtlasTestApi } from '../../src/testApi';
import { assertRendersInert, extensionUri, followLink, hostileSource, readerTabs, reloadReader, reportOf, savedScrollY } from './readerTesting';
import { selectedIn } from './treeTesting';
import { openUntitled } from './untitledDocuments';
import { activateAtlas, closeAllEditors } from './atlas';

describe('reader webview', function () {
  this.timeout(120_000);
  let api: AtlasTestApi;

  before(async () => {
    api = await activateAtlas();
  });
  afterEach(closeAllEditors);

  /** The first statement citing each source, so every cleaning profile is covered. */
  const firstStatementPerSource = () => api.factBase.sources.map(s => api.factBase.statementsForSource(s.id)[0]);

  it('highlights exactly the quote of the fact it opens, in each source', async () => {
    for (const statement of firstStatementPerSource()) {
      await vscode.commands.executeCommand('dprkAtlas.openPassage', statement.id);
      const report = await reportOf(api.reader.panelFor(statement.evidence[0].source)!);
      assert.equal(report.sourceId, statement.evidence[0].source);
      assert.equal(report.markText, statement.evidence[0].quote, statement.id);
      assert.deepEqual(report.unexpectedMarkup, []);
    }
  });

  it('scrolls the passage of a fact far down each article into view', async () => {
    for (const source of api.factBase.sources) {
      const deepest = api.factBase.statementsForSource(source.id).filter(st => st.evidence[0].source === source.id)
        .map(st => ({ st, at: source.text.indexOf(st.evidence[0].quote) }))
        .reduce((a, b) => (b.at > a.at ? b : a));
      const report = await reportOf(api.reader.openPassage(deepest.st.id)!);
      assert.equal(report.markText, deepest.st.evidence[0].quote, deepest.st.id);
      assert.ok(report.scrollY > 0, `${deepest.st.id}: the page did not scroll`);
      assert.equal(report.markInView, true, deepest.st.id);
    }
  });

  it('links names that denote one entity, and only those', async () => {
    for (const source of api.factBase.sources) {
      const { links } = await reportOf(api.reader.openArticle(source.id)!);
      assert.ok(links.some(l => l.entityId === SUBJECT_COUNTRY_ID), `no link to North Korea in ${source.id}`);
      for (const link of links) {
        const entity = api.factBase.entity(link.entityId);
        assert.ok(entity, `link to unknown entity ${link.entityId}`);
        const forms = [entity.name, ...entity.aliases, ...entity.demonyms, ...entity.native.map(n => n.text)].map(nameKey);
        assert.ok(forms.includes(nameKey(link.text)), `"${link.text}" is not a name of ${entity.id}`);
        assert.ok(!entity.ambiguousAliases.map(nameKey).includes(nameKey(link.text)), `ambiguous "${link.text}" is linked`);
      }
    }
  });

  it('reveals a linked name in the sidebar when the link is clicked', async () => {
    // Another person selected first, so the selection can only become Kil Mun-yong through the click.
    await vscode.commands.executeCommand('dprkAtlas.revealInSidebar', 'kwame-nkrumah');
    assert.equal(await selectedIn(api.tree.views.people, 'people/kwame-nkrumah'), 'people/kwame-nkrumah');
    const reader = api.reader.openArticle('ghana-wikipedia')!;
    const index = (await reportOf(reader)).links.findIndex(l => l.entityId === 'kil-mun-yong');
    assert.ok(index >= 0, 'no link to Kil Mun-yong in the Ghana article');
    followLink(reader, index);
    assert.equal(await selectedIn(api.tree.views.people, 'people/kil-mun-yong'), 'people/kil-mun-yong');
  });

  it('shows the title, what the source is and "date unknown"', async () => {
    const source = api.factBase.sources[0];
    const report = await reportOf(api.reader.openArticle(source.id)!);
    assert.ok(report.text.startsWith(source.title), report.text.slice(0, 80));
    assert.ok(report.text.includes('date unknown'), 'no "date unknown"');
    assert.equal(report.markText, null);
  });

  it('reuses one panel per article, and keeps the highlight across hiding', async () => {
    const [first, second] = api.factBase.statementsForSource(api.factBase.sources[0].id);
    const reader = api.reader.openPassage(first.id)!;
    await reportOf(reader);
    assert.equal(api.reader.openPassage(second.id), reader);
    assert.equal((await reportOf(reader)).markText, second.evidence[0].quote);
    const other = api.reader.openArticle(api.factBase.sources[1].id)!;
    assert.notEqual(other, reader);
    await reportOf(other);
    assert.equal(readerTabs().length, 2);

    // Another editor in the same group hides the reader, which discards its document; showing it reloads.
    const doc = await openUntitled('draft');
    await vscode.window.showTextDocument(doc, { viewColumn: reader.panel.viewColumn });
    assert.equal(reader.panel.visible, false);
    const afterShow = reportOf(reader);
    reader.panel.reveal();
    assert.equal((await afterShow).markText, second.evidence[0].quote);
    assert.equal(readerTabs().length, 2);
  });

  it('keeps where the reader was scrolled across hiding', async () => {
    const reader = api.reader.openArticle('mongolia-wiki-mirror')!;
    const { links, scrollY } = await reportOf(reader);
    assert.equal(scrollY, 0);
    followLink(reader, links.length - 1); // focusing the last link scrolls the page to it, as a user's scroll would
    // The webview saves the position in its state once scrolling settles (and tells the extension).
    let scrolled = 0;
    for (let waited = 0; !scrolled && waited < 5_000; waited += 100) {
      await new Promise(resolve => setTimeout(resolve, 100));
      scrolled = savedScrollY((await reportOf(reader)).state);
    }
    assert.ok(scrolled > 0, 'the webview never saved a scroll position');

    const doc = await openUntitled('draft');
    await vscode.window.showTextDocument(doc, { viewColumn: reader.panel.viewColumn });
    assert.equal(reader.panel.visible, false);
    const afterShow = reportOf(reader);
    reader.panel.reveal();
    assert.ok(Math.abs((await afterShow).scrollY - scrolled) <= 1, `${(await afterShow).scrollY} after hiding, ${scrolled} before`);
  });

  it('opens a source sentence (a raw range, as search results pass it) with exactly that text highlighted', async () => {
    const source = api.factBase.source('mongolia-wiki-mirror')!;
    const sentence = 'Kim Il-sung also paid a visit to the country in 1988.';
    const start = source.text.indexOf(sentence);
    assert.ok(start > 0);
    await vscode.commands.executeCommand('dprkAtlas.openPassage', { source: source.id, start, end: start + sentence.length });
    assert.equal((await reportOf(api.reader.panelFor(source.id)!)).markText, sentence);
  });

  it('restores a panel from the state its webview saved, through the serializer', async () => {
    const statement = firstStatementPerSource()[1];
    const evidence = statement.evidence[0];
    const { panel } = await reloadReader(api, api.reader.openPassage(statement.id)!);
    const reader = api.reader.panelFor(evidence.source)!;
    assert.equal(reader.panel, panel);
    assert.equal((await reportOf(reader)).markText, evidence.quote);

    // A state whose article left the fact base: what the webview saved, with another source id.
    const stale = await reloadReader(api, reader, state => ({ ...(state as object), sourceId: 'no-such-source' }));
    assert.ok(stale.disposed(), 'a panel for an unknown source is not disposed');
  });

  it('renders a hostile article as inert, verbatim text', async () => {
    const hostile = await hostileSource();
    await assertRendersInert(api.reader.showSource(hostile), hostile);
  });

  it('serves HTML with a strict Content-Security-Policy and a fresh nonce per render', async () => {
    const [a, b] = api.factBase.sources.map(s => api.reader.openArticle(s.id)!);
    const policies = [a, b].map(reader => {
      const html = reader.panel.webview.html;
      const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
      const directives = new Map(csp.split(';').map(d => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
      assert.deepEqual(directives.get('default-src'), [`'none'`]);
      assert.equal(directives.get('connect-src'), undefined);
      const scriptSrc = directives.get('script-src') ?? [];
      assert.equal(scriptSrc.length, 1, `script-src: ${scriptSrc}`);
      const nonce = /^'nonce-([A-Za-z0-9+/=]{24,})'$/.exec(scriptSrc[0])?.[1];
      assert.ok(nonce, `no nonce in ${scriptSrc[0]}`);
      assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
      assert.equal(directives.get('style-src')?.join(' '), reader.panel.webview.cspSource);
      for (const script of html.match(/<script[^>]*>/g) ?? []) {
        assert.ok(script.includes(`nonce="${nonce}"`), script);
      }
      assert.doesNotMatch(html, /\son[a-z]+\s*=/i, 'inline event handler');
      const roots = reader.panel.webview.options.localResourceRoots?.map(u => u.path.slice(extensionUri().path.length)).sort();
      assert.deepEqual(roots, ['/dist/webview', '/media']);
      return nonce;
    });
    assert.notEqual(policies[0], policies[1]);
  });
});
