// Loads the compiled fact base shipped in dist/. If it is unreadable or broken, the extension still activates with an
// empty fact base, says so once, writes the reason to the log, and sets a context key so the views' welcome text
// tells a failure apart from a view that is merely empty (a filter that matches nothing).
import * as vscode from 'vscode';
import { FactBase } from './core/factBase';
import { factBaseFromBytes } from './core/pack/factBasePack';
import { COMMANDS } from './shared/commands';

const EMPTY_FACT_BASE = new FactBase({ formatVersion: 1, sources: [], entities: [], statements: [] });

/** The part of a LogOutputChannel the loader writes to. */
export type AtlasLog = Pick<vscode.LogOutputChannel, 'info' | 'error'>;

export async function loadFactBaseOrReport(file: vscode.Uri, log: AtlasLog): Promise<FactBase> {
  const started = Date.now();
  try {
    const bytes = await vscode.workspace.fs.readFile(file);
    const factBase = factBaseFromBytes(bytes);
    const { sources, entities, statements } = factBase.counts;
    log.info(vscode.l10n.t('Loaded the fact base ({0} sources, {1} entities, {2} statements) from {3} in {4} ms.',
      sources, entities, statements, file.toString(true), Date.now() - started));
    setLoaded(false);
    return factBase;
  } catch (err) {
    log.error(vscode.l10n.t('Could not load the fact base from {0}: {1}', file.toString(true), err instanceof Error ? err.message : String(err)));
    const showLog = vscode.l10n.t('Show Log');
    void vscode.window
      .showErrorMessage(vscode.l10n.t('DPRK Atlas could not load its fact base; the sidebar, hovers and search are empty until it is fixed.'), showLog)
      .then(choice => choice && vscode.commands.executeCommand(COMMANDS.showLog));
    setLoaded(true);
    return EMPTY_FACT_BASE;
  }
}

/** The views' welcome text switches from "loading" to nothing, or to "could not be loaded", on these keys. */
function setLoaded(failed: boolean): void {
  void vscode.commands.executeCommand('setContext', 'dprkAtlas.factBaseFailed', failed);
  void vscode.commands.executeCommand('setContext', 'dprkAtlas.factBaseLoaded', true);
}
