// The reader's HTML shell (src/webviewShell.ts): the article itself arrives later as data (see src/shared/protocol.ts).
import * as vscode from 'vscode';
import { escapeHtml, webviewHtml } from '../webviewShell';

/** A new HTML document with a new nonce: call once per render. */
export function readerHtml(webview: vscode.Webview, extensionUri: vscode.Uri): string {
  return webviewHtml(webview, extensionUri, {
    bundle: 'reader',
    title: vscode.l10n.t('DPRK Atlas reader'),
    body: `  <main id="article" aria-label="${escapeHtml(vscode.l10n.t('Article'))}"></main>
  <footer>
    <div id="fact-tip" role="tooltip" hidden></div>
    <section id="opened-fact" aria-label="${escapeHtml(vscode.l10n.t('The fact opened'))}" aria-live="polite" hidden></section>
    <nav id="quote-steps" aria-label="${escapeHtml(vscode.l10n.t('Quotes of this fact'))}" hidden></nav>
  </footer>`,
  });
}
