// Waiting for a webview's answer in the host tests: send a request, take the first message that parses as the answer.
import type * as vscode from 'vscode';

export const WEBVIEW_LOAD_MS = 30_000;

/**
 * The next message from `webview` that `parse` accepts: sends `request` now, and takes whichever comes first, the
 * answer or a report a webview still loading posts after it renders.
 */
export function nextReply<T>(webview: vscode.Webview, parse: (raw: unknown) => T | undefined, request: unknown, what: string): Promise<T> {
  let subscription: vscode.Disposable | undefined;
  const next = new Promise<T>(resolve => {
    subscription = webview.onDidReceiveMessage(raw => {
      const message = parse(raw);
      if (message) {
        resolve(message);
      }
    });
  });
  void webview.postMessage(request);
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([
    next,
    new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no report from ${what}`)), WEBVIEW_LOAD_MS))),
  ]).finally(() => {
    subscription?.dispose();
    clearTimeout(timer);
  });
}
