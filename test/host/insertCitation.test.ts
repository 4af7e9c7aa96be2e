// Issue 17: "DPRK Atlas: Insert Citation…": its picker (the palette's search, ranked the same, offering facts alone),
// and driven with a statement id: a Markdown footnote whose quote is verbatim in the source, an inline citation in
// plain text, each one edit that a single Undo takes back.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { plainSourceLine } from '../../src/core/citation';
import { distinctResults } from '../../src/core/search/distinctResults';
import { SearchIndex } from '../../src/core/search/searchIndex';
import type { AtlasTestApi } from '../../src/testApi';
import { activateAtlas, closeAllEditors } from './atlas';
import { eventually } from './eventually';
import { nextActive } from './quickPickTesting';
import { openUntitled } from './untitledDocuments';

const DRAFT = 'When Ghana and the DPRK established diplomatic relations in 1964, Kim Il-sung was courting Africa.[^1]\n\n[^1]: An earlier note.\n';

async function editorOn(content: string, language: string, cursorAfter: string): Promise<vscode.TextEditor> {
  const document = await openUntitled(content, language);
  const editor = await vscode.window.showTextDocument(document);
  const cursor = document.positionAt(content.indexOf(cursorAfter) + cursorAfter.length);
  editor.selection = new vscode.Selection(cursor, cursor);
  return editor;
}

describe('insert citation', function () {
  this.timeout(60_000);
  let api: AtlasTestApi;
  before(async () => {
    api = await activateAtlas();
  });
  after(closeAllEditors);

  it('writes a Markdown footnote, the next free number at the cursor and its definition at the end, quoting the source verbatim', async () => {
    const editor = await editorOn(DRAFT, 'markdown', 'in 1964');
    await vscode.commands.executeCommand('dprkAtlas.insertCitation', 'ghana-relations-established');
    const text = editor.document.getText();
    assert.ok(text.startsWith('When Ghana and the DPRK established diplomatic relations in 1964[^2], Kim'), text);
    const definition = text.slice(text.lastIndexOf('[^2]: '));
    assert.match(definition, /^\[\^2\]: .*“.*” — \*Ghana–North Korea relations\*, Wikipedia, date unknown\. <https:[^>]+> \(derived by the fact base: the source gives no URL\)\n$/);
    const quote = /“(.*)”/.exec(definition)![1].replace(/\\(.)/g, '$1');
    assert.ok(api.factBase.source('ghana-wikipedia')!.text.includes(quote), quote);
    assert.equal(quote, api.factBase.statement('ghana-relations-established')!.evidence[1].quote);

    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), DRAFT);
  });

  it('picks the fact with the palette\'s ranked search, facts only, and cites the chosen one as one undoable edit', async () => {
    const editor = await editorOn(DRAFT, 'markdown', 'in 1964');
    const picker = api.createCitationQuickPick(editor);
    picker.show();
    // The search index is built in slices on first use: the picker fills once it is there.
    const initial = await eventually('the picker lists the facts', () => picker.items.length > 0 && picker.items);
    assert.deepEqual(initial.map(i => i.document.id), api.factBase.statements.map(st => st.id), 'every fact, before anything is typed');
    const query = 'ghana 1964';
    picker.value = query;
    const first = await nextActive(picker, item => picker.items !== initial && picker.items.includes(item));
    const ranked = distinctResults(SearchIndex.forFactBase(api.factBase).search(query)).filter(d => d.kind === 'event').map(d => d.id);
    assert.deepEqual(picker.items.map(i => i.document.id), ranked, 'the search\'s order, its facts alone');
    assert.ok(ranked.length > 1 && first.document.id === ranked[0], first.document.id);
    assert.equal(first.document.id, 'ghana-relations-established');

    const changed = new Promise(resolve => vscode.workspace.onDidChangeTextDocument(e => e.document === editor.document && resolve(e)));
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await changed;
    const text = editor.document.getText();
    assert.ok(text.startsWith('When Ghana and the DPRK established diplomatic relations in 1964[^2], Kim'), text);
    const definition = text.slice(text.lastIndexOf('[^2]: '));
    assert.equal(/“(.*)”/.exec(definition)?.[1].replace(/\\(.)/g, '$1'), api.factBase.statement('ghana-relations-established')!.evidence[1].quote);
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), DRAFT, 'one Undo takes the footnote and its definition back');
  });

  it('cites inline in plain text, and one Undo restores the document', async () => {
    const content = 'Kim Il-sung paid a visit to Mongolia in 1988.';
    const editor = await editorOn(content, 'plaintext', 'in 1988');
    await vscode.commands.executeCommand('dprkAtlas.insertCitation', 'mongolia-kim-il-sung-visit-1988');
    assert.equal(editor.document.getText(),
      `Kim Il-sung paid a visit to Mongolia in 1988 (“Kim Il-sung also paid a visit to the country in 1988.”, ${plainSourceLine(api.factBase, 'mongolia-wiki-mirror').replace(/\.$/, '')}).`);
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), content);
  });

  it('says so, and changes nothing, for an id the fact base does not have', async () => {
    const editor = await editorOn('Some text.', 'markdown', 'Some');
    await vscode.commands.executeCommand('dprkAtlas.insertCitation', 'no-such-fact');
    assert.equal(editor.document.getText(), 'Some text.');
  });
});
