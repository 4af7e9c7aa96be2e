// Webview CSP nonces. Web Crypto, not node:crypto: Node 20's extension host and the web worker host of vscode.dev both
// have it, so the one bundle serves both.

/** A fresh nonce (18 random bytes, base64): one per HTML document. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  return btoa(String.fromCharCode(...bytes));
}
