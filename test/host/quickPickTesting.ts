// Helpers for the host tests of the extension's QuickPicks (search, Insert Citation): what VS Code itself shows first.
import type * as vscode from 'vscode';

/** How long a QuickPick may take to show the items of a query. */
const SETTLE_MS = 5_000;

/** The next active item (that satisfies `accept`), or a failure after SETTLE_MS. */
export function nextActive<T extends vscode.QuickPickItem>(qp: vscode.QuickPick<T>, accept: (item: T) => boolean = () => true): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      listener.dispose();
      reject(new Error(`no active item for "${qp.value}" within ${SETTLE_MS} ms`));
    }, SETTLE_MS);
    const listener = qp.onDidChangeActive(items => {
      if (items[0] && accept(items[0])) {
        clearTimeout(timer);
        listener.dispose();
        resolve(items[0]);
      }
    });
  });
}
