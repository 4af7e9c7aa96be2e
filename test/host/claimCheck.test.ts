// Issue 17: drafts checked against the fact base, through the public API (languages.getDiagnostics). The labelled
// set (test/check/labelledClaims.ts), one sentence a paragraph, gets warnings exactly where it is labelled, on the
// labelled words, with the fact's date in the message; recurring events get at most Information; nothing elsewhere.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { dateWords } from '../../src/core/check';
import { sourceLine } from '../../src/core/citation';
import type { AtlasTestApi } from '../../src/testApi';
import { LABELLED_CLAIMS } from '../check/labelledClaims';
import { activateAtlas, closeAllEditors } from './atlas';
import { claimDiagnostics, settledDiagnostics } from './claimTesting';
import { openUntitled } from './untitledDocuments';

const DRAFT = LABELLED_CLAIMS.map(l => l.text).join('\n\n');

const describeDiagnostic = (document: vscode.TextDocument, d: vscode.Diagnostic) =>
  `${vscode.DiagnosticSeverity[d.severity]}@${document.getText(d.range)}@${document.offsetAt(d.range.start)}`;

describe('claim check', function () {
  this.timeout(120_000);
  let api: AtlasTestApi;
  before(async () => {
    api = await activateAtlas();
  });
  after(closeAllEditors);

  it('warns exactly where the labelled draft says, on the labelled words, and nowhere else', async () => {
    const document = await openUntitled(DRAFT, 'markdown');
    const diagnostics = await settledDiagnostics(document.uri);
    const expected: string[] = [];
    let offset = 0;
    for (const l of LABELLED_CLAIMS) {
      if (l.expect !== 'none') {
        const at = offset + l.text.indexOf(l.at!);
        expected.push(`${l.expect === 'warning' ? 'Warning' : 'Information'}@${l.at}@${at}`);
      }
      offset += l.text.length + 2;
    }
    assert.deepEqual(diagnostics.map(d => describeDiagnostic(document, d)).sort(), expected.sort());
  });

  it('gives the fact base\'s date as the source words it, names the source, and points at the passage', async () => {
    const document = await openUntitled('Ghana and North Korea established diplomatic relations in 1962.', 'plaintext');
    const [warning] = await settledDiagnostics(document.uri);
    const statement = api.factBase.statement('ghana-relations-established')!;
    assert.equal(warning.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(warning.message, `The fact base has 28 December 1964 (Ghana–North Korea relations: “${statement.evidence[1].quote}”)`);
    assert.equal(dateWords(statement), '28 December 1964');
    const [related] = warning.relatedInformation!;
    const source = await vscode.workspace.openTextDocument(related.location.uri);
    assert.equal(source.getText(related.location.range), statement.evidence[1].quote);
  });

  it('checks again after an edit: a corrected date loses its warning', async () => {
    const document = await openUntitled('North Korea was admitted to the UN as an observer in 1971.', 'markdown');
    const [warning] = await settledDiagnostics(document.uri);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, warning.range, '1973');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await settledDiagnostics(document.uri, d => d.length === 0);
    const back = new vscode.WorkspaceEdit();
    back.replace(document.uri, new vscode.Range(warning.range.start, warning.range.start.translate(0, 4)), '1972');
    assert.ok(await vscode.workspace.applyEdit(back));
    const [again] = await settledDiagnostics(document.uri);
    assert.equal(document.getText(again.range), '1972');
  });

  it('follows dprkAtlas.check.enabled and dprkAtlas.check.languages', async () => {
    const settings = () => vscode.workspace.getConfiguration('dprkAtlas.check');
    const claim = 'North Korea closed its embassy in Ghana in 2003.';
    const [markdown, typescript] = [await openUntitled(claim, 'markdown'), await openUntitled(`// ${claim}`, 'typescript')];
    await settledDiagnostics(markdown.uri);
    try {
      await settings().update('enabled', false, vscode.ConfigurationTarget.Global);
      await settledDiagnostics(markdown.uri, d => d.length === 0);
      await settings().update('enabled', undefined, vscode.ConfigurationTarget.Global);
      await settledDiagnostics(markdown.uri);
      await settings().update('languages', ['typescript'], vscode.ConfigurationTarget.Global);
      await settledDiagnostics(typescript.uri);
      await settledDiagnostics(markdown.uri, d => d.length === 0);
    } finally {
      await settings().update('enabled', undefined, vscode.ConfigurationTarget.Global);
      await settings().update('languages', undefined, vscode.ConfigurationTarget.Global);
    }
    await settledDiagnostics(typescript.uri, d => d.length === 0);
  });

  describe('code actions', () => {
    const CLAIM = 'North Korea was admitted to the UN as an observer in 1971.';
    const actionsOn = async (document: vscode.TextDocument, diagnostic: vscode.Diagnostic) =>
      vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, diagnostic.range)
        .then(actions => actions.filter(a => a.kind?.value === 'quickfix').sort((a, b) => a.title.localeCompare(b.title)));

    it('replace the date with the fact base\'s as one edit that one Undo takes back', async () => {
      const document = await openUntitled(CLAIM, 'markdown');
      await vscode.window.showTextDocument(document);
      const [warning] = await settledDiagnostics(document.uri);
      const actions = await actionsOn(document, warning);
      assert.deepEqual(actions.map(a => a.title), ['Ignore this claim', 'Insert a citation for this fact', 'Open the passage in the source',
        'Replace with the fact base\'s date: 1973']);
      assert.ok(await vscode.workspace.applyEdit(actions[3].edit!));
      assert.equal(document.getText(), 'North Korea was admitted to the UN as an observer in 1973.');
      await settledDiagnostics(document.uri, d => d.length === 0);
      await vscode.commands.executeCommand('undo');
      assert.equal(document.getText(), CLAIM);
    });

    it('insert a footnote citing the fact after the claim, as one edit', async () => {
      const document = await openUntitled(CLAIM, 'markdown');
      await vscode.window.showTextDocument(document);
      const [warning] = await settledDiagnostics(document.uri);
      const cite = (await actionsOn(document, warning)).find(a => a.title === 'Insert a citation for this fact')!;
      assert.ok(await vscode.workspace.applyEdit(cite.edit!));
      assert.equal(document.getText(), `${CLAIM.slice(0, -1)}[^1].\n\n[^1]: North Korea is admitted to the United Nations as an observer. “In 1973, North Korea was admitted to the UN as an observer.” — ${sourceLine(api.factBase, 'ghana-wikipedia')}\n`);
      await vscode.commands.executeCommand('undo');
      assert.equal(document.getText(), CLAIM);
    });

    it('offer no date to put in for a recurring event\'s note', async () => {
      const document = await openUntitled('Kim Il-sung visited Mongolia in 1990.', 'plaintext');
      const [note] = await settledDiagnostics(document.uri);
      assert.equal(note.severity, vscode.DiagnosticSeverity.Information);
      assert.deepEqual((await actionsOn(document, note)).map(a => a.title), ['Ignore this claim', 'Insert a citation for this fact', 'Open the passage in the source']);
    });

    it('ignore a claim without touching the file, and keep it ignored when the text is edited elsewhere', async () => {
      const document = await openUntitled(`${CLAIM}\n\nMore.`, 'markdown');
      const [warning] = await settledDiagnostics(document.uri);
      const ignore = (await actionsOn(document, warning)).find(a => a.title === 'Ignore this claim')!;
      await vscode.commands.executeCommand(ignore.command!.command, ...ignore.command!.arguments!);
      await settledDiagnostics(document.uri, d => d.length === 0);
      assert.equal(document.getText(), `${CLAIM}\n\nMore.`);
      const edit = new vscode.WorkspaceEdit();
      edit.insert(document.uri, document.positionAt(document.getText().length), ' Ghana and North Korea established diplomatic relations in 1962.');
      assert.ok(await vscode.workspace.applyEdit(edit));
      const [other] = await settledDiagnostics(document.uri);
      assert.equal(document.getText(other.range), '1962');
      assert.equal(claimDiagnostics(document.uri).length, 1);
    });
  });
});
