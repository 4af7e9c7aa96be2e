// Not a test: the scene scripts/screenshots.mjs photographs for the README. run-in-code-server.mjs loads it as the
// "tests" entry with the setting dprkAtlasScreenshot.scene naming what to show, and saves the workbench once run()
// returns (--screenshot). Only the test build can run it: it uses the test API (activateAtlas, the reader report).
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activateAtlas, atlasExtension } from './atlas';
import { reportOf } from './readerTesting';

const SETTLE_MS = 2500;
// The sidebar is left to `npm start -- --screenshot`: in a test run its views stay empty in the picture.
const SCENES: Record<string, () => Promise<void>> = {
  async reader() {
    await reportOf((await activateAtlas()).reader.openPassage('ghana-relations-established')!); // once it has rendered
  },
  async card() {
    const editor = await openDraft();
    const at = editor.document.positionAt(editor.document.getText().indexOf('Kil Mun-yong') + 2);
    editor.selection = new vscode.Selection(at, at);
    await vscode.commands.executeCommand('editor.action.showHover');
  },
};

/** The marks test/host/index.ts prints: the runner counts the run as started and finished by them. */
const OUTPUT_MARK = '[dprk-atlas-test]';
const FINISHED_MARK = '[dprk-atlas-test-end]';

export async function run(): Promise<void> {
  console.log(OUTPUT_MARK, 'screenshot scene');
  await activateAtlas();
  await vscode.commands.executeCommand('workbench.action.closeSidebar');
  const scene = vscode.workspace.getConfiguration('dprkAtlasScreenshot').get<string>('scene') ?? '';
  const show = SCENES[scene];
  if (!show) {
    throw new Error(`no screenshot scene "${scene}" (scenes: ${Object.keys(SCENES).join(', ')})`);
  }
  await show();
  await new Promise(resolve => setTimeout(resolve, SETTLE_MS));
  console.log(FINISHED_MARK);
}

async function openDraft(): Promise<vscode.TextEditor> {
  const file = vscode.Uri.file(path.join(atlasExtension().extensionPath, 'sample', 'draft-africa-asia-ties.md'));
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file), vscode.ViewColumn.One);
}
