// The Getting Started walkthrough's own command: a sample draft to hover and check, opened unsaved so nothing is
// written. The walkthrough itself is package.json's `walkthroughs` with its pages in media/walkthrough/.
import * as vscode from 'vscode';
import { COMMANDS } from '../shared/commands';

export function registerWalkthrough(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.commands.registerCommand(COMMANDS.openSampleDraft, async () => {
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, 'media', 'walkthrough', 'sample-draft.md'));
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: new TextDecoder().decode(bytes) });
    await vscode.window.showTextDocument(document);
  }));
}
