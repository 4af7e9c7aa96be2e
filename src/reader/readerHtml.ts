// The reader's HTML shell (src/webviewShell.ts): the article itself arrives later as data (see src/shared/protocol.ts).
import type * as vscode from 'vscode';
import { webviewHtml } from '../webviewShell';

/** A new HTML document with a new nonce: call once per render. */
export function readerHtml(webview: vscode.Webview, extensionUri: vscode.Uri): string {
  return webviewHtml(webview, extensionUri, {
    bundle: 'reader',
    title: 'DPRK Atlas reader',
    body: `  <main id="article" aria-label="Article"></main>
  <footer>
    <div id="fact-tip" role="tooltip" hidden></div>
    <section id="opened-fact" aria-label="The fact opened" aria-live="polite" hidden></section>
    <nav id="quote-steps" aria-label="Quotes of this fact" hidden></nav>
  </footer>`,
  });
}
