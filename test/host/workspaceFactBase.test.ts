// Issue 16: the writer's own fact base in the workspace's `.dprk-atlas/` folder, in the real host. The suite writes a
// fixture folder into the sample workspace on disk (as a writer or `git pull` would, not through VS Code) and deletes
// it afterwards, so the workspace is byte for byte as before (test/host/noWrites.test.ts runs later and checks).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { AtlasTestApi } from '../../src/testApi';
import { activateAtlas, atlasExtension, closeAllEditors } from './atlas';
import { hoverOn } from './hoverTesting';
import { saveInEditor } from './savedEdits';
import { reportOf, selectText } from './readerTesting';
import { selectedIn } from './treeTesting';
import { openUntitled } from './untitledDocuments';
import { eventually } from './eventually';

const NOTES = 'Interview notes\nBatbayar Tsend said Mongolia and North Korea signed a new fisheries accord in 2024.\nLater, Batbayar Tsend said it twice.\n';
const ENTITIES = `entities:
  - id: batbayar-tsend
    kind: person
    name: Batbayar Tsend
    description: A Mongolian envoy the writer interviewed.
`;
const STATEMENTS = `statements:
  - id: mongolia-fisheries-accord-2024
    type: agreement-signed
    summary: Mongolia and North Korea sign a fisheries accord
    actors: [batbayar-tsend, mongolia, north-korea]
    date: { edtf: 2024, text: in 2024 }
    evidence:
      - source: my-interview-notes
        quote: Mongolia and North Korea signed a new fisheries accord in 2024.
  - id: misquoted
    type: visit
    summary: A visit the notes do not mention
    actors: [mongolia]
    evidence:
      - source: my-interview-notes
        quote: Batbayar Tsend visited Pyongyang.
`;
/** The statements file named after the source, where Add Fact from Selection appends. */
const NOTES_STATEMENTS = `# Facts from my interview notes
statements:
  - id: notes-are-an-interview
    type: public-statement
    summary: Batbayar Tsend gives an interview
    actors: [batbayar-tsend]
    evidence:
      - source: my-interview-notes
        quote: Interview notes
`;
const SOURCES = `sources:
  - id: my-interview-notes
    file: sources/interview.txt
    title: My interview notes
  - id: huge-notes
    file: sources/huge.txt
    title: Notes too large to read
  - id: saved-page
    file: sources/page.html
    title: A saved web page
`;
/** A statement quoting the readable text of the hostile page (test/fixtures/html/hostile-page.html). */
const PAGE_QUOTE = 'The delegation from Pyongyang arrived in Accra on 12 March 1965, the agency reported.';
const PAGE_STATEMENTS = `statements:
  - id: pyongyang-delegation-in-accra
    type: visit
    summary: A delegation from Pyongyang arrives in Accra
    actors: [ghana, north-korea]
    date: { edtf: 1965-03-12, text: 12 March 1965 }
    evidence:
      - source: saved-page
        quote: ${PAGE_QUOTE}
`;
/** Files the reader must skip, each with one diagnostic: binary, over the YAML limit, a link out of the workspace. */
const SKIPPED = { binary: 'statements/binary.yaml', huge: 'entities/huge.yaml', link: 'entities/link.yaml' };
/** 1-based line of the misquoted quote in STATEMENTS. */
const BAD_QUOTE_LINE = STATEMENTS.split('\n').findIndex(l => l.includes('visited Pyongyang')) + 1;

