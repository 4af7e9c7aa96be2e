// Composition root: load the compiled fact base once, then let each surface register itself.
import * as vscode from 'vscode';
import { sharedNameMatcher } from './core/matcher';
import { registerExport } from './export/registerExport';
import { registerHoverCards } from './hover/hoverProvider';
import { loadFactBaseOrReport } from './loadBundledFactBase';
import { registerReader } from './reader/registerReader';
import { registerSearch } from './search/registerSearch';
import { type AtlasTestApi, testApi } from './testApi';
import { registerTimeline } from './timeline/registerTimeline';
import { registerTree } from './tree/registerTree';

/** The shipped extension offers no API: it resolves to undefined. Only the test build returns its internals. */
export async function activate(context: vscode.ExtensionContext): Promise<AtlasTestApi | undefined> {
  const problems = vscode.languages.createDiagnosticCollection('dprk-atlas');
  context.subscriptions.push(problems);
  const factBase = await loadFactBaseOrReport(vscode.Uri.joinPath(context.extensionUri, 'dist', 'factbase.json'), problems);
  const names = sharedNameMatcher(factBase);
  const reader = registerReader(context, { factBase, names });
  registerHoverCards(context, { factBase, names });
  const tree = registerTree(context, { factBase });
  registerSearch(context, { factBase });
  registerExport(context, { factBase, tree });
  const timeline = registerTimeline(context, { factBase });
  return TEST_BUILD ? testApi(factBase, reader, tree, timeline) : undefined;
}

export function deactivate(): void {}
