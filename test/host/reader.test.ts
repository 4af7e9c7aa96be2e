import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { leadEvidence } from '../../src/core/leadEvidence';
import { type Statement, SUBJECT_COUNTRY_ID } from '../../src/core/model';
import { type ReaderState, readerStateOf } from '../../src/shared/protocol';
import { nameKey } from '../../src/core/text';
import type { AtlasTestApi } from '../../src/testApi';
import { assertRendersInert, extensionUri, followLink, hostileSource, pressKey, readerTabs, reloadReader, reportOf, savedScrollY } from './readerTesting';
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

  /** The quotes a fact's reader highlights: those in its lead quote's source, in text order. */
  const quotesShown = (st: Statement) => {
    const source = leadEvidence(st).source;
    return st.evidence.filter(e => e.source === source).sort((a, b) => a.start - b.start);
  };

  it('highlights every quote of the fact it opens, the one with its date or figure current, for every fact', async () => {
    // One article at a time, so its panel stays in view: a hidden one reloads when shown, and may answer the
    // report request before the new render.
    for (const source of api.factBase.sources) {
      await closeAllEditors();
      for (const statement of api.factBase.statements.filter(st => leadEvidence(st).source === source.id)) {
        await vscode.commands.executeCommand('dprkAtlas.openPassage', statement.id);
        const lead = leadEvidence(statement);
        const report = await reportOf(api.reader.panelFor(lead.source)!);
        assert.equal(report.sourceId, lead.source);
        const quotes = quotesShown(statement);
        assert.deepEqual(report.marks, quotes.map(e => e.quote), statement.id);
        assert.equal(report.current, quotes.indexOf(lead), statement.id);
        assert.equal(report.markInView, true, statement.id);
        assert.deepEqual(report.unexpectedMarkup, []);
      }
    }
  });

  it('lands on the sentence that carries the date, and steps between the quotes with N and P', async () => {
    const reader = api.reader.openPassage('ghana-relations-established')!;
    const landed = await reportOf(reader);
    assert.equal(landed.marks.length, 2);
    assert.match(landed.marks[landed.current!], /28 December 1964/);
    for (const [key, expected] of [['n', (landed.current! + 1) % 2], ['n', landed.current!], ['p', (landed.current! + 1) % 2]] as const) {
      pressKey(reader, key);
      const stepped = await reportOf(reader);
      assert.equal(stepped.current, expected, `after ${key}`);
      assert.equal(stepped.markInView, true, `after ${key}`);
      assert.equal(readerStateOf(stepped.state)?.current, expected, 'the step is not saved in the webview state');
    }
  });

  it('shows the opened fact in its bar — date, summary, its other quotes — until another is opened', async () => {
    const st = api.factBase.statement('ghana-relations-established')!;
    const reader = api.reader.openPassage(st.id)!;
    const opened = await reportOf(reader);
    const [first, second] = quotesShown(st).map(e => e.quote);
    const other = opened.current === 0 ? second : first;
    const bar = opened.openedFact ?? '';
    assert.ok(bar.startsWith(`28 Dec 1964 — ${st.summary}`), bar);
    assert.ok(bar.includes(`“${other}”`), bar);
    // Focusing another passage (a name link inside it) shows its facts above the bar, which stays.
    const away = opened.links.findIndex(l => l.entityId === 'kil-mun-yong');
    followLink(reader, away);
    let hovered = await reportOf(reader);
    for (let waited = 0; hovered.factTip === null && waited < 3_000; waited += 100) {
      await new Promise(resolve => setTimeout(resolve, 100));
      hovered = await reportOf(reader);
    }
    assert.notEqual(hovered.factTip, null, 'no facts shown for the focused passage');
    assert.equal(hovered.openedFact, opened.openedFact);
    pressKey(reader, 'n');
    const stepped = await reportOf(reader);
    assert.ok(stepped.openedFact?.includes(`“${opened.current === 0 ? first : second}”`), String(stepped.openedFact));
    const sentence = await reportOf(api.reader.openPassage('north-korean-embassy-ghana-closed')!);
    assert.ok(sentence.openedFact?.startsWith('1998 — '), String(sentence.openedFact));
  });

  it('scrolls the passage of a fact far down each article into view', async () => {
    for (const source of api.factBase.sources) {
      const deepest = api.factBase.statementsForSource(source.id).filter(st => st.evidence[0].source === source.id)
        .map(st => ({ st, at: source.text.indexOf(st.evidence[0].quote) }))
        .reduce((a, b) => (b.at > a.at ? b : a));
      const report = await reportOf(api.reader.openPassage(deepest.st.id)!);
      assert.equal(report.marks[report.current!], leadEvidence(deepest.st).quote, deepest.st.id);
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
    assert.deepEqual(report.marks, []);
  });

  it('reuses one panel per article, and keeps the highlight across hiding', async () => {
    const [first, second] = api.factBase.statementsForSource(api.factBase.sources[0].id);
    const reader = api.reader.openPassage(first.id)!;
    await reportOf(reader);
    assert.equal(api.reader.openPassage(second.id), reader);
    assert.deepEqual((await reportOf(reader)).marks, quotesShown(second).map(e => e.quote));
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
    assert.deepEqual((await afterShow).marks, quotesShown(second).map(e => e.quote));
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
    assert.deepEqual((await reportOf(api.reader.panelFor(source.id)!)).marks, [sentence]);
  });

  it('restores a panel from the state its webview saved, through the serializer', async () => {
    const statement = firstStatementPerSource()[1];
    const evidence = statement.evidence[0];
    const { panel } = await reloadReader(api, api.reader.openPassage(statement.id)!);
    const reader = api.reader.panelFor(evidence.source)!;
    assert.equal(reader.panel, panel);
    assert.deepEqual((await reportOf(reader)).marks, quotesShown(statement).map(e => e.quote));

    // A state whose article left the fact base: what the webview saved, with another source id.
    const stale = await reloadReader(api, reader, state => ({ ...(state as object), sourceId: 'no-such-source' }));
    assert.ok(stale.disposed(), 'a panel for an unknown source is not disposed');

    // A panel saved before a fact could have several highlights: { sourceId, highlight, scrollY }.
    const twoQuotes = api.factBase.statement('ghana-relations-established')!;
    const saved = (await reportOf(api.reader.openPassage(twoQuotes.id)!)).state as ReaderState;
    const old = await reloadReader(api, api.reader.panelFor(saved.sourceId)!,
      () => ({ sourceId: saved.sourceId, highlight: saved.highlights[saved.current], scrollY: null }));
    const restored = await reportOf(api.reader.panelFor(saved.sourceId)!);
    assert.equal(old.disposed(), false, 'a panel saved in the single-highlight shape was not restored');
    assert.deepEqual(restored.marks, [leadEvidence(twoQuotes).quote]);
    assert.equal(restored.markInView, true);
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
