// Issues 17 and 18 on the writer's own fact base: the claim check, name completion and Go to Definition, Insert
// Citation, the open timeline and Export Facts follow the store when a `.dprk-atlas/` file is saved in the editor,
// as a writer saves it. The fixture folder is made and removed through WorkspaceEdits (VS Code's own file events,
// which code-server's OS watcher was seen to miss), so the workspace is as before.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { saveInEditor } from './savedEdits';
import type { AtlasTestApi } from '../../src/testApi';
import { activateAtlas, closeAllEditors } from './atlas';
import { eventually, pressKey, timelineReport } from './timelineTesting';
import { openUntitled } from './untitledDocuments';

const NOTES = 'Ganbold Dorj said Mongolia and North Korea signed a fisheries accord in 2024.\n';
const SOURCES = 'sources:\n  - id: writer-fisheries-notes\n    file: sources/notes.txt\n    title: My fisheries notes\n';
const ENTITIES = `entities:
  - id: ganbold-dorj
    kind: person
    name: Ganbold Dorj
    description: A Mongolian fisheries official the writer interviewed.
`;
const statements = (year: number) => `statements:
  - id: writer-fisheries-accord
    type: agreement-signed
    summary: Mongolia and North Korea sign a fisheries accord
    actors: [mongolia, north-korea]
    date: { edtf: "${year}", text: in ${year} }
    evidence:
      - source: writer-fisheries-notes
        quote: Mongolia and North Korea signed a fisheries accord in 2024.
`;
const CLAIM = 'Mongolia and North Korea signed a fisheries accord in 2023.';
/** Reloads follow saves through the workspace room's debounce and the loader; the bound only ends a wait. */
const WAIT_MS = 30_000;

