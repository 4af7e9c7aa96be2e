// The reader's HTML shell: static markup, a strict Content-Security-Policy, and the bundled script and style.
// The article itself never passes through here; it arrives later as data (see src/shared/protocol.ts).
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';

/** The only folders the webview may load from. */
export function readerResourceRoots(extensionUri: vscode.Uri): vscode.Uri[] {
  return [vscode.Uri.joinPath(extensionUri, 'dist', 'webview'), vscode.Uri.joinPath(extensionUri, 'media')];
}

/** A new HTML document with a new nonce: call once per render. */
export function readerHtml(webview: vscode.Webview, extensionUri: vscode.Uri): string {
  const nonce = randomBytes(18).toString('base64');
  const asset = (file: string) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview', file));
  const csp = [`default-src 'none'`, `style-src ${webview.cspSource}`, `script-src 'nonce-${nonce}'`].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="UTF-8">
  <meta http-equiv="Content-Security-Policy" content="${csp}">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <link rel="stylesheet" href="${asset('reader.css')}">
  <script nonce="${nonce}" src="${asset('reader.js')}" defer></script>
  <title>DPRK Atlas reader</title>
</head>
<body>
  <main id="article" aria-label="Article"></main>
  <footer>
    <div id="fact-tip" role="tooltip" hidden></div>
    <section id="opened-fact" aria-label="The fact opened" aria-live="polite" hidden></section>
    <nav id="quote-steps" aria-label="Quotes of this fact" hidden></nav>
  </footer>
</body>
</html>`;
}
