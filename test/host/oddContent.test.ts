// Issue 9: huge and odd editor content. A hover reads only the line under the pointer, even of a 50 MB document, and
// costs no more on a 1 MB line than on a short one (test/unit/matcher.bounds.test.ts counts the characters read);
// binary-looking text gets no card and raises nothing; notebook cells get cards like any document.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { AtlasTestApi } from '../../src/testApi';
import { NameHoverProvider } from '../../src/hover/hoverProvider';
import { cardsAt, hoverOn } from './hoverTesting';
import { openUntitled } from './untitledDocuments';
import { activateAtlas, closeAllEditors } from './atlas';

/** Far above a hover on a short line even on a busy machine. */
const HOVER_MS = 5000;
/** How much slower a hover on a 1 MB line may be than on a 10 kB one: noise, not the 5 s a whole-line read takes. */
const SLOWER_MS = 1500;

async function timedHover(document: vscode.TextDocument, needle: string) {
  const started = Date.now();
  const hovered = await hoverOn(document, needle);
  return { entityIds: hovered.entityIds, ms: Date.now() - started };
}

/**
 * A 50 MB document of a million 50-character lines, made up as they are read, that records which of its members
 * are used: a real one takes VS Code about a minute to open in the test host.
 */
function recordingHugeDocument(nameLine: number) {
  const used: string[] = [];
  const lineAt = (line: number) => {
    used.push(`lineAt(${line})`);
    const text = line === nameLine ? `${'x'.repeat(37)} in the DPRK.` : `${String(line).padStart(49, '.')}.`;
    return { text, lineNumber: line, range: new vscode.Range(line, 0, line, text.length) };
  };
  const base = { uri: vscode.Uri.parse('untitled:huge.txt'), languageId: 'plaintext', lineCount: 1_000_000, lineAt };
  const document = new Proxy(base, {
    get(target, member: string) {
      if (member !== 'lineAt') {
        used.push(member);
      }
      return target[member as keyof typeof base];
    },
  }) as unknown as vscode.TextDocument;
  return { document, used };
}

describe('huge and odd editor content', function () {
  this.timeout(180_000);
  let api: AtlasTestApi;
  before(async () => {
    api = await activateAtlas();
  });
  afterEach(closeAllEditors);

  it('reads only the hovered line of a 50 MB document', () => {
    const { document, used } = recordingHugeDocument(500_000);
    const provider = new NameHoverProvider(api.store);
    const hover = provider.provideHover(document, new vscode.Position(500_000, 46), new vscode.CancellationTokenSource().token);
    assert.ok(hover, 'no card for DPRK');
    assert.deepEqual(used.filter(member => member !== 'uri' && member !== 'languageId'), ['lineAt(500000)']);
  });

  it('gives a large untitled document its cards in the middle and at the end, in bounded time', async () => {
    const half = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit.\n'.repeat(45_000); // 2.6 MB
    const document = await openUntitled(`${half}Kil Mun-yong\n${half}the DPRK`);
    for (const [needle, entityId] of [['Kil Mun-yong', 'kil-mun-yong'], ['DPRK', 'north-korea'], ['ipsum', undefined]] as const) {
      const { entityIds, ms } = await timedHover(document, needle);
      assert.deepEqual(entityIds, entityId ? [entityId] : []);
      assert.ok(ms < HOVER_MS, `${needle}: ${ms} ms`);
    }
  });

  it('answers on a 1 MB line of combining marks about as fast as on a 10 kB one', async () => {
    // Marks after a space belong to no word: looking for the next word once read to the end of the line (5 s here).
    const fastest = async (marks: number) => {
      const document = await openUntitled(`the DPRK ${'\u0301'.repeat(marks)}`);
      const tries = [await timedHover(document, 'DPRK'), await timedHover(document, 'DPRK')];
      tries.forEach(hovered => assert.deepEqual(hovered.entityIds, ['north-korea']));
      return Math.min(...tries.map(hovered => hovered.ms));
    };
    const [short, long] = [await fastest(10_000), await fastest(1_000_000)];
    assert.ok(long < short + SLOWER_MS, `${long} ms on 1 MB, ${short} ms on 10 kB`);
  });

  it('gives binary-looking text no card and raises no error, at any position', async () => {
    const bytes = Uint8Array.from({ length: 512 }, (_, i) => (i * 37) % 256);
    const content = [
      new TextDecoder('latin1').decode(bytes),
      new TextDecoder().decode(bytes), // invalid UTF-8 → U+FFFD
      '\u0000PK\u0003\u0004\u0000\u0000\ud800\udc00\ud800 \udfff\ufeff\u202e\u200d\u0301\u0000',
    ].join('\n');
    const document = await openUntitled(content);
    const provider = new NameHoverProvider(api.store);
    const token = new vscode.CancellationTokenSource().token;
    for (let line = 0; line < document.lineCount; line++) {
      for (let character = 0; character <= document.lineAt(line).text.length; character++) {
        const hover = provider.provideHover(document, new vscode.Position(line, character), token);
        assert.equal(hover, undefined, hover && `${line}:${character} ${JSON.stringify(document.getText(hover.range))}`);
      }
    }
    for (const line of [0, 1, 2]) {
      assert.deepEqual((await cardsAt(document.uri, new vscode.Position(line, 3))).entityIds, []);
    }
  });

  it('gives notebook cells cards on names and none elsewhere', async () => {
    const notebook = await vscode.workspace.openNotebookDocument('jupyter-notebook', new vscode.NotebookData([
      new vscode.NotebookCellData(vscode.NotebookCellKind.Markup, '# Notes\nKil Mun-yong was ambassador in Accra.', 'markdown'),
      new vscode.NotebookCellData(vscode.NotebookCellKind.Code, 'print("DPRK")  # \u0000 odd bytes \ud800', 'python'),
    ]));
    await vscode.window.showNotebookDocument(notebook);
    const [markup, code] = notebook.getCells().map(cell => cell.document);
    assert.equal(markup.uri.scheme, 'vscode-notebook-cell');
    assert.deepEqual((await hoverOn(markup, 'Kil Mun-yong')).entityIds, ['kil-mun-yong']);
    assert.deepEqual((await hoverOn(code, 'DPRK')).entityIds, ['north-korea']);
    assert.deepEqual((await hoverOn(code, 'print')).entityIds, []);
    assert.deepEqual((await hoverOn(code, 'odd')).entityIds, []);
  });
});
