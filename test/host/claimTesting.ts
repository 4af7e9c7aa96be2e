// The claim check's diagnostics as the host suites (test/host and the web worker's test/web) read them.
import * as vscode from 'vscode';

export const claimDiagnostics = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter(d => d.source === 'DPRK Atlas');

/** The document's claim diagnostics once the check has set them (it sets a document's all at once). */
export async function settledDiagnostics(uri: vscode.Uri, until: (d: vscode.Diagnostic[]) => boolean = d => d.length > 0): Promise<vscode.Diagnostic[]> {
  for (let i = 0; i < 300; i++) {
    const diagnostics = claimDiagnostics(uri);
    if (until(diagnostics)) {
      return diagnostics;
    }
    await new Promise(resolve => setTimeout(resolve, 100));
  }
  throw new Error(`the claim check never settled on ${uri}: ${JSON.stringify(claimDiagnostics(uri).map(d => d.message))}`);
}
