// Loads the compiled fact base shipped in dist/. If it is unreadable or broken, the extension still
// activates with an empty fact base, reports the problem once, and points the user at it.
import * as vscode from 'vscode';
import { FactBase } from './core/factBase';

const EMPTY_FACT_BASE = new FactBase({ formatVersion: 1, sources: [], entities: [], statements: [] });

export async function loadFactBaseOrReport(file: vscode.Uri, problems: vscode.DiagnosticCollection): Promise<FactBase> {
  // The views' welcome text switches from "loading" to "could not be loaded" when they stay empty after this.
  const loaded = () => void vscode.commands.executeCommand('setContext', 'dprkAtlas.factBaseLoaded', true);
  try {
    const bytes = await vscode.workspace.fs.readFile(file);
    const factBase = FactBase.fromJson(new TextDecoder().decode(bytes));
    problems.delete(file);
    loaded();
    return factBase;
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    problems.set(file, [new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), `DPRK Atlas could not load its fact base: ${reason}`, vscode.DiagnosticSeverity.Error)]);
    void vscode.window
      .showErrorMessage('DPRK Atlas could not load its fact base; the sidebar, hovers and search are empty until it is fixed.', 'Show Problems')
      .then(choice => choice && vscode.commands.executeCommand('workbench.actions.view.problems'));
    loaded();
    return EMPTY_FACT_BASE;
  }
}
