// Composition root: load the compiled fact base once into the store, then let each surface register itself.
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { registerClaimCheck } from './check/registerClaimCheck';
import { registerCite } from './cite/registerCite';
import { FactStore } from './core/factStore';
import { registerFactBaseEditing } from './factBaseEditing/registerFactBaseEditing';
import { sharedNameMatcher } from './core/matcher';
import { registerExport } from './export/registerExport';
import { registerHoverCards } from './hover/hoverProvider';
import { loadFactBaseOrReport } from './loadBundledFactBase';
import { registerNames } from './names/registerNames';
import { registerReader } from './reader/registerReader';
import { registerSearch } from './search/registerSearch';
import { COMMANDS } from './shared/commands';
import { type AtlasTestApi, testApi } from './testApi';
import { registerTimeline } from './timeline/registerTimeline';
import { registerTree } from './tree/registerTree';
import { registerWalkthrough } from './walkthrough/registerWalkthrough';
import { registerWorkspaceFactBases } from './workspace/registerWorkspaceFactBases';

/** The shipped extension offers no API: it resolves to undefined. Only the test build returns its internals. */
export async function activate(context: vscode.ExtensionContext): Promise<AtlasTestApi | undefined> {
  // The vscode-free core translates through @vscode/l10n, with the bundle VS Code loaded for the display language.
  if (vscode.l10n.bundle) {
    l10n.config({ contents: vscode.l10n.bundle });
  }
  const log = vscode.window.createOutputChannel('DPRK Atlas', { log: true }); // not user text: the product's name
  context.subscriptions.push(log, vscode.commands.registerCommand(COMMANDS.showLog, () => log.show()));
  const store = new FactStore(await loadFactBaseOrReport(vscode.Uri.joinPath(context.extensionUri, 'dist', 'factbase.pack'), log));
  const names = () => sharedNameMatcher(store.factBase)();
  const reader = registerReader(context, { store, names });
  registerHoverCards(context, { store, names });
  const tree = registerTree(context, { store });
  registerSearch(context, { store });
  const quoteFixes = registerWorkspaceFactBases(context, { store });
  registerFactBaseEditing(context, { store, names, readerSelection: () => reader.panels.focusedSelection(), quoteFixes });
  registerWalkthrough(context);
  registerClaimCheck(context, { store });
  registerCite(context, { store });
  registerNames(context, { store });
  registerExport(context, { store, tree });
  const timeline = registerTimeline(context, { store });
  return TEST_BUILD ? testApi(store, reader, tree, timeline) : undefined;
}

export function deactivate(): void {}
