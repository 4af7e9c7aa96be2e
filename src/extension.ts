// Composition root: load the compiled fact base once, then let each surface register itself.
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { registerClaimCheck } from './check/registerClaimCheck';
import { registerCite } from './cite/registerCite';
import { sharedNameMatcher } from './core/matcher';
import { registerExport } from './export/registerExport';
import { registerHoverCards } from './hover/hoverProvider';
import { loadFactBaseOrReport, SHOW_LOG_COMMAND } from './loadBundledFactBase';
import { registerNames } from './names/registerNames';
import { registerReader } from './reader/registerReader';
import { registerSearch } from './search/registerSearch';
import { type AtlasTestApi, testApi } from './testApi';
import { registerTimeline } from './timeline/registerTimeline';
import { registerTree } from './tree/registerTree';
import { registerWalkthrough } from './walkthrough/registerWalkthrough';

/** The shipped extension offers no API: it resolves to undefined. Only the test build returns its internals. */
export async function activate(context: vscode.ExtensionContext): Promise<AtlasTestApi | undefined> {
  // The vscode-free core translates through @vscode/l10n, with the bundle VS Code loaded for the display language.
  if (vscode.l10n.bundle) {
    l10n.config({ contents: vscode.l10n.bundle });
  }
  const log = vscode.window.createOutputChannel('DPRK Atlas', { log: true });
  context.subscriptions.push(log, vscode.commands.registerCommand(SHOW_LOG_COMMAND, () => log.show()));
  const factBase = await loadFactBaseOrReport(vscode.Uri.joinPath(context.extensionUri, 'dist', 'factbase.json'), log);
  const names = sharedNameMatcher(factBase);
  const reader = registerReader(context, { factBase, names });
  registerHoverCards(context, { factBase, names });
  const tree = registerTree(context, { factBase });
  registerSearch(context, { factBase });
  registerWalkthrough(context);
  registerClaimCheck(context, { factBase, names });
  registerCite(context, { factBase });
  registerNames(context, { factBase, names });
  registerExport(context, { factBase, tree });
  const timeline = registerTimeline(context, { factBase });
  return TEST_BUILD ? testApi(factBase, reader, tree, timeline) : undefined;
}

export function deactivate(): void {}
