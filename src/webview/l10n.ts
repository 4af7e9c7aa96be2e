// The webview's translations: the bundle the extension wrote into the page (src/webviewShell.ts), configured before
// any other module of the webview calls l10n.t, so it is the first import of each webview's entry.
import * as l10n from '@vscode/l10n';

const contents = document.body.dataset.l10n;
if (contents) {
  l10n.config({ contents });
}