describe('writing aids follow the workspace fact base', function () {
  this.timeout(120_000);
  let api: AtlasTestApi;
  const folder = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, '.dprk-atlas');
  const file = (relative: string) => vscode.Uri.joinPath(folder, relative);

  /** Writes `text` to a fact-base file the way a writer does: in an editor (beside the timeline), then saved. */
  const save = (relative: string, text: string) => saveInEditor(file(relative), text, vscode.ViewColumn.Two);
  const claimDiagnostics = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter(d => d.source === 'DPRK Atlas');

  before(async () => {
    api = await activateAtlas();
    assert.ok(!fs.existsSync(folder.fsPath), `${folder.fsPath} exists before the suite; remove it`);
    const edit = new vscode.WorkspaceEdit();
    const encode = (text: string) => new TextEncoder().encode(text);
    edit.createFile(file('sources/notes.txt'), { contents: encode(NOTES) });
    edit.createFile(file('sources.yaml'), { contents: encode(SOURCES) });
    edit.createFile(file('entities/people.yaml'), { contents: encode('entities: []\n') });
    edit.createFile(file('statements/fisheries.yaml'), { contents: encode('statements: []\n') });
    assert.ok(await vscode.workspace.applyEdit(edit));
    await eventually(() => api.factBase.source('writer-fisheries-notes'), 'the workspace source loads', WAIT_MS);
  });

  after(async () => {
    for (const document of vscode.workspace.textDocuments.filter(d => d.isDirty && d.uri.toString().startsWith(folder.toString()))) {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
    await closeAllEditors();
    const edit = new vscode.WorkspaceEdit();
    edit.deleteFile(folder, { recursive: true, ignoreIfNotExists: true });
    await vscode.workspace.applyEdit(edit);
    fs.rmSync(folder.fsPath, { recursive: true, force: true });
    await eventually(() => !api.factBase.source('writer-fisheries-notes') || undefined, 'the workspace fact base to go', WAIT_MS);
  });

  it('completes and defines a name once the writer saves its entity', async () => {
    const typed = 'We spoke to Ganb';
    const draft = await openUntitled(`${typed}\n\nGanbold Dorj again.`, 'markdown');
    const labels = async () => (await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider',
      draft.uri, new vscode.Position(0, typed.length))).items.map(i => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(!(await labels()).includes('Ganbold Dorj'));
    await save('entities/people.yaml', ENTITIES);
    await eventually(async () => (await labels()).includes('Ganbold Dorj') || undefined, 'the new name among the completions', WAIT_MS);
    const [location] = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeDefinitionProvider', draft.uri, new vscode.Position(2, 3));
    assert.equal(location.uri.toString(), file('entities/people.yaml').toString(), 'the writer\'s own file, to edit');
    assert.equal(location.range.start.line, ENTITIES.split('\n').findIndex(l => l.includes('id: ganbold-dorj')));
  });

  it('checks open drafts again when a fact is saved, and when it changes, and redraws the open timeline keeping its view', async () => {
    await closeAllEditors();
    await vscode.commands.executeCommand('dprkAtlas.showTimeline', 'mongolia');
    const timeline = api.timeline.current!;
    const first = await timelineReport(timeline);
    assert.ok(!first.marks.some(m => m.statementId === 'writer-fisheries-accord'));
    const selected = (await pressKey(timeline, 'ArrowRight', first.marks[0].key)).state.selected;
    const zoomed = await pressKey(timeline, '+');
    assert.ok(selected && zoomed.state.window, 'an event selected, zoomed in');

    const draft = await openUntitled(CLAIM, 'markdown');
    await save('statements/fisheries.yaml', statements(2024));
    const warning = await eventually(() => claimDiagnostics(draft.uri)[0], 'a warning on the draft', WAIT_MS);
    assert.equal(draft.getText(warning.range), '2023');
    assert.equal(warning.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(warning.message, /^The fact base has 2024 \(My fisheries notes: /);

    // Reports also follow every render, so one may answer a later request: wait for one drawn from the new data.
    await eventually(() => timeline.view.layout.events.some(ev => ev.statementId === 'writer-fisheries-accord') || undefined, 'the new layout', WAIT_MS);
    const events = timeline.view.layout.events.length;
    const redrawn = await eventually(async () => {
      const report = await timelineReport(timeline);
      return report.layoutEvents === events ? report : undefined;
    }, 'the timeline redrawn with the new fact', WAIT_MS);
    assert.deepEqual(redrawn.state.window, zoomed.state.window, 'the window kept');
    assert.equal(redrawn.state.selected, selected, 'the selection kept');
    await eventually(async () => {
      const all = await pressKey(timeline, '0');
      return all.state.window === null && all.marks.some(m => m.statementId === 'writer-fisheries-accord' && m.lane === 'Mongolia') || undefined;
    }, 'the new fact on Mongolia\'s lane once everything is shown', WAIT_MS);

    await save('statements/fisheries.yaml', statements(2023));
    await eventually(() => claimDiagnostics(draft.uri).length === 0 || undefined, 'the warning gone once the fact agrees', WAIT_MS);
  });

  it('cites a fact of the writer\'s own, and exports it with the rest', async () => {
    const document = await openUntitled(CLAIM, 'markdown');
    const editor = await vscode.window.showTextDocument(document);
    editor.selection = new vscode.Selection(0, CLAIM.length - 1, 0, CLAIM.length - 1);
    await vscode.commands.executeCommand('dprkAtlas.insertCitation', 'writer-fisheries-accord');
    assert.match(document.getText(), /2023\[\^1\]\.\n\n\[\^1\]: Mongolia and North Korea sign a fisheries accord\. “Mongolia and North Korea signed a fisheries accord in 2024\.” — \*My fisheries notes\*/);

    const target = path.join(os.tmpdir(), `dprk-atlas-follow-${process.pid}.csv`);
    await vscode.commands.executeCommand('dprkAtlas.exportFacts', { scope: 'mongolia', format: 'csv', target: vscode.Uri.file(target) });
    const csv = fs.readFileSync(target, 'utf8');
    fs.rmSync(target);
    assert.ok(csv.includes('\r\nwriter-fisheries-accord,agreement-signed,'), csv.slice(0, 400));
  });
});
