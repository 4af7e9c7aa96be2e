// The HTML shell every DPRK Atlas webview starts from: static markup, a strict Content-Security-Policy (nothing but
// the bundled style and the nonce'd bundled script; no connections), and the bundle's script and CSS. What the
// webview shows arrives later as data, never through here. The webview cannot call vscode.l10n, so the shell carries
// the extension's l10n bundle in a data attribute for src/webview/l10n.ts (none in English: the source strings are it).
import * as vscode from 'vscode';
import { newNonce } from './shared/nonce';

/** The only folders a webview may load from. */
export function webviewResourceRoots(extensionUri: vscode.Uri): vscode.Uri[] {
  return [vscode.Uri.joinPath(extensionUri, 'dist', 'webview'), vscode.Uri.joinPath(extensionUri, 'media')];
}

export interface ShellOptions {
  /** The bundle's name in dist/webview: `<bundle>.js` and `<bundle>.css`. */
  bundle: string;
  title: string;
  /** Static markup of <body>, written in this codebase (no data in it; its translated words through escapeHtml). */
  body: string;
  /** Images from Blobs the page makes itself (`img-src blob:`): the timeline rasterizes its own SVG for Export PNG. */
  blobImages?: boolean;
}

/** Text, translated or not, as it must stand in markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`);
}

/** A new HTML document with a new nonce: call once per render. */
export function webviewHtml(webview: vscode.Webview, extensionUri: vscode.Uri, { bundle, title, body, blobImages }: ShellOptions): string {
  const nonce = newNonce();
  const asset = (file: string) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview', file));
  const csp = [`default-src 'none'`, `style-src ${webview.cspSource}`, `script-src 'nonce-${nonce}'`, ...(blobImages ? ['img-src blob:'] : [])].join('; ');
  return `<!DOCTYPE html>
<html lang="${escapeHtml(vscode.env.language)}">
<head>
  <meta charset="UTF-8">
  <meta http-equiv="Content-Security-Policy" content="${csp}">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <link rel="stylesheet" href="${asset(`${bundle}.css`)}">
  <script nonce="${nonce}" src="${asset(`${bundle}.js`)}" defer></script>
  <title>${escapeHtml(title)}</title>
</head>
<body data-l10n="${vscode.l10n.bundle ? escapeHtml(JSON.stringify(vscode.l10n.bundle)) : ''}">
${body}
</body>
</html>`;
}
