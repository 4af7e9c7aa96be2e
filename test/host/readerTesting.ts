// Helpers shared by the reader's host tests: waiting for a panel's render report, the reader tabs, and the hostile
// article fixture with the check that the real webview shows it as inert text.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SourceWithText } from '../../src/core/factBase';
import type { ReaderPanel } from '../../src/reader/readerPanel';
import { READER_VIEW_TYPE, readerStateOf } from '../../src/shared/protocol';
import type { AtlasTestApi } from '../../src/testApi';
import { parseTestFromWebview, type RenderReport, type TestToWebview } from '../../src/shared/testProtocol';
import { atlasExtension } from './atlas';
import { WEBVIEW_LOAD_MS } from './webviewTesting';

/** Long enough for an onerror/onload handler to have fired, were any element of the article real. */
const HANDLERS_SETTLE_MS = 1500;

export const extensionUri = () => atlasExtension().extensionUri;

const send = (reader: ReaderPanel, message: TestToWebview) => reader.panel.webview.postMessage(message);

let lastRequest = 0;

/**
 * The webview's next render report (src/webview/testProbe.ts): asks for one now, and takes whichever comes first,
 * the answer or the report a webview still loading posts after it renders; never the late answer to an earlier
 * request (a render and a request each post one).
 */
export function reportOf(reader: ReaderPanel): Promise<RenderReport> {
  const id = ++lastRequest;
  let subscription: vscode.Disposable | undefined;
  const next = new Promise<RenderReport>(resolve => {
    subscription = reader.panel.webview.onDidReceiveMessage(raw => {
      const message = parseTestFromWebview(raw);
      if (message && (message.request === null || message.request === id)) {
        resolve(message.report);
      }
    });
  });
  void send(reader, { type: 'requestReport', id });
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([
    next,
    new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no report from the reader of ${reader.sourceId}`)), WEBVIEW_LOAD_MS))),
  ]).finally(() => {
    subscription?.dispose();
    clearTimeout(timer);
  });
}

/** Has the webview focus and click its index-th name link (RenderReport.links order), as a keyboard user would. */
export function followLink(reader: ReaderPanel, index: number): void {
  void send(reader, { type: 'followLink', index });
}

/** Has the webview select the article's text from `start` to `end` (offsets in its text), as a drag would. */
export function selectText(reader: ReaderPanel, start: number, end: number): void {
  void send(reader, { type: 'selectText', start, end });
}

/** Has the webview act on a key pressed with the focus where it is, as a keyboard user would. */
export function pressKey(reader: ReaderPanel, key: string): void {
  void send(reader, { type: 'pressKey', key });
}

export function readerTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap(g => g.tabs)
    .filter(t => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith(READER_VIEW_TYPE));
}

/** The scroll position a webview state records (0 when none). */
export function savedScrollY(state: unknown): number {
  return readerStateOf(state)?.scrollY ?? 0;
}

/**
 * What a window reload does to a reader: the panel goes, and VS Code hands a new one with the state the webview
 * itself saved (its getState(), read back through the report) to the serializer; `edit` may change that state first.
 */
export async function reloadReader(api: AtlasTestApi, reader: ReaderPanel, edit = (state: unknown) => state): Promise<{ panel: vscode.WebviewPanel; disposed: () => boolean }> {
  const { state } = await reportOf(reader);
  reader.panel.dispose();
  const panel = vscode.window.createWebviewPanel(READER_VIEW_TYPE, 'restoring', vscode.ViewColumn.One);
  let disposed = false;
  panel.onDidDispose(() => (disposed = true));
  await api.reader.serializer.deserializeWebviewPanel(panel, edit(state));
  return { panel, disposed: () => disposed };
}

/** test/fixtures/hostile-article.txt as a source outside the fact base, with markup in its title and publisher too. */
export async function hostileSource(): Promise<SourceWithText> {
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri(), 'test', 'fixtures', 'hostile-article.txt'));
  return {
    id: 'hostile-fixture', file: 'hostile-article.txt', sha256: '', kind: 'news-report', cleaning: 'news-page', published: 'unknown',
    title: `<img src=x onerror="document.body.append(document.createElement('iframe'))">`,
    publisher: `<script>document.body.append(document.createElement('iframe'))</script>`,
    text: new TextDecoder().decode(bytes),
  };
}

/** The webview of `reader` shows `hostile` as verbatim text, with no element or attribute the renderer did not make. */
export async function assertRendersInert(reader: ReaderPanel, hostile: SourceWithText): Promise<void> {
  const first = await reportOf(reader);
  await new Promise(resolve => setTimeout(resolve, HANDLERS_SETTLE_MS));
  const settled = await reportOf(reader);
  for (const report of [first, settled]) {
    assert.equal(report.sourceId, hostile.id, 'the report came from another article');
    assert.deepEqual(report.unexpectedMarkup, []);
  }
  assert.equal(reader.panel.title, hostile.title);
  for (const line of [hostile.publisher!, ...hostile.text.split('\n').filter(l => l.trim())]) {
    assert.ok(settled.text.includes(line.trim()), `not shown verbatim: ${line}`);
  }
}
