// Helpers shared by the reader's host tests: waiting for a panel's render report, the reader tabs, and the hostile
// article fixture with the check that the real webview shows it as inert text.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SourceWithText } from '../../src/core/factBase';
import type { ReaderPanel } from '../../src/reader/readerPanel';
import { READER_VIEW_TYPE, type RenderReport } from '../../src/shared/protocol';
import { atlasExtension } from './atlas';

const WEBVIEW_LOAD_MS = 30_000;
/** Long enough for an onerror/onload handler to have fired, were any element of the article real. */
const HANDLERS_SETTLE_MS = 1500;

export const extensionUri = () => atlasExtension().extensionUri;

export function reportOf(reader: ReaderPanel): Promise<RenderReport> {
  return Promise.race([
    reader.report(),
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no report from the reader of ${reader.sourceId}`)), WEBVIEW_LOAD_MS)),
  ]);
}

export function readerTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap(g => g.tabs)
    .filter(t => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith(READER_VIEW_TYPE));
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
