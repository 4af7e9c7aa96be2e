// Text the webview shells put into markup (src/webviewShell.ts): translated words, and the l10n bundle the webview
// configures itself from (src/webview/l10n.ts reads it back from `data-l10n`). vscode-free, so a unit test can parse
// what the shell writes.

/** Text, translated or not, as it must stand in markup (in an attribute's quotes too). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`);
}

/** The value of `<body data-l10n="…">`: the bundle as escaped JSON, or nothing in English. */
export function bundleAttribute(bundle: object | undefined): string {
  return bundle ? escapeHtml(JSON.stringify(bundle)) : '';
}