describe('workspace fact base (.dprk-atlas/)', function () {
  this.timeout(60_000);
  let api: AtlasTestApi;
  const workspaceFolder = vscode.workspace.workspaceFolders![0].uri.fsPath;
  const base = path.join(workspaceFolder, '.dprk-atlas');
  /** A YAML file outside the workspace folder, which a link in the fact base points at. */
  const outside = path.join(os.tmpdir(), `dprk-atlas-outside-${process.pid}.yaml`);
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(base, file)), { recursive: true });
    fs.writeFileSync(path.join(base, file), text);
  };

  before(async () => {
    api = await activateAtlas();
    assert.ok(!fs.existsSync(base), `${base} exists before the suite; remove it`);
    write('sources/interview.txt', NOTES);
    write('sources.yaml', SOURCES);
    write('sources/huge.txt', 'x'.repeat(10 * 1024 * 1024 + 1));
    write('sources/page.html', fs.readFileSync(path.join(atlasExtension().extensionUri.fsPath, 'test/fixtures/html/hostile-page.html'), 'utf8'));
    write('statements/page.yaml', PAGE_STATEMENTS);
    write(SKIPPED.binary, 'statements:\n\u0000\u0001\u0002');
    write(SKIPPED.huge, `entities: []\n${'#'.repeat(2 * 1024 * 1024)}\n`);
    fs.writeFileSync(outside, 'entities:\n  - id: linked-entity\n    kind: person\n    name: Linked Person\n    description: Read through a link.\n');
    fs.symlinkSync(outside, path.join(base, SKIPPED.link));
    write('entities/people.yaml', ENTITIES);
    write('statements/mongolia.yaml', STATEMENTS);
    write('statements/my-interview-notes.yaml', NOTES_STATEMENTS);
    await eventually('the workspace entity loads', () => api.factBase.entity('batbayar-tsend'));
  });

  after(async () => {
    // A failed test may leave an edited fixture file dirty: reverted first, so closing cannot save it back after the
    // folder is gone.
    for (const document of vscode.workspace.textDocuments.filter(d => d.isDirty && d.uri.fsPath.startsWith(base + path.sep))) {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
    await closeAllEditors();
    fs.rmSync(base, { recursive: true, force: true });
    fs.rmSync(outside, { force: true });
    await eventually('the workspace fact base is gone from the store', () => !api.factBase.entity('batbayar-tsend'));
  });

  it('skips a binary file, a YAML file over 2 MB, a link and a source over 10 MB, each with one diagnostic, and loads the rest', async () => {
    const problems = (file: string) => vscode.languages.getDiagnostics(vscode.Uri.file(path.join(base, file)));
    for (const [file, reason] of [[SKIPPED.binary, /binary/], [SKIPPED.huge, /larger than 2 MB/], [SKIPPED.link, /symbolic links/]] as const) {
      const [diagnostic, ...more] = await eventually(`the diagnostic on ${file}`, () => problems(file).length > 0 && problems(file));
      assert.deepEqual(more, [], file);
      assert.equal(diagnostic.code, 'file-skipped');
      assert.match(diagnostic.message, reason);
      assert.equal(diagnostic.range.start.line, 0);
    }
    const huge = await eventually('the diagnostic on the huge source', () => problems('sources.yaml').find(d => d.code === 'source-missing'));
    assert.match(huge.message, /"huge-notes".*larger than 10 MB/);
    assert.equal(huge.range.start.line, SOURCES.split('\n').findIndex(l => l.includes('sources/huge.txt')));
    assert.equal(api.factBase.entity('linked-entity'), undefined, 'nothing is read through the link');
    assert.equal(api.factBase.source('huge-notes'), undefined);
    assert.ok(api.factBase.entity('batbayar-tsend') && api.factBase.source('my-interview-notes'));
  });

  it('reads a saved web page as its readable text: its quotes load, Open Raw Source shows that text, nothing in it runs', async () => {
    const page = api.factBase.source('saved-page');
    assert.equal(page?.cleaning, 'html');
    assert.ok(page.text.startsWith(`Hostile page\n\n${PAGE_QUOTE}\n\n`), page.text);
    assert.ok(!page.text.includes('onerror') && !page.text.includes('<img') && !page.text.includes('svg'), 'only the page\'s text');
    assert.ok(api.factBase.statement('pyongyang-delegation-in-accra'));
    await vscode.commands.executeCommand('dprkAtlas.openRawSource', 'pyongyang-delegation-in-accra');
    const raw = await eventually('Open Raw Source', () => vscode.window.activeTextEditor?.document.uri.scheme === 'dprk-atlas' && vscode.window.activeTextEditor);
    assert.equal(raw.document.getText(), page.text);
    assert.equal(raw.document.getText(raw.selection), PAGE_QUOTE);
    const report = await reportOf(api.reader.openPassage('pyongyang-delegation-in-accra')!);
    assert.deepEqual(report.marks, [PAGE_QUOTE]);
    assert.deepEqual(report.unexpectedMarkup, []);
    await closeAllEditors();
  });

  it('gives a workspace entity a card and a sidebar item', async () => {
    const document = await openUntitled('Yesterday Batbayar Tsend spoke again.');
    const hovered = await hoverOn(document, 'Batbayar Tsend');
    assert.deepEqual(hovered.entityIds, ['batbayar-tsend']);
    assert.match(hovered.markdown[0].value, /Mongolian envoy/);
    const node = api.tree.model.nodeFor('batbayar-tsend');
    assert.ok(node && api.tree.providers.people.getChildren().includes(node), 'no sidebar item under People');
  });

  it('places a workspace statement under the bundled Mongolia, where the sidebar shows it', () => {
    const mongolia = api.tree.model.nodeFor('mongolia')!;
    const children = api.tree.providers.countries.getChildren(mongolia);
    assert.ok(children.some(n => n.type === 'statement' && n.statementId === 'mongolia-fisheries-accord-2024'));
    assert.ok(api.factBase.statementsForEntity('mongolia').some(s => s.id === 'mongolia-fisheries-accord-2024'));
  });

  it('reports a quote that is not in its source on its line, and keeps the rest of the data', async () => {
    const uri = vscode.Uri.file(path.join(base, 'statements/mongolia.yaml'));
    const diagnostic = await eventually('the bad quote diagnostic', () => vscode.languages.getDiagnostics(uri).find(d => d.code === 'quote-not-found'));
    assert.equal(diagnostic.source, 'DPRK Atlas');
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(diagnostic.range.start.line, BAD_QUOTE_LINE - 1);
    assert.equal(diagnostic.range.start.character, STATEMENTS.split('\n')[BAD_QUOTE_LINE - 1].indexOf('Batbayar'));
    assert.equal(api.factBase.statement('misquoted'), undefined);
    assert.ok(api.factBase.statement('mongolia-fisheries-accord-2024'));
  });

  it('gives an alias a writer saves in the editor a card, without a reload', async () => {
    const document = await openUntitled('The envoy, Bata Tsend, left early.');
    assert.deepEqual((await hoverOn(document, 'Bata Tsend')).entityIds, []);
    await saveInEditor(vscode.Uri.file(path.join(base, 'entities/people.yaml')), ENTITIES.replace('    description:', '    aliases: [Bata Tsend]\n    description:'));
    await eventually('the new alias loaded', () => api.factBase.entity('batbayar-tsend')?.aliases.includes('Bata Tsend'));
    await eventually('a card for the new alias', async () => (await hoverOn(document, 'Bata Tsend')).entityIds[0] === 'batbayar-tsend');
  });

  it('completes entity ids in actors and explains an id on hover', async () => {
    const uri = vscode.Uri.file(path.join(base, 'statements/mongolia.yaml'));
    const document = await vscode.workspace.openTextDocument(uri);
    const line = STATEMENTS.split('\n').findIndex(l => l.includes('actors: [batbayar-tsend'));
    const afterBracket = new vscode.Position(line, STATEMENTS.split('\n')[line].indexOf('[') + 1);
    const completions = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, afterBracket);
    const labels = completions.items.map(i => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.includes('mongolia') && labels.includes('batbayar-tsend'), labels.slice(0, 20).join(', '));
    const onMongolia = new vscode.Position(line, STATEMENTS.split('\n')[line].indexOf('mongolia') + 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, onMongolia);
    // The id's own hover (the name's card comes too): its name, then its kind and description.
    assert.ok(hovers.some(h => h.contents.some(c => c instanceof vscode.MarkdownString && c.value.startsWith('**Mongolia**\n\ncountry'))));
  });

  it('completes ids of a large fact base from what is typed, a few hundred at a time', async () => {
    const template = api.factBase.entities.find(e => e.kind === 'person')!;
    const many = Array.from({ length: 1200 }, (_, i) => ({ ...template, id: `envoy-${i}`, name: `Envoy ${i}`, aliases: [], ambiguousAliases: [], demonyms: [], native: [], evidence: [] }));
    const key = 'test:many-ids';
    api.store.setWorkspaceBases([[key, { formatVersion: 1, sources: [], entities: many, statements: [] }]]);
    try {
      const uri = vscode.Uri.file(path.join(base, 'statements/mongolia.yaml'));
      const lineText = STATEMENTS.split('\n');
      const line = lineText.findIndex(l => l.includes('actors: [batbayar-tsend'));
      const complete = (character: number) => vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(line, character));
      const ids = (list: vscode.CompletionList) => list.items.map(i => (typeof i.label === 'string' ? i.label : i.label.label));
      const afterBracket = await complete(lineText[line].indexOf('[') + 1);
      assert.equal(afterBracket.isIncomplete, true, 'VS Code is to ask again as typing goes on');
      assert.ok(afterBracket.items.length <= 500, `${afterBracket.items.length} items`);
      // Inside "batbayar-tsend" after "batb": the ids fitting that, the one written there among them.
      const typed = await complete(lineText[line].indexOf('batbayar') + 4);
      assert.ok(ids(typed).includes('batbayar-tsend'), ids(typed).slice(0, 10).join(', '));
      assert.ok(!ids(typed).some(id => id.startsWith('envoy-')), 'no id without b, a, t, b in order');
    } finally {
      api.store.setWorkspaceBases([[key, undefined]]);
    }
  });

  it('adds a fact from the selection as one undoable edit: a verbatim quote, the actors it names, its date', async () => {
    const passage = 'Mongolia and North Korea signed a new fisheries accord in 2024.';
    const source = await vscode.window.showTextDocument(vscode.Uri.file(path.join(base, 'sources/interview.txt')));
    const start = source.document.positionAt(NOTES.indexOf(passage));
    source.selection = new vscode.Selection(start, start.translate(0, passage.length));
    await vscode.commands.executeCommand('dprkAtlas.addFactFromSelection');
    const target = vscode.Uri.file(path.join(base, 'statements/my-interview-notes.yaml'));
    const editor = await eventually('the statements file in the editor', () => vscode.window.activeTextEditor?.document.uri.toString() === target.toString() && vscode.window.activeTextEditor);
    const text = editor.document.getText();
    assert.ok(text.startsWith(NOTES_STATEMENTS), 'the draft is appended');
    assert.ok(source.selection.isEqual(new vscode.Selection(start, start.translate(0, passage.length))), 'the selection in the source stays');
    const draft = text.slice(NOTES_STATEMENTS.length);
    assert.match(draft, /^ {2}- id: my-interview-notes-fact-1\n/);
    assert.ok(draft.includes(`quote: ${JSON.stringify(passage)}\n`), draft);
    assert.match(draft, /actors: \[mongolia, north-korea\]/);
    assert.match(draft, /date: \{ edtf: "2024", text: "in 2024" \}/);
    assert.ok(editor.document.isDirty, 'left unsaved for the writer to finish');
    // The linter sees the draft: only the type and summary the writer still has to give, the quote found.
    const codes = await eventually('the draft linted', () => {
      const found = vscode.languages.getDiagnostics(target).map(d => String(d.code));
      return found.length > 0 && found;
    });
    assert.deepEqual([...new Set(codes)], ['schema']);
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), NOTES_STATEMENTS, 'Undo restores the file byte for byte');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('adds a fact from a passage selected in the reader: a bundled source\'s goes to the workspace\'s own fact base', async () => {
    const passage = 'Ghana and North Korea established diplomatic relations in 1964.';
    const reader = api.reader.openArticle('ghana-wikipedia')!;
    await reportOf(reader);
    reader.panel.reveal(undefined, false);
    await eventually('the reader has the focus', () => reader.panel.active);
    const { view, clean } = api.reader.panels.prepare(api.factBase.source('ghana-wikipedia')!);
    const at = view.text.indexOf(passage);
    assert.ok(at > 0);
    selectText(reader, at, at + passage.length);
    const selected = await eventually('the reader says what is selected', () => api.reader.panels.focusedSelection());
    assert.deepEqual(selected, { source: 'ghana-wikipedia', start: clean.toRaw(at), end: clean.toRaw(at + passage.length) });
    await vscode.commands.executeCommand('dprkAtlas.addFactFromSelection');
    const target = vscode.Uri.file(path.join(base, 'statements/ghana-wikipedia.yaml'));
    const editor = await eventually('the new statements file in the editor', () => vscode.window.activeTextEditor?.document.uri.toString() === target.toString() && vscode.window.activeTextEditor);
    assert.match(editor.document.getText(), /^statements:\n {2}- id: ghana-wikipedia-fact-1\n/);
    assert.ok(editor.document.getText().includes(`      - source: ghana-wikipedia\n        quote: ${JSON.stringify(passage)}\n`), editor.document.getText());
    await vscode.commands.executeCommand('undo');
    await eventually('Undo takes the new file back', () => !fs.existsSync(target.fsPath));
    await closeAllEditors();
  });

  it('lints the unsaved buffer of a fact-base file, leaving the data as saved', async () => {
    const uri = vscode.Uri.file(path.join(base, 'statements/mongolia.yaml'));
    const editor = await vscode.window.showTextDocument(uri);
    const line = STATEMENTS.split('\n').findIndex(l => l.includes('type: agreement-signed'));
    await editor.edit(b => b.replace(new vscode.Range(line, 10, line, 10 + 'agreement-signed'.length), 'agreement-sgned'));
    const schema = await eventually('a diagnostic on the unsaved type', () => vscode.languages.getDiagnostics(uri).find(d => d.code === 'schema'));
    assert.equal(schema.range.start.line, line);
    assert.ok(api.factBase.statement('mongolia-fisheries-accord-2024'), 'the data still follows the saved file');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await eventually('the saved file\'s diagnostics again', () => !vscode.languages.getDiagnostics(uri).some(d => d.code === 'schema'));
  });

  it('offers the near id as a quick fix for an unknown one', async () => {
    const uri = vscode.Uri.file(path.join(base, 'statements/mongolia.yaml'));
    const editor = await vscode.window.showTextDocument(uri);
    const line = STATEMENTS.split('\n').findIndex(l => l.includes('actors: [batbayar-tsend, mongolia'));
    const column = STATEMENTS.split('\n')[line].indexOf('mongolia');
    await editor.edit(b => b.replace(new vscode.Range(line, column, line, column + 'mongolia'.length), 'mongolai'));
    const unknown = await eventually('the unknown id diagnostic', () => vscode.languages.getDiagnostics(uri).find(d => d.code === 'unknown-reference'));
    assert.equal(unknown.range.start.line, line);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, unknown.range);
    const fix = actions.find(a => a.title === 'Change to "mongolia"');
    assert.ok(fix?.edit, actions.map(a => a.title).join(', '));
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(editor.document.getText(), STATEMENTS);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('offers the closest passage for a quote not found, and a unique extension for each occurrence of an ambiguous one, each one undoable edit', async () => {
    const uri = vscode.Uri.file(path.join(base, 'statements/mongolia.yaml'));
    const editor = await vscode.window.showTextDocument(uri);
    const line = STATEMENTS.split('\n').findIndex(l => l.includes('quote: Mongolia and North Korea'));
    const valueAt = STATEMENTS.split('\n')[line].indexOf('Mongolia');
    const setQuote = (quote: string) => editor.edit(b => b.replace(new vscode.Range(line, valueAt, line, editor.document.lineAt(line).text.length), quote));
    const fixesFor = async (code: string) => {
      const diagnostic = await eventually(`a ${code} diagnostic`, () => vscode.languages.getDiagnostics(uri).find(d => d.code === code && d.range.start.line === line));
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range);
      return actions.filter(a => a.title.startsWith('Quote the closest') || a.title.startsWith('Extend the quote'));
    };

    await setQuote('Mongolia and North Korea signed a fisheries accord in 2024.');
    const [closest, ...others] = await fixesFor('quote-not-found');
    assert.deepEqual(others, []);
    assert.equal(closest.title, 'Quote the closest passage of the source: “Mongolia and North Korea signed a new fisheries accord in 2024.”');
    assert.ok(await vscode.workspace.applyEdit(closest.edit!));
    assert.equal(editor.document.lineAt(line).text.slice(valueAt), '"Mongolia and North Korea signed a new fisheries accord in 2024."');
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.lineAt(line).text.slice(valueAt), 'Mongolia and North Korea signed a fisheries accord in 2024.', 'one Undo takes the fix back');

    await setQuote('Batbayar Tsend said');
    const extensions = await fixesFor('quote-ambiguous');
    assert.deepEqual(extensions.map(a => a.title), [
      'Extend the quote to make occurrence 1 of 2 unique: “Batbayar Tsend said Mongolia”',
      'Extend the quote to make occurrence 2 of 2 unique: “Later, Batbayar Tsend said”',
    ]);
    assert.ok(await vscode.workspace.applyEdit(extensions[1].edit!));
    assert.equal(editor.document.lineAt(line).text.slice(valueAt), '"Later, Batbayar Tsend said"');
    await eventually('the extended quote is found once', () => !vscode.languages.getDiagnostics(uri).some(d => d.range.start.line === line && String(d.code).startsWith('quote-')));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('follows the setting without a reload, keeping the sidebar\'s selection on an item that stays', async () => {
    const mongolia = api.tree.model.nodeFor('mongolia')!;
    const view = api.tree.views[mongolia.view];
    await vscode.commands.executeCommand('dprkAtlas.revealInSidebar', 'mongolia');
    assert.equal(await selectedIn(view, mongolia.id), mongolia.id);
    const settings = vscode.workspace.getConfiguration('dprkAtlas');
    try {
      await settings.update('workspaceFactBases', [], vscode.ConfigurationTarget.Global);
      await eventually('the fact base is gone with the setting', () => !api.factBase.entity('batbayar-tsend'));
    } finally {
      await settings.update('workspaceFactBases', undefined, vscode.ConfigurationTarget.Global);
    }
    await eventually('the fact base is back with the default', () => api.factBase.entity('batbayar-tsend'));
    assert.equal(view.selection[0]?.id, mongolia.id, 'Mongolia stays selected');
    assert.equal(api.tree.model.nodeFor('mongolia'), mongolia, 'the same item');
  });
});
